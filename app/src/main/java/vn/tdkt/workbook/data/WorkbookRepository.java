package vn.tdkt.workbook.data;

import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.Unit;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.workbook.domain.HistoryKeys;
import vn.tdkt.workbook.domain.WorkbookData;

/**
 * Bulk reads and writes of the import workbook: one query per table to know what exists, JDBC batches to write.
 * No per-row SELECT; callers split long lists into chunks and run everything inside one transaction.
 */
public final class WorkbookRepository {

    /** A unit as the import needs it. parentCode is null for a root, type when none is recorded. */
    public record UnitState(long id, String parentCode, UnitType type) {
    }

    /** A person as the import needs it; assignmentId is the newest assignment (null when there is none). */
    public record PersonState(long id, long unitId, String position, String personalId, Long assignmentId) {
    }

    /** What the database holds, keyed by code and by {@link HistoryKeys}, mapped to ids. */
    public record Snapshot(Map<String, UnitState> units, Map<String, Long> blocs, Map<String, PersonState> people,
                           Map<String, String> personalIdOwner, Map<String, Long> ratings,
                           Map<String, Long> disciplines, Map<String, Long> initiatives, Map<String, Long> awards,
                           Set<String> leaders) {
    }

    public Snapshot snapshot(DSLContext dsl) {
        Unit parent = UNIT.as("parent");
        Map<String, UnitState> units = new HashMap<>();
        Map<Long, String> unitCodes = new HashMap<>();
        for (Record r : dsl.select(UNIT.ID, UNIT.CODE, parent.CODE, UNIT.UNIT_TYPE).from(UNIT).leftJoin(parent)
                .on(parent.ID.eq(UNIT.PARENT_ID)).fetch()) {
            units.put(r.get(UNIT.CODE), new UnitState(r.get(UNIT.ID), r.get(parent.CODE),
                    UnitType.ofCode(r.get(UNIT.UNIT_TYPE))));
            unitCodes.put(r.get(UNIT.ID), r.get(UNIT.CODE));
        }
        Map<Long, Long> lastAssignment = new HashMap<>();
        dsl.select(ASSIGNMENT.PERSON_ID, ASSIGNMENT.ID).from(ASSIGNMENT).orderBy(ASSIGNMENT.ID)
                .forEach(r -> lastAssignment.put(r.value1(), r.value2()));
        Map<String, PersonState> people = new HashMap<>();
        Map<String, String> pidOwner = new HashMap<>();
        Map<Long, String> personCodes = new HashMap<>();
        dsl.select(PERSON.ID, PERSON.CODE, PERSON.UNIT_ID, PERSON.POSITION, PERSON.PERSONAL_ID).from(PERSON)
                .forEach(r -> {
                    people.put(r.value2(), new PersonState(r.value1(), r.value3(), r.value4(), r.value5(),
                            lastAssignment.get(r.value1())));
                    personCodes.put(r.value1(), r.value2());
                    if (r.value5() != null) {
                        pidOwner.put(r.value5(), r.value2());
                    }
                });
        Map<String, Long> ratings = new HashMap<>();
        dsl.select(RATING.ID, RATING.PERSON_ID, RATING.UNIT_ID, RATING.RATING_YEAR).from(RATING).forEach(r ->
                ratings.put(HistoryKeys.rating(personCodes.get(r.value2()), unitCodes.get(r.value3()), r.value4()),
                        r.value1()));
        Map<String, Long> disciplines = new HashMap<>();
        dsl.select(DISCIPLINE.ID, DISCIPLINE.PERSON_ID, DISCIPLINE.DECISION_NO, DISCIPLINE.DECISION_DATE).from(DISCIPLINE)
                .forEach(r -> disciplines.put(HistoryKeys.discipline(personCodes.get(r.value2()), r.value3(), r.value4()),
                        r.value1()));
        Map<String, Long> initiatives = new HashMap<>();
        dsl.select(INITIATIVE.ID, INITIATIVE.PERSON_ID, INITIATIVE.TITLE_KEY).from(INITIATIVE).forEach(r ->
                initiatives.put(HistoryKeys.initiative(personCodes.get(r.value2()), r.value3()), r.value1()));
        Map<String, Long> awards = new HashMap<>();
        dsl.select(AWARD.ID, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.DECISION_NO, AWARD.DECISION_DATE)
                .from(AWARD).forEach(r -> awards.put(HistoryKeys.award(personCodes.get(r.value2()),
                        unitCodes.get(r.value3()), r.value4(), r.value5(), r.value6()), r.value1()));
        Set<String> leaders = new HashSet<>();
        dsl.select(BLOC.NAME_KEY, BLOC_LEADER.LEAD_YEAR).from(BLOC_LEADER).join(BLOC).on(BLOC.ID.eq(BLOC_LEADER.BLOC_ID))
                .forEach(r -> leaders.add(HistoryKeys.leader(r.value1(), r.value2())));
        return new Snapshot(units, blocIds(dsl), people, pidOwner, ratings, disciplines, initiatives, awards, leaders);
    }

    /** Folded bloc name → id. */
    public Map<String, Long> blocIds(DSLContext dsl) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(BLOC.NAME_KEY, BLOC.ID).from(BLOC).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public Map<String, Long> unitIds(DSLContext dsl) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(UNIT.CODE, UNIT.ID).from(UNIT).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public Map<String, Long> personIds(DSLContext dsl) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(PERSON.CODE, PERSON.ID).from(PERSON).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The values of one row of a batch, in the order of the statement's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(Object... values);
    }

    /**
     * Runs the statement once per row as a JDBC batch on the transaction's connection: jOOQ renders the SQL once,
     * the values go straight to the prepared statement (jOOQ's own batch binding cost as much as H2's insert).
     */
    private static <T> int batch(DSLContext dsl, Query query, Collection<T> rows, BiConsumer<Binder, T> bind) {
        if (rows.isEmpty()) {
            return 0;
        }
        String sql = dsl.render(query);
        int[] changed = {0};
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Binder binder = values -> {
                    try {
                        for (int i = 0; i < values.length; i++) {
                            ps.setObject(i + 1, values[i]);
                        }
                        ps.addBatch();
                    } catch (SQLException e) {
                        throw new DataAccessException("Binding a batch row failed: " + sql, e);
                    }
                };
                rows.forEach(r -> bind.accept(binder, r));
                for (int n : ps.executeBatch()) {
                    changed[0] += Math.max(n, 0);
                }
            }
        });
        return changed[0];
    }

    /**
     * "Some of these columns differ from the row's values": an update with it changes (and counts) only the rows whose
     * values are not already those of the file, so a re-import of the same data reports "không đổi". The row's
     * values are bound again, after the key, in the same order ({@link #twice}).
     */
    private static Condition differs(org.jooq.Field<?>... columns) {
        Condition same = DSL.noCondition();
        for (org.jooq.Field<?> f : columns) {
            same = same.and(sameAs(f));
        }
        return DSL.not(same);
    }

    private static <V> Condition sameAs(org.jooq.Field<V> f) {
        return f.isNotDistinctFrom(DSL.val(null, f));
    }

    /** The values to set, the key, then the values again for {@link #differs}. */
    private static Object[] twice(Object[] values, Object... key) {
        Object[] out = new Object[values.length * 2 + key.length];
        System.arraycopy(values, 0, out, 0, values.length);
        System.arraycopy(key, 0, out, values.length, key.length);
        System.arraycopy(values, 0, out, values.length + key.length, values.length);
        return out;
    }

    public void insertBlocs(DSLContext dsl, Collection<String> names) {
        batch(dsl, dsl.insertInto(BLOC, BLOC.NAME, BLOC.NAME_KEY).values((String) null, null), names,
                (b, n) -> b.bind(n, VietnameseText.fold(n)));
    }

    public void insertUnits(DSLContext dsl, Collection<vn.tdkt.org.domain.Unit> units) {
        batch(dsl, dsl.insertInto(UNIT, UNIT.CODE, UNIT.NAME, UNIT.PARENT_ID, UNIT.BLOC_ID, UNIT.SEARCH_KEY,
                        UNIT.SORT_KEY, UNIT.UNIT_TYPE).values((String) null, null, null, null, null, null, null), units,
                (b, u) -> b.bind(u.code(), u.name(), u.parentId(), u.blocId(), u.searchKey(), u.sortKey(),
                        typeCode(u.type())));
    }

    /** Updates name, parent, bloc, loại hình and keys of units by id. */
    public int updateUnits(DSLContext dsl, Collection<vn.tdkt.org.domain.Unit> units) {
        return batch(dsl, dsl.update(UNIT).set(UNIT.NAME, (String) null).set(UNIT.PARENT_ID, (Long) null)
                        .set(UNIT.BLOC_ID, (Long) null).set(UNIT.SEARCH_KEY, (String) null)
                        .set(UNIT.SORT_KEY, (String) null).set(UNIT.UNIT_TYPE, (String) null)
                        .where(UNIT.ID.eq((Long) null))
                        .and(differs(UNIT.NAME, UNIT.PARENT_ID, UNIT.BLOC_ID, UNIT.SEARCH_KEY, UNIT.SORT_KEY,
                                UNIT.UNIT_TYPE)), units,
                (b, u) -> b.bind(twice(new Object[] {u.name(), u.parentId(), u.blocId(), u.searchKey(), u.sortKey(),
                        typeCode(u.type())}, u.id())));
    }

    private static String typeCode(UnitType t) {
        return t == null ? null : t.name();
    }

    public void insertPersons(DSLContext dsl, Collection<Person> people) {
        batch(dsl, dsl.insertInto(PERSON, PERSON.CODE, PERSON.FULL_NAME, PERSON.GENDER, PERSON.BIRTH_DATE,
                        PERSON.PERSONAL_ID, PERSON.POSITION, PERSON.UNIT_ID, PERSON.START_DATE, PERSON.END_DATE,
                        PERSON.SEARCH_KEY, PERSON.SORT_KEY, PERSON.HOMETOWN, PERSON.RESIDENCE, PERSON.PROFESSIONAL_LEVEL,
                        PERSON.POLITICAL_THEORY, PERSON.ACADEMIC_TITLE)
                        .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null), people,
                (b, p) -> b.bind(p.code(), p.fullName(), p.gender().label(), p.birthDate(), p.personalId(),
                        p.position(), p.unitId(), p.startDate(), p.endDate(), p.searchKey(), p.sortKey(),
                        p.profile().hometown(), p.profile().residence(), p.profile().professionalLevel(),
                        p.profile().politicalTheory(), p.profile().academicTitle()));
    }

    /** Frees personal ids before an update moves them between people (the column is unique). */
    public void clearPersonalIds(DSLContext dsl, Collection<Long> personIds) {
        batch(dsl, dsl.update(PERSON).setNull(PERSON.PERSONAL_ID).where(PERSON.ID.eq((Long) null)), personIds,
                (b, id) -> b.bind(id));
    }

    /**
     * Updates people by id, counting only rows whose values differ.
     *
     * @param withProfile whether the sheet had the profile columns (otherwise the stored ones are not touched)
     */
    public int updatePersons(DSLContext dsl, Collection<Person> people, boolean withProfile) {
        List<Field<?>> fields = new ArrayList<>(List.of(PERSON.FULL_NAME, PERSON.GENDER, PERSON.BIRTH_DATE,
                PERSON.PERSONAL_ID, PERSON.POSITION, PERSON.UNIT_ID, PERSON.START_DATE, PERSON.END_DATE, PERSON.SEARCH_KEY,
                PERSON.SORT_KEY));
        if (withProfile) {
            fields.addAll(List.of(PERSON.HOMETOWN, PERSON.RESIDENCE, PERSON.PROFESSIONAL_LEVEL, PERSON.POLITICAL_THEORY,
                    PERSON.ACADEMIC_TITLE));
        }
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        fields.forEach(f -> set.put(f, null));
        return batch(dsl, dsl.update(PERSON).set(set).where(PERSON.ID.eq((Long) null))
                        .and(differs(fields.toArray(Field<?>[]::new))),
                people, (b, p) -> b.bind(twice(personValues(p, withProfile), p.id())));
    }

    private static Object[] personValues(Person p, boolean withProfile) {
        List<Object> v = new ArrayList<>(java.util.Arrays.asList(p.fullName(), p.gender().label(), p.birthDate(),
                p.personalId(), p.position(), p.unitId(), p.startDate(), p.endDate(), p.searchKey(), p.sortKey()));
        if (withProfile) {
            v.addAll(java.util.Arrays.asList(p.profile().hometown(), p.profile().residence(), p.profile().professionalLevel(),
                    p.profile().politicalTheory(), p.profile().academicTitle()));
        }
        return v.toArray();
    }

    public void insertAssignments(DSLContext dsl, Collection<Assignment> rows) {
        batch(dsl, dsl.insertInto(ASSIGNMENT, ASSIGNMENT.PERSON_ID, ASSIGNMENT.UNIT_ID, ASSIGNMENT.POSITION,
                        ASSIGNMENT.START_DATE, ASSIGNMENT.END_DATE).values((Long) null, null, null, null, null), rows,
                (b, a) -> b.bind(a.personId(), a.unitId(), a.position(), a.startDate(), a.endDate()));
    }

    /** Closes assignments (by id) that are still open, with the given end date. */
    public void closeAssignments(DSLContext dsl, Collection<Assignment> rows) {
        batch(dsl, dsl.update(ASSIGNMENT).set(ASSIGNMENT.END_DATE, (LocalDate) null)
                        .where(ASSIGNMENT.ID.eq((Long) null)).and(ASSIGNMENT.END_DATE.isNull()), rows,
                (b, a) -> b.bind(a.endDate(), a.id()));
    }

    /** Sets start and end of assignments (by id). */
    public void updateAssignmentDates(DSLContext dsl, Collection<Assignment> rows) {
        batch(dsl, dsl.update(ASSIGNMENT).set(ASSIGNMENT.START_DATE, (LocalDate) null)
                        .set(ASSIGNMENT.END_DATE, (LocalDate) null).where(ASSIGNMENT.ID.eq((Long) null)), rows,
                (b, a) -> b.bind(a.startDate(), a.endDate(), a.id()));
    }

    public void insertRatings(DSLContext dsl, Collection<Rating> rows) {
        batch(dsl, dsl.insertInto(RATING, RATING.PERSON_ID, RATING.UNIT_ID, RATING.RATING_YEAR, RATING.LEVEL)
                        .values((Long) null, null, null, null), rows,
                (b, r) -> b.bind(r.personId(), r.unitId(), r.year(), r.level().name()));
    }

    public int updateRatings(DSLContext dsl, Collection<Rating> rows) {
        return batch(dsl, dsl.update(RATING).set(RATING.LEVEL, (String) null).where(RATING.ID.eq((Long) null))
                        .and(differs(RATING.LEVEL)), rows,
                (b, r) -> b.bind(twice(new Object[] {r.level().name()}, r.id())));
    }

    public void insertDisciplines(DSLContext dsl, Collection<Discipline> rows) {
        batch(dsl, dsl.insertInto(DISCIPLINE, DISCIPLINE.PERSON_ID, DISCIPLINE.FORM, DISCIPLINE.DECISION_NO,
                        DISCIPLINE.DECISION_DATE, DISCIPLINE.EFFECTIVE_UNTIL).values((Long) null, null, null, null, null),
                rows, (b, d) -> b.bind(d.personId(), d.form().name(), d.decisionNo(), d.decisionDate(),
                        d.effectiveUntil()));
    }

    public int updateDisciplines(DSLContext dsl, Collection<Discipline> rows) {
        return batch(dsl, dsl.update(DISCIPLINE).set(DISCIPLINE.FORM, (String) null)
                        .set(DISCIPLINE.DECISION_DATE, (LocalDate) null).set(DISCIPLINE.EFFECTIVE_UNTIL, (LocalDate) null)
                        .where(DISCIPLINE.ID.eq((Long) null))
                        .and(differs(DISCIPLINE.FORM, DISCIPLINE.DECISION_DATE, DISCIPLINE.EFFECTIVE_UNTIL)), rows,
                (b, d) -> b.bind(twice(new Object[] {d.form().name(), d.decisionDate(), d.effectiveUntil()}, d.id())));
    }

    public void insertInitiatives(DSLContext dsl, Collection<Initiative> rows) {
        batch(dsl, dsl.insertInto(INITIATIVE, INITIATIVE.PERSON_ID, INITIATIVE.KIND, INITIATIVE.TITLE,
                        INITIATIVE.TITLE_KEY, INITIATIVE.SCOPE, INITIATIVE.RECOGNIZED_YEAR, INITIATIVE.DECISION_NO,
                        INITIATIVE.DECISION_DATE).values((Long) null, null, null, null, null, null, null, null), rows,
                (b, i) -> b.bind(i.personId(), i.kind().name(), i.title(), VietnameseText.fold(i.title()),
                        i.scope().name(), i.year(), i.decisionNo(), i.decisionDate()));
    }

    public int updateInitiatives(DSLContext dsl, Collection<Initiative> rows) {
        return batch(dsl, dsl.update(INITIATIVE).set(INITIATIVE.KIND, (String) null).set(INITIATIVE.TITLE, (String) null)
                        .set(INITIATIVE.SCOPE, (String) null).set(INITIATIVE.RECOGNIZED_YEAR, (Integer) null)
                        .set(INITIATIVE.DECISION_NO, (String) null).set(INITIATIVE.DECISION_DATE, (LocalDate) null)
                        .where(INITIATIVE.ID.eq((Long) null))
                        .and(differs(INITIATIVE.KIND, INITIATIVE.TITLE, INITIATIVE.SCOPE, INITIATIVE.RECOGNIZED_YEAR,
                                INITIATIVE.DECISION_NO, INITIATIVE.DECISION_DATE)), rows,
                (b, i) -> b.bind(twice(new Object[] {i.kind().name(), i.title(), i.scope().name(), i.year(), i.decisionNo(),
                        i.decisionDate()}, i.id())));
    }

    public void insertAwards(DSLContext dsl, Collection<Award> rows) {
        batch(dsl, dsl.insertInto(AWARD, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.FORM_TYPE,
                        AWARD.YEAR_FROM, AWARD.YEAR_TO, AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY)
                        .values((Long) null, null, null, null, null, null, null, null, null), rows,
                (b, a) -> b.bind(a.personId(), a.unitId(), a.kindCode(), a.formType().name(), a.yearFrom(),
                        a.yearTo(), a.decisionNo(), a.decisionDate(), a.authority()));
    }

    public int updateAwards(DSLContext dsl, Collection<Award> rows) {
        return batch(dsl, dsl.update(AWARD).set(AWARD.FORM_TYPE, (String) null).set(AWARD.YEAR_FROM, (Integer) null)
                        .set(AWARD.YEAR_TO, (Integer) null).set(AWARD.DECISION_DATE, (LocalDate) null)
                        .set(AWARD.AUTHORITY, (String) null).where(AWARD.ID.eq((Long) null))
                        .and(differs(AWARD.FORM_TYPE, AWARD.YEAR_FROM, AWARD.YEAR_TO, AWARD.DECISION_DATE, AWARD.AUTHORITY)),
                rows, (b, a) -> b.bind(twice(new Object[] {a.formType().name(), a.yearFrom(), a.yearTo(), a.decisionDate(),
                        a.authority()}, a.id())));
    }

    public void insertLeaders(DSLContext dsl, Collection<BlocLeader> rows) {
        batch(dsl, dsl.insertInto(BLOC_LEADER, BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR, BLOC_LEADER.UNIT_ID)
                .values((Long) null, null, null), rows, (b, l) -> b.bind(l.blocId(), l.year(), l.unitId()));
    }

    public int updateLeaders(DSLContext dsl, Collection<BlocLeader> rows) {
        return batch(dsl, dsl.update(BLOC_LEADER).set(BLOC_LEADER.UNIT_ID, (Long) null)
                        .where(BLOC_LEADER.BLOC_ID.eq((Long) null)).and(BLOC_LEADER.LEAD_YEAR.eq((Integer) null))
                        .and(differs(BLOC_LEADER.UNIT_ID)), rows,
                (b, l) -> b.bind(twice(new Object[] {l.unitId()}, l.blocId(), l.year())));
    }

    /** Everything, by code, in a stable order (the export and the round trip rely on it). */
    public WorkbookData export(DSLContext dsl) {
        Unit parent = UNIT.as("parent");
        List<WorkbookData.UnitRow> units = dsl.select(UNIT.CODE, UNIT.NAME, parent.CODE, BLOC.NAME, UNIT.UNIT_TYPE)
                .from(UNIT).leftJoin(parent).on(parent.ID.eq(UNIT.PARENT_ID)).leftJoin(BLOC).on(BLOC.ID.eq(UNIT.BLOC_ID))
                .orderBy(UNIT.CODE).fetch(r -> new WorkbookData.UnitRow(0, r.value1(), r.value2(), r.value3(),
                        r.value4(), UnitType.ofCode(r.value5()), true));
        List<WorkbookData.PersonRow> people = dsl.select(PERSON.CODE, PERSON.FULL_NAME, PERSON.GENDER,
                        PERSON.BIRTH_DATE, PERSON.PERSONAL_ID, PERSON.POSITION, UNIT.CODE, PERSON.START_DATE,
                        PERSON.END_DATE, PERSON.HOMETOWN, PERSON.RESIDENCE, PERSON.PROFESSIONAL_LEVEL, PERSON.POLITICAL_THEORY,
                        PERSON.ACADEMIC_TITLE).from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID)).orderBy(PERSON.CODE)
                .fetch(r -> new WorkbookData.PersonRow(0, r.value1(), r.value2(), Gender.parse(r.value3()).orElseThrow(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        new PersonProfile(r.value10(), r.value11(), r.value12(), r.value13(), r.value14())));
        List<WorkbookData.RatingRow> ratings = dsl.select(PERSON.CODE, UNIT.CODE, RATING.RATING_YEAR, RATING.LEVEL)
                .from(RATING).leftJoin(PERSON).on(PERSON.ID.eq(RATING.PERSON_ID)).leftJoin(UNIT)
                .on(UNIT.ID.eq(RATING.UNIT_ID)).orderBy(PERSON.CODE.asc().nullsLast(), UNIT.CODE, RATING.RATING_YEAR)
                .fetch(r -> new WorkbookData.RatingRow(0, r.value1(), r.value2(), r.value3(),
                        RatingLevel.valueOf(r.value4())));
        List<WorkbookData.DisciplineRow> disciplines = dsl.select(PERSON.CODE, DISCIPLINE.FORM,
                        DISCIPLINE.DECISION_NO, DISCIPLINE.DECISION_DATE, DISCIPLINE.EFFECTIVE_UNTIL).from(DISCIPLINE)
                .join(PERSON).on(PERSON.ID.eq(DISCIPLINE.PERSON_ID))
                .orderBy(PERSON.CODE, DISCIPLINE.DECISION_DATE, DISCIPLINE.DECISION_NO)
                .fetch(r -> new WorkbookData.DisciplineRow(0, r.value1(), DisciplineForm.valueOf(r.value2()),
                        r.value3(), r.value4(), r.value5()));
        List<WorkbookData.InitiativeRow> initiatives = dsl.select(PERSON.CODE, INITIATIVE.KIND, INITIATIVE.TITLE,
                        INITIATIVE.SCOPE, INITIATIVE.RECOGNIZED_YEAR, INITIATIVE.DECISION_NO, INITIATIVE.DECISION_DATE)
                .from(INITIATIVE).join(PERSON).on(PERSON.ID.eq(INITIATIVE.PERSON_ID))
                .orderBy(PERSON.CODE, INITIATIVE.RECOGNIZED_YEAR, INITIATIVE.TITLE_KEY)
                .fetch(r -> new WorkbookData.InitiativeRow(0, r.value1(), InitiativeKind.valueOf(r.value2()),
                        r.value3(), InitiativeScope.valueOf(r.value4()), r.value5(), r.value6(), r.value7()));
        List<WorkbookData.AwardRow> awards = dsl.select(PERSON.CODE, UNIT.CODE, AWARD.KIND_CODE, AWARD.FORM_TYPE,
                        AWARD.YEAR_FROM, AWARD.YEAR_TO, AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY)
                .from(AWARD).leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID)).leftJoin(UNIT)
                .on(UNIT.ID.eq(AWARD.UNIT_ID))
                .orderBy(PERSON.CODE.asc().nullsLast(), UNIT.CODE, AWARD.YEAR_FROM, AWARD.DECISION_DATE,
                        AWARD.DECISION_NO, AWARD.KIND_CODE)
                .fetch(r -> new WorkbookData.AwardRow(0, r.value1(), r.value2(), r.value3(),
                        AwardFormType.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
        List<WorkbookData.LeaderRow> leaders = dsl.select(BLOC.NAME, BLOC_LEADER.LEAD_YEAR, UNIT.CODE)
                .from(BLOC_LEADER).join(BLOC).on(BLOC.ID.eq(BLOC_LEADER.BLOC_ID)).join(UNIT)
                .on(UNIT.ID.eq(BLOC_LEADER.UNIT_ID)).orderBy(BLOC.NAME_KEY, BLOC_LEADER.LEAD_YEAR)
                .fetch(r -> new WorkbookData.LeaderRow(0, r.value1(), r.value2(), r.value3()));
        return new WorkbookData(units, people, ratings, disciplines, initiatives, awards, leaders);
    }
}
