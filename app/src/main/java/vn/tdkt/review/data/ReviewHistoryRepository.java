package vn.tdkt.review.data;

import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_ITEM;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_PHASE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.PERSON_HOLD;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Histories;
import vn.tdkt.review.domain.MovementLead;

/**
 * Loads everything a review needs in one bulk query per table (no per-person queries): units, blocs and bloc
 * leaders, persons still working on 01/01 of the year, every assignment, ratings, initiatives and awards up to the
 * year, disciplines and awards decided on or before the review date, pending procedures opened by then, and the
 * chuyên đề movements summed up by then with the units that led them or one of their sub-movements.
 */
public final class ReviewHistoryRepository {

    public Histories load(DSLContext dsl, int year, LocalDate reviewDate) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        Values values = new Values();
        var units = dsl.select(UNIT.ID, UNIT.CODE, UNIT.NAME, UNIT.PARENT_ID, UNIT.BLOC_ID).from(UNIT)
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        var blocs = dsl.select(BLOC.ID, BLOC.NAME).from(BLOC).fetch(Records.mapping(Bloc::new));
        var leaders = dsl.select(BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR, BLOC_LEADER.UNIT_ID).from(BLOC_LEADER)
                .where(BLOC_LEADER.LEAD_YEAR.le(year)).fetch(Records.mapping(BlocLeader::new));
        List<Person> people = read(dsl.select(PERSON.ID, PERSON.CODE, PERSON.FULL_NAME, PERSON.GENDER, PERSON.BIRTH_DATE,
                        PERSON.PERSONAL_ID, PERSON.POSITION, PERSON.UNIT_ID, PERSON.START_DATE, PERSON.END_DATE)
                .from(PERSON).where(PERSON.END_DATE.isNull().or(PERSON.END_DATE.ge(jan1))).orderBy(PERSON.ID),
                rs -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), Gender.parse(rs.getString(4)).orElseThrow(),
                        values.date(rs, 5), rs.getString(6), values.get(rs, 7), rs.getLong(8), values.date(rs, 9),
                        values.date(rs, 10)));
        List<Assignment> assignments = read(dsl.select(ASSIGNMENT.ID, ASSIGNMENT.PERSON_ID, ASSIGNMENT.UNIT_ID,
                        ASSIGNMENT.POSITION, ASSIGNMENT.START_DATE, ASSIGNMENT.END_DATE).from(ASSIGNMENT),
                rs -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getLong(3), values.get(rs, 4), values.date(rs, 5),
                        values.date(rs, 6)));
        List<Rating> ratings = read(dsl.select(RATING.ID, RATING.PERSON_ID, RATING.UNIT_ID, RATING.RATING_YEAR, RATING.LEVEL)
                        .from(RATING).where(RATING.RATING_YEAR.le(year)),
                rs -> new Rating(rs.getLong(1), values.id(rs, 2), values.id(rs, 3), rs.getInt(4),
                        RatingLevel.valueOf(rs.getString(5))));
        List<Discipline> disciplines = read(dsl.select(DISCIPLINE.ID, DISCIPLINE.PERSON_ID, DISCIPLINE.FORM,
                        DISCIPLINE.DECISION_NO, DISCIPLINE.DECISION_DATE, DISCIPLINE.EFFECTIVE_UNTIL).from(DISCIPLINE)
                        .where(DISCIPLINE.DECISION_DATE.le(reviewDate)),
                rs -> new Discipline(rs.getLong(1), rs.getLong(2), DisciplineForm.valueOf(rs.getString(3)), values.get(rs, 4),
                        values.date(rs, 5), values.date(rs, 6)));
        List<Initiative> initiatives = read(dsl.select(INITIATIVE.ID, INITIATIVE.PERSON_ID, INITIATIVE.KIND, INITIATIVE.TITLE,
                        INITIATIVE.SCOPE, INITIATIVE.RECOGNIZED_YEAR, INITIATIVE.DECISION_NO, INITIATIVE.DECISION_DATE)
                        .from(INITIATIVE).where(INITIATIVE.RECOGNIZED_YEAR.le(year)),
                rs -> new Initiative(rs.getLong(1), rs.getLong(2), InitiativeKind.valueOf(rs.getString(3)), rs.getString(4),
                        InitiativeScope.valueOf(rs.getString(5)), rs.getInt(6), values.get(rs, 7), values.date(rs, 8)));
        List<Award> awards = read(dsl.select(AWARD.ID, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.FORM_TYPE,
                        AWARD.YEAR_FROM, AWARD.YEAR_TO, AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY)
                        .from(AWARD).where(AWARD.YEAR_TO.le(year)).and(AWARD.DECISION_DATE.le(reviewDate)),
                rs -> new Award(rs.getLong(1), values.id(rs, 2), values.id(rs, 3), values.get(rs, 4),
                        AwardFormType.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), values.get(rs, 8), values.date(rs, 9),
                        values.get(rs, 10)));
        List<PersonHold> holds = read(dsl.select(PERSON_HOLD.ID, PERSON_HOLD.PERSON_ID, PERSON_HOLD.REASON,
                        PERSON_HOLD.DOCUMENT, PERSON_HOLD.FROM_DATE, PERSON_HOLD.UNTIL_DATE, PERSON_HOLD.NOTE).from(PERSON_HOLD)
                        .where(PERSON_HOLD.FROM_DATE.le(reviewDate)),
                rs -> new PersonHold(rs.getLong(1), rs.getLong(2), HoldReason.valueOf(rs.getString(3)), rs.getString(4),
                        values.date(rs, 5), values.date(rs, 6), rs.getString(7)));
        return Histories.assemble(year, units, blocs, leaders, people, assignments, ratings, disciplines, initiatives,
                awards, holds, movementLeads(dsl, reviewDate));
    }

    /**
     * The chuyên đề movements summed up (tổng kết) on or before the review date, one fact per unit that led the movement
     * or one of its sub-movements (nội dung thi đua). The movement runs from its start (else its plan date) to the year
     * of its last Tổng kết phase; a movement marked Tổng kết without such a phase is summed up in the year it ends.
     * Movements with neither are still running and lead to nothing (Luật 2022 Điều 25 khoản 3, Điều 26 khoản 2: "khi
     * sơ kết, tổng kết").
     */
    static List<MovementLead> movementLeads(DSLContext dsl, LocalDate reviewDate) {
        Map<Long, LocalDate> summed = new HashMap<>();
        dsl.select(MOVEMENT_PHASE.MOVEMENT_ID, MOVEMENT_PHASE.PHASE_DATE).from(MOVEMENT_PHASE)
                .join(MOVEMENT).on(MOVEMENT.ID.eq(MOVEMENT_PHASE.MOVEMENT_ID))
                .where(MOVEMENT.KIND.eq("CHUYEN_DE")).and(MOVEMENT_PHASE.KIND.eq("TONG_KET"))
                .and(MOVEMENT_PHASE.PHASE_DATE.le(reviewDate))
                .forEach(r -> summed.merge(r.value1(), r.value2(), (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, List<Long>> itemLeads = new HashMap<>();
        dsl.select(MOVEMENT_ITEM.MOVEMENT_ID, MOVEMENT_ITEM.LEAD_UNIT_ID).from(MOVEMENT_ITEM)
                .where(MOVEMENT_ITEM.LEAD_UNIT_ID.isNotNull()).orderBy(MOVEMENT_ITEM.MOVEMENT_ID, MOVEMENT_ITEM.LINE_NO)
                .forEach(r -> itemLeads.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<MovementLead> out = new ArrayList<>();
        dsl.select(MOVEMENT.ID, MOVEMENT.NAME, MOVEMENT.LAUNCH_LEVEL, MOVEMENT.START_DATE, MOVEMENT.PLAN_DATE,
                        MOVEMENT.END_DATE, MOVEMENT.STATUS, MOVEMENT.LEAD_UNIT_ID).from(MOVEMENT)
                .where(MOVEMENT.KIND.eq("CHUYEN_DE")).orderBy(MOVEMENT.ID).forEach(r -> {
                    LocalDate start = r.value4() != null ? r.value4() : r.value5();
                    LocalDate end = summed.get(r.value1());
                    if (end == null && "TONG_KET".equals(r.value7()) && r.value6() != null && !r.value6().isAfter(reviewDate)) {
                        end = r.value6();
                    }
                    if (start == null || end == null || end.isBefore(start)) {
                        return;
                    }
                    boolean national = "TRUNG_UONG".equals(r.value3());
                    Set<Long> units = new LinkedHashSet<>();
                    if (r.value8() != null) {
                        units.add(r.value8());
                    }
                    units.addAll(itemLeads.getOrDefault(r.value1(), List.of()));
                    for (Long unit : units) {
                        out.add(new MovementLead(unit, r.value2(), start.getYear(), end.getYear(), national));
                    }
                });
        return out;
    }

    /**
     * One instance per distinct value of the columns that repeat across rows (award kind, decision number and date,
     * authority, position, the person and unit a row belongs to): 200 000 awards name a few thousand decisions and
     * 50 000 persons, and a review in 512 MB spends its time in the garbage collector when each row keeps its own copy
     * of a text, a date or a boxed id (issue #15). Equal values, so nothing the rules read changes.
     */
    private static final class Values {
        private final Map<Object, Object> seen = new HashMap<>();

        String get(ResultSet rs, int column) throws SQLException {
            return once(rs.getString(column));
        }

        LocalDate date(ResultSet rs, int column) throws SQLException {
            return once(rs.getObject(column, LocalDate.class));
        }

        Long id(ResultSet rs, int column) throws SQLException {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : once(v);
        }

        @SuppressWarnings("unchecked")
        private <T> T once(T value) {
            if (value == null) {
                return null;
            }
            Object earlier = seen.putIfAbsent(value, value);
            return earlier == null ? value : (T) earlier;
        }
    }

    /** Reads one row into a domain object (columns by position, as selected). */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a typed query and reads its rows straight from the JDBC result set: for the hundreds of thousands of rows
     * of a review this halves the time of materialising jOOQ records first.
     */
    private static <T> List<T> read(ResultQuery<?> query, RowReader<T> reader) {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                out.add(reader.read(rs));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the review history failed: " + query.getSQL(), e);
        }
        return out;
    }
}
