package vn.tdkt.record.data;

import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.AWARD_KIND;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.PERSON_HOLD;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.RATING;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.records.AwardRecord;
import vn.tdkt.common.data.jooq.tables.records.RatingRecord;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardEntry;
import vn.tdkt.record.domain.AwardQuery;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;

/** The history of people and units: ratings, discipline, initiatives and awards. */
public final class RecordRepository {

    public List<Rating> ratings(DSLContext dsl, Long personId, Long unitId) {
        return dsl.selectFrom(RATING).where(subject(RATING.PERSON_ID, RATING.UNIT_ID, personId, unitId))
                .orderBy(RATING.RATING_YEAR).fetch(RecordRepository::toRating);
    }

    public List<Discipline> disciplines(DSLContext dsl, long personId) {
        return dsl.selectFrom(DISCIPLINE).where(DISCIPLINE.PERSON_ID.eq(personId)).orderBy(DISCIPLINE.DECISION_DATE)
                .fetch(r -> new Discipline(r.getId(), r.getPersonId(), DisciplineForm.valueOf(r.getForm()),
                        r.getDecisionNo(), r.getDecisionDate(), r.getEffectiveUntil()));
    }

    public List<Initiative> initiatives(DSLContext dsl, long personId) {
        return dsl.selectFrom(INITIATIVE).where(INITIATIVE.PERSON_ID.eq(personId)).orderBy(INITIATIVE.RECOGNIZED_YEAR)
                .fetch(r -> new Initiative(r.getId(), r.getPersonId(), InitiativeKind.valueOf(r.getKind()), r.getTitle(),
                        InitiativeScope.valueOf(r.getScope()), r.getRecognizedYear(), r.getDecisionNo(),
                        r.getDecisionDate()));
    }

    public List<Award> awards(DSLContext dsl, Long personId, Long unitId) {
        return dsl.selectFrom(AWARD).where(subject(AWARD.PERSON_ID, AWARD.UNIT_ID, personId, unitId))
                .orderBy(AWARD.YEAR_FROM, AWARD.DECISION_DATE).fetch(RecordRepository::toAward);
    }

    /** The most lines the award register reads at once. */
    public static final int REGISTER_LIMIT = 20_000;

    /**
     * The award register's lines: awards of the years (by year_to), of the unit (a collective's own and those of the
     * people whose current unit it is, as the start screen's bar chart counts them) and of the title; newest first.
     */
    public List<AwardEntry> register(DSLContext dsl, AwardQuery q) {
        org.jooq.Field<Long> unitId = DSL.coalesce(AWARD.UNIT_ID, PERSON.UNIT_ID);
        Condition where = AWARD.YEAR_TO.between(q.fromYear(), q.toYear());
        if (q.unitName() != null) {
            where = where.and(UNIT.NAME.eq(q.unitName()));
        }
        if (!q.kindNames().isEmpty()) {
            where = where.and(AWARD_KIND.NAME.in(q.kindNames()));
        }
        return dsl.select(AWARD.ID, AWARD.PERSON_ID, PERSON.FULL_NAME, UNIT.NAME, AWARD_KIND.NAME, AWARD.YEAR_FROM,
                        AWARD.YEAR_TO, AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY)
                .from(AWARD).join(AWARD_KIND).on(AWARD_KIND.CODE.eq(AWARD.KIND_CODE))
                .leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(unitId))
                .where(where)
                .orderBy(AWARD.YEAR_TO.desc(), AWARD.DECISION_DATE.desc(), UNIT.SORT_KEY, PERSON.SORT_KEY.nullsFirst(), AWARD.ID)
                .limit(REGISTER_LIMIT)
                .fetch(r -> new AwardEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().equals(r.value7()) ? String.valueOf(r.value7()) : r.value6() + "-" + r.value7(),
                        r.value8(), r.value9(), r.value10()));
    }

    /** Inserts or replaces the rating of the subject for the year. */
    public void upsertRating(DSLContext dsl, Rating r) {
        int updated = dsl.update(RATING).set(RATING.LEVEL, r.level().name())
                .where(subject(RATING.PERSON_ID, RATING.UNIT_ID, r.personId(), r.unitId()))
                .and(RATING.RATING_YEAR.eq(r.year())).execute();
        if (updated == 0) {
            dsl.insertInto(RATING).set(RATING.PERSON_ID, r.personId()).set(RATING.UNIT_ID, r.unitId())
                    .set(RATING.RATING_YEAR, r.year()).set(RATING.LEVEL, r.level().name()).execute();
        }
    }

    public void deleteRating(DSLContext dsl, long ratingId) {
        dsl.deleteFrom(RATING).where(RATING.ID.eq(ratingId)).execute();
    }

    public long insertDiscipline(DSLContext dsl, Discipline d) {
        return dsl.insertInto(DISCIPLINE).set(DISCIPLINE.PERSON_ID, d.personId()).set(DISCIPLINE.FORM, d.form().name())
                .set(DISCIPLINE.DECISION_NO, d.decisionNo()).set(DISCIPLINE.DECISION_DATE, d.decisionDate())
                .set(DISCIPLINE.EFFECTIVE_UNTIL, d.effectiveUntil()).returningResult(DISCIPLINE.ID).fetchOne().value1();
    }

    public long insertInitiative(DSLContext dsl, Initiative i) {
        return dsl.insertInto(INITIATIVE).set(INITIATIVE.PERSON_ID, i.personId()).set(INITIATIVE.KIND, i.kind().name())
                .set(INITIATIVE.TITLE, i.title()).set(INITIATIVE.TITLE_KEY, VietnameseText.fold(i.title()))
                .set(INITIATIVE.SCOPE, i.scope().name()).set(INITIATIVE.RECOGNIZED_YEAR, i.year())
                .set(INITIATIVE.DECISION_NO, i.decisionNo()).set(INITIATIVE.DECISION_DATE, i.decisionDate())
                .returningResult(INITIATIVE.ID).fetchOne().value1();
    }

    public long insertAward(DSLContext dsl, Award a) {
        return dsl.insertInto(AWARD).set(AWARD.PERSON_ID, a.personId()).set(AWARD.UNIT_ID, a.unitId())
                .set(AWARD.KIND_CODE, a.kindCode()).set(AWARD.FORM_TYPE, a.formType().name())
                .set(AWARD.YEAR_FROM, a.yearFrom()).set(AWARD.YEAR_TO, a.yearTo()).set(AWARD.DECISION_NO, a.decisionNo())
                .set(AWARD.DECISION_DATE, a.decisionDate()).set(AWARD.AUTHORITY, a.authority())
                .returningResult(AWARD.ID).fetchOne().value1();
    }

    /** A decision is its number and its date: numbering restarts every year. */
    public boolean disciplineExists(DSLContext dsl, long personId, String decisionNo, java.time.LocalDate decisionDate) {
        return dsl.fetchExists(DISCIPLINE, DISCIPLINE.PERSON_ID.eq(personId).and(DISCIPLINE.DECISION_NO.eq(decisionNo))
                .and(DISCIPLINE.DECISION_DATE.eq(decisionDate)));
    }

    public boolean initiativeExists(DSLContext dsl, long personId, String title) {
        return dsl.fetchExists(INITIATIVE, INITIATIVE.PERSON_ID.eq(personId)
                .and(INITIATIVE.TITLE_KEY.eq(VietnameseText.fold(title))));
    }

    public boolean awardExists(DSLContext dsl, Long personId, Long unitId, String kindCode, String decisionNo,
                               java.time.LocalDate decisionDate) {
        return dsl.fetchExists(AWARD, subject(AWARD.PERSON_ID, AWARD.UNIT_ID, personId, unitId)
                .and(AWARD.KIND_CODE.eq(kindCode)).and(AWARD.DECISION_NO.eq(decisionNo))
                .and(AWARD.DECISION_DATE.eq(decisionDate)));
    }

    public void deleteDiscipline(DSLContext dsl, long id) {
        dsl.deleteFrom(DISCIPLINE).where(DISCIPLINE.ID.eq(id)).execute();
    }

    public void deleteInitiative(DSLContext dsl, long id) {
        dsl.deleteFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).execute();
    }

    public void deleteAward(DSLContext dsl, long id) {
        dsl.deleteFrom(AWARD).where(AWARD.ID.eq(id)).execute();
    }

    private static Condition subject(org.jooq.Field<Long> personField, org.jooq.Field<Long> unitField, Long personId,
                                     Long unitId) {
        if (personId != null) {
            return personField.eq(personId);
        }
        return unitId != null ? unitField.eq(unitId) : DSL.falseCondition();
    }

    private static Rating toRating(RatingRecord r) {
        return new Rating(r.getId(), r.getPersonId(), r.getUnitId(), r.getRatingYear(), RatingLevel.valueOf(r.getLevel()));
    }

    private static Award toAward(AwardRecord r) {
        return new Award(r.getId(), r.getPersonId(), r.getUnitId(), r.getKindCode(), AwardFormType.valueOf(r.getFormType()),
                r.getYearFrom(), r.getYearTo(), r.getDecisionNo(), r.getDecisionDate(), r.getAuthority());
    }

    public List<vn.tdkt.record.domain.PersonHold> holds(DSLContext dsl, long personId) {
        return dsl.selectFrom(PERSON_HOLD).where(PERSON_HOLD.PERSON_ID.eq(personId)).orderBy(PERSON_HOLD.FROM_DATE, PERSON_HOLD.ID)
                .fetch(r -> new vn.tdkt.record.domain.PersonHold(r.getId(), r.getPersonId(),
                        vn.tdkt.record.domain.HoldReason.valueOf(r.getReason()), r.getDocument(), r.getFromDate(),
                        r.getUntilDate(), r.getNote()));
    }

    public long insertHold(DSLContext dsl, vn.tdkt.record.domain.PersonHold h) {
        return dsl.insertInto(PERSON_HOLD).set(PERSON_HOLD.PERSON_ID, h.personId()).set(PERSON_HOLD.REASON, h.reason().name())
                .set(PERSON_HOLD.DOCUMENT, h.document()).set(PERSON_HOLD.FROM_DATE, h.from())
                .set(PERSON_HOLD.UNTIL_DATE, h.until()).set(PERSON_HOLD.NOTE, h.note())
                .returningResult(PERSON_HOLD.ID).fetchOne().value1();
    }

    /** Sets the day a pending procedure was concluded; false when there is no such procedure. */
    public boolean closeHold(DSLContext dsl, long id, java.time.LocalDate until) {
        return dsl.update(PERSON_HOLD).set(PERSON_HOLD.UNTIL_DATE, until).where(PERSON_HOLD.ID.eq(id)).execute() == 1;
    }

    public java.util.Optional<vn.tdkt.record.domain.PersonHold> hold(DSLContext dsl, long id) {
        return dsl.selectFrom(PERSON_HOLD).where(PERSON_HOLD.ID.eq(id)).fetchOptional(r -> new vn.tdkt.record.domain.PersonHold(
                r.getId(), r.getPersonId(), vn.tdkt.record.domain.HoldReason.valueOf(r.getReason()), r.getDocument(),
                r.getFromDate(), r.getUntilDate(), r.getNote()));
    }
}
