package vn.tdkt.review.data;

import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Records;
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
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Histories;

/**
 * Loads everything a review needs in one bulk query per table (no per-person queries): units, blocs and bloc
 * leaders, persons still working on 01/01 of the year, every assignment, ratings, initiatives and awards up to the
 * year, disciplines and awards decided on or before the review date.
 */
public final class ReviewHistoryRepository {

    public Histories load(DSLContext dsl, int year, LocalDate reviewDate) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        var units = dsl.select(UNIT.ID, UNIT.CODE, UNIT.NAME, UNIT.PARENT_ID, UNIT.BLOC_ID).from(UNIT)
                .fetch(Records.mapping(Unit::new));
        var blocs = dsl.select(BLOC.ID, BLOC.NAME).from(BLOC).fetch(Records.mapping(Bloc::new));
        var leaders = dsl.select(BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR, BLOC_LEADER.UNIT_ID).from(BLOC_LEADER)
                .where(BLOC_LEADER.LEAD_YEAR.le(year)).fetch(Records.mapping(BlocLeader::new));
        var people = dsl.select(PERSON.ID, PERSON.CODE, PERSON.FULL_NAME, PERSON.GENDER, PERSON.BIRTH_DATE,
                        PERSON.PERSONAL_ID, PERSON.POSITION, PERSON.UNIT_ID, PERSON.START_DATE, PERSON.END_DATE)
                .from(PERSON).where(PERSON.END_DATE.isNull().or(PERSON.END_DATE.ge(jan1))).orderBy(PERSON.ID)
                .fetch(r -> new Person(r.value1(), r.value2(), r.value3(), Gender.parse(r.value4()).orElseThrow(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
        var assignments = dsl.select(ASSIGNMENT.ID, ASSIGNMENT.PERSON_ID, ASSIGNMENT.UNIT_ID, ASSIGNMENT.POSITION,
                ASSIGNMENT.START_DATE, ASSIGNMENT.END_DATE).from(ASSIGNMENT).fetch(Records.mapping(Assignment::new));
        var ratings = dsl.select(RATING.ID, RATING.PERSON_ID, RATING.UNIT_ID, RATING.RATING_YEAR, RATING.LEVEL)
                .from(RATING).where(RATING.RATING_YEAR.le(year))
                .fetch(r -> new Rating(r.value1(), r.value2(), r.value3(), r.value4(), RatingLevel.valueOf(r.value5())));
        var disciplines = dsl.select(DISCIPLINE.ID, DISCIPLINE.PERSON_ID, DISCIPLINE.FORM, DISCIPLINE.DECISION_NO,
                        DISCIPLINE.DECISION_DATE, DISCIPLINE.EFFECTIVE_UNTIL).from(DISCIPLINE)
                .where(DISCIPLINE.DECISION_DATE.le(reviewDate))
                .fetch(r -> new Discipline(r.value1(), r.value2(), DisciplineForm.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6()));
        var initiatives = dsl.select(INITIATIVE.ID, INITIATIVE.PERSON_ID, INITIATIVE.KIND, INITIATIVE.TITLE,
                        INITIATIVE.SCOPE, INITIATIVE.RECOGNIZED_YEAR, INITIATIVE.DECISION_NO, INITIATIVE.DECISION_DATE)
                .from(INITIATIVE).where(INITIATIVE.RECOGNIZED_YEAR.le(year))
                .fetch(r -> new Initiative(r.value1(), r.value2(), InitiativeKind.valueOf(r.value3()), r.value4(),
                        InitiativeScope.valueOf(r.value5()), r.value6(), r.value7(), r.value8()));
        var awards = dsl.select(AWARD.ID, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.FORM_TYPE,
                        AWARD.YEAR_FROM, AWARD.YEAR_TO, AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY)
                .from(AWARD).where(AWARD.YEAR_TO.le(year)).and(AWARD.DECISION_DATE.le(reviewDate))
                .fetch(r -> new Award(r.value1(), r.value2(), r.value3(), r.value4(), AwardFormType.valueOf(r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
        return Histories.assemble(year, units, blocs, leaders, people, assignments, ratings, disciplines, initiatives,
                awards);
    }
}
