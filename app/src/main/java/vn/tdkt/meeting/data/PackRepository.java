package vn.tdkt.meeting.data;

import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.meeting.domain.Achievements;
import vn.tdkt.meeting.domain.BlocLead;
import vn.tdkt.meeting.domain.StoredHistory;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Bulk reads for the documents of a meeting: one query per table whatever the number of nominees (units, people,
 * assignments, ratings, initiatives, awards).
 */
public final class PackRepository {

    /** The deciding level of each award kind that has one (award_kind.deciding_level). */
    public java.util.Map<String, String> decidingLevels(DSLContext dsl) {
        return dsl.select(vn.tdkt.common.data.jooq.Tables.AWARD_KIND.CODE, vn.tdkt.common.data.jooq.Tables.AWARD_KIND.DECIDING_LEVEL)
                .from(vn.tdkt.common.data.jooq.Tables.AWARD_KIND)
                .where(vn.tdkt.common.data.jooq.Tables.AWARD_KIND.DECIDING_LEVEL.isNotNull())
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /**
     * @param personCodes the nominated people
     * @param unitCodes   the nominated collectives (their people are read too, for the members' titles)
     */
    public StoredHistory load(DSLContext dsl, Collection<String> personCodes, Collection<String> unitCodes, int yearFrom,
                              int yearTo) {
        List<Unit> units = dsl.select(UNIT.ID, UNIT.CODE, UNIT.NAME, UNIT.PARENT_ID, UNIT.BLOC_ID).from(UNIT)
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        StoredHistory tree = new StoredHistory(units, List.of(), List.of(), List.of(), List.of(), List.of());
        Set<Long> nominatedUnits = new HashSet<>();
        Set<Long> subtree = new HashSet<>();
        for (String code : unitCodes) {
            tree.unit(code).ifPresent(u -> {
                nominatedUnits.add(u.id());
                subtree.addAll(tree.subtree(u.id()));
            });
        }
        // the colleagues of a nominated person and the people of the unit above: the head of their unit (or of the unit
        // above, for a head) signs the report (xác nhận, đề nghị)
        var nominatedPeopleUnits = DSL.select(PERSON.UNIT_ID).from(PERSON).where(PERSON.CODE.in(personCodes));
        Condition members = PERSON.UNIT_ID.in(subtree).or(PERSON.ID.in(
                DSL.select(ASSIGNMENT.PERSON_ID).from(ASSIGNMENT).where(ASSIGNMENT.UNIT_ID.in(subtree))));
        List<Person> people = dsl.select(PERSON.ID, PERSON.CODE, PERSON.FULL_NAME, PERSON.GENDER, PERSON.BIRTH_DATE,
                        PERSON.PERSONAL_ID, PERSON.POSITION, PERSON.UNIT_ID, PERSON.START_DATE, PERSON.END_DATE, PERSON.HOMETOWN,
                        PERSON.RESIDENCE, PERSON.PROFESSIONAL_LEVEL, PERSON.POLITICAL_THEORY, PERSON.ACADEMIC_TITLE)
                .from(PERSON).where(PERSON.CODE.in(personCodes).or(members).or(PERSON.UNIT_ID.in(nominatedPeopleUnits))
                        .or(PERSON.UNIT_ID.in(DSL.select(UNIT.PARENT_ID).from(UNIT).where(UNIT.ID.in(nominatedPeopleUnits)))))
                .fetch(r -> new Person(r.value1(), r.value2(), r.value3(), Gender.parse(r.value4()).orElse(null), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        new PersonProfile(r.value11(), r.value12(), r.value13(), r.value14(), r.value15())));
        Set<Long> nominated = new HashSet<>();
        Set<Long> everyone = new HashSet<>();
        Set<String> codes = new HashSet<>(personCodes);
        for (Person p : people) {
            everyone.add(p.id());
            if (codes.contains(p.code())) {
                nominated.add(p.id());
            }
        }
        List<Assignment> assignments = dsl.select(ASSIGNMENT.ID, ASSIGNMENT.PERSON_ID, ASSIGNMENT.UNIT_ID, ASSIGNMENT.POSITION,
                        ASSIGNMENT.START_DATE, ASSIGNMENT.END_DATE).from(ASSIGNMENT).where(ASSIGNMENT.PERSON_ID.in(everyone))
                .fetch(Records.mapping(Assignment::new));
        List<Rating> ratings = dsl.select(RATING.ID, RATING.PERSON_ID, RATING.UNIT_ID, RATING.RATING_YEAR, RATING.LEVEL)
                .from(RATING).where(RATING.PERSON_ID.in(nominated).or(RATING.UNIT_ID.in(nominatedUnits)))
                .and(RATING.RATING_YEAR.between(yearFrom, yearTo))
                .fetch(r -> new Rating(r.value1(), r.value2(), r.value3(), r.value4(), RatingLevel.valueOf(r.value5())));
        List<Initiative> initiatives = dsl.select(INITIATIVE.ID, INITIATIVE.PERSON_ID, INITIATIVE.KIND, INITIATIVE.TITLE,
                        INITIATIVE.SCOPE, INITIATIVE.RECOGNIZED_YEAR, INITIATIVE.DECISION_NO, INITIATIVE.DECISION_DATE)
                .from(INITIATIVE).where(INITIATIVE.PERSON_ID.in(nominated).or(INITIATIVE.PERSON_ID.in(members(people, subtree))))
                .and(INITIATIVE.RECOGNIZED_YEAR.between(yearFrom, yearTo))
                .fetch(r -> new Initiative(r.value1(), r.value2(), InitiativeKind.valueOf(r.value3()), r.value4(),
                        InitiativeScope.valueOf(r.value5()), r.value6(), r.value7(), r.value8()));
        Condition own = AWARD.PERSON_ID.in(nominated).or(AWARD.UNIT_ID.in(nominatedUnits))
                .and(AWARD.YEAR_TO.between(yearFrom, yearTo));
        Condition membersTitles = AWARD.PERSON_ID.in(everyone)
                .and(AWARD.KIND_CODE.in(Achievements.ADVANCED_WORKER, Achievements.EMULATION_FIGHTER))
                .and(AWARD.YEAR_FROM.le(yearTo)).and(AWARD.YEAR_TO.ge(yearFrom));
        List<Award> awards = dsl.select(AWARD.ID, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.FORM_TYPE,
                        AWARD.YEAR_FROM, AWARD.YEAR_TO, AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY)
                .from(AWARD).where(own.or(membersTitles))
                .fetch(r -> new Award(r.value1(), r.value2(), r.value3(), r.value4(), AwardFormType.valueOf(r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
        List<BlocLead> leads = dsl.select(BLOC_LEADER.UNIT_ID, BLOC_LEADER.LEAD_YEAR, BLOC.NAME).from(BLOC_LEADER)
                .join(BLOC).on(BLOC.ID.eq(BLOC_LEADER.BLOC_ID))
                .where(BLOC_LEADER.UNIT_ID.in(nominatedUnits)).and(BLOC_LEADER.LEAD_YEAR.between(yearFrom, yearTo))
                .fetch(Records.mapping(BlocLead::new));
        return new StoredHistory(units, people, assignments, ratings, initiatives, awards, leads);
    }

    /** The people working in the nominated units or below them. */
    private static Set<Long> members(List<Person> people, Set<Long> subtree) {
        Set<Long> out = new HashSet<>();
        people.stream().filter(p -> subtree.contains(p.unitId())).forEach(p -> out.add(p.id()));
        return out;
    }
}
