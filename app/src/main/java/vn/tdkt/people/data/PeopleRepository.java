package vn.tdkt.people.data;

import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.people.domain.PersonRow;

/** People and their assignments. */
public final class PeopleRepository {

    public List<PersonRow> rows(DSLContext dsl) {
        return dsl.select(PERSON.fields()).select(UNIT.NAME).from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .orderBy(PERSON.SORT_KEY).fetch(r -> new PersonRow(toPerson(r), r.get(UNIT.NAME),
                        r.get(PERSON.SEARCH_KEY), r.get(PERSON.SORT_KEY)));
    }

    public Optional<Person> find(DSLContext dsl, long id) {
        return dsl.select(PERSON.fields()).from(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PeopleRepository::toPerson);
    }

    /** The person's row, locked until the end of the transaction (a second save at once waits, then sees this one). */
    public Optional<Person> findForUpdate(DSLContext dsl, long id) {
        return dsl.select(PERSON.fields()).from(PERSON).where(PERSON.ID.eq(id)).forUpdate()
                .fetchOptional(PeopleRepository::toPerson);
    }

    public Optional<String> unitName(DSLContext dsl, long unitId) {
        return dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(unitId)).fetchOptional(r -> r.value1());
    }

    public boolean codeTaken(DSLContext dsl, String code, long exceptId) {
        return dsl.fetchExists(PERSON, PERSON.CODE.eq(code).and(PERSON.ID.ne(exceptId)));
    }

    public Optional<String> personalIdOwner(DSLContext dsl, String personalId, long exceptId) {
        return dsl.select(PERSON.CODE).from(PERSON).where(PERSON.PERSONAL_ID.eq(personalId)).and(PERSON.ID.ne(exceptId))
                .fetchOptional(r -> r.value1());
    }

    public long insert(DSLContext dsl, Person p) {
        return dsl.insertInto(PERSON).set(PERSON.CODE, p.code()).set(PERSON.FULL_NAME, p.fullName())
                .set(PERSON.GENDER, p.gender().label()).set(PERSON.BIRTH_DATE, p.birthDate())
                .set(PERSON.PERSONAL_ID, p.personalId()).set(PERSON.POSITION, p.position()).set(PERSON.UNIT_ID, p.unitId())
                .set(PERSON.START_DATE, p.startDate()).set(PERSON.END_DATE, p.endDate())
                .set(PERSON.SEARCH_KEY, p.searchKey()).set(PERSON.SORT_KEY, p.sortKey())
                .set(PERSON.HOMETOWN, p.profile().hometown()).set(PERSON.RESIDENCE, p.profile().residence())
                .set(PERSON.PROFESSIONAL_LEVEL, p.profile().professionalLevel())
                .set(PERSON.POLITICAL_THEORY, p.profile().politicalTheory())
                .set(PERSON.ACADEMIC_TITLE, p.profile().academicTitle())
                .returningResult(PERSON.ID).fetchOne().value1();
    }

    public void update(DSLContext dsl, Person p) {
        dsl.update(PERSON).set(PERSON.CODE, p.code()).set(PERSON.FULL_NAME, p.fullName())
                .set(PERSON.GENDER, p.gender().label()).set(PERSON.BIRTH_DATE, p.birthDate())
                .set(PERSON.PERSONAL_ID, p.personalId()).set(PERSON.POSITION, p.position()).set(PERSON.UNIT_ID, p.unitId())
                .set(PERSON.START_DATE, p.startDate()).set(PERSON.END_DATE, p.endDate())
                .set(PERSON.SEARCH_KEY, p.searchKey()).set(PERSON.SORT_KEY, p.sortKey())
                .set(PERSON.HOMETOWN, p.profile().hometown()).set(PERSON.RESIDENCE, p.profile().residence())
                .set(PERSON.PROFESSIONAL_LEVEL, p.profile().professionalLevel())
                .set(PERSON.POLITICAL_THEORY, p.profile().politicalTheory())
                .set(PERSON.ACADEMIC_TITLE, p.profile().academicTitle())
                .where(PERSON.ID.eq(p.id())).execute();
    }

    public List<Assignment> assignments(DSLContext dsl, long personId) {
        return dsl.selectFrom(ASSIGNMENT).where(ASSIGNMENT.PERSON_ID.eq(personId))
                .orderBy(ASSIGNMENT.START_DATE.asc().nullsFirst(), ASSIGNMENT.ID)
                .fetch(r -> new Assignment(r.getId(), r.getPersonId(), r.getUnitId(), r.getPosition(), r.getStartDate(),
                        r.getEndDate()));
    }

    /** Every earlier assignment of everyone, by person then start date. */
    public List<Assignment> allAssignments(DSLContext dsl) {
        return dsl.selectFrom(ASSIGNMENT).orderBy(ASSIGNMENT.PERSON_ID, ASSIGNMENT.START_DATE.asc().nullsFirst(), ASSIGNMENT.ID)
                .fetch(r -> new Assignment(r.getId(), r.getPersonId(), r.getUnitId(), r.getPosition(), r.getStartDate(),
                        r.getEndDate()));
    }

    public void insertAssignment(DSLContext dsl, Assignment a) {
        dsl.insertInto(ASSIGNMENT).set(ASSIGNMENT.PERSON_ID, a.personId()).set(ASSIGNMENT.UNIT_ID, a.unitId())
                .set(ASSIGNMENT.POSITION, a.position()).set(ASSIGNMENT.START_DATE, a.startDate())
                .set(ASSIGNMENT.END_DATE, a.endDate()).execute();
    }

    /** Ends the person's open assignments on the given day. */
    public void closeOpenAssignments(DSLContext dsl, long personId, LocalDate end) {
        dsl.update(ASSIGNMENT).set(ASSIGNMENT.END_DATE, end).where(ASSIGNMENT.PERSON_ID.eq(personId))
                .and(ASSIGNMENT.END_DATE.isNull()).execute();
    }

    /** Keeps the open assignment's end date in step with the person's end date. */
    public void setOpenAssignmentEnd(DSLContext dsl, long personId, LocalDate end) {
        dsl.update(ASSIGNMENT).set(ASSIGNMENT.END_DATE, end).where(ASSIGNMENT.PERSON_ID.eq(personId))
                .and(ASSIGNMENT.ID.eq(dsl.select(org.jooq.impl.DSL.max(ASSIGNMENT.ID)).from(ASSIGNMENT)
                        .where(ASSIGNMENT.PERSON_ID.eq(personId)))).execute();
    }

    /**
     * How many rows of the store name the person, besides the person and their first assignment: every table with a
     * person_id column (ratings, awards, decisions, drafts, dossiers, registrations, holds, models, council members…,
     * found in the schema so a later table counts too) and assignments after the first (a transfer is history).
     */
    public long references(DSLContext dsl, long personId) {
        List<String> tables = dsl.select(org.jooq.impl.DSL.field("table_name", String.class))
                .from(org.jooq.impl.DSL.table("information_schema.columns"))
                .where(org.jooq.impl.DSL.lower(org.jooq.impl.DSL.field("column_name", String.class)).eq("person_id"))
                .and(org.jooq.impl.DSL.lower(org.jooq.impl.DSL.field("table_schema", String.class)).eq("public"))
                .fetch(r -> r.value1());
        long n = Math.max(0, dsl.fetchCount(ASSIGNMENT, ASSIGNMENT.PERSON_ID.eq(personId)) - 1);
        for (String t : new java.util.TreeSet<>(tables)) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (lower.matches("[a-z_0-9]+") && !lower.equals("assignment") && !lower.equals("person")) {
                // the name as the store spells it, unquoted (a name read from the schema, letters and _ only)
                n += dsl.fetchCount(org.jooq.impl.DSL.table(t),
                        org.jooq.impl.DSL.field(t + ".person_id", Long.class).eq(personId));
            }
        }
        return n;
    }

    /** Deletes the person and their only assignment (nothing else names them: {@link #references}). */
    public void delete(DSLContext dsl, long personId) {
        dsl.deleteFrom(ASSIGNMENT).where(ASSIGNMENT.PERSON_ID.eq(personId)).execute();
        dsl.deleteFrom(PERSON).where(PERSON.ID.eq(personId)).execute();
    }

    static Person toPerson(Record r) {
        return new Person(r.get(PERSON.ID), r.get(PERSON.CODE), r.get(PERSON.FULL_NAME),
                Gender.parse(r.get(PERSON.GENDER)).orElseThrow(), r.get(PERSON.BIRTH_DATE), r.get(PERSON.PERSONAL_ID),
                r.get(PERSON.POSITION), r.get(PERSON.UNIT_ID), r.get(PERSON.START_DATE), r.get(PERSON.END_DATE),
                profile(r));
    }

    /** The profile columns of a row that selected them (every column of person). */
    public static PersonProfile profile(Record r) {
        return new PersonProfile(r.get(PERSON.HOMETOWN), r.get(PERSON.RESIDENCE), r.get(PERSON.PROFESSIONAL_LEVEL),
                r.get(PERSON.POLITICAL_THEORY), r.get(PERSON.ACADEMIC_TITLE));
    }
}
