package vn.tdkt.movement.data;

import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.AWARD_KIND;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_MODEL;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_RECOGNITION;
import static vn.tdkt.common.data.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.tdkt.movement.domain.MovementReport.AwardCount;

/** The awards the report of a movement counts. */
public final class MovementReportRepository {

    /**
     * Awards not revoked, decided from one day to another, of these units (tập thể) and of the people working in them
     * (cá nhân), by kind in the catalogue's order.
     */
    public List<AwardCount> awards(DSLContext dsl, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Field<Integer> units = DSL.count(AWARD.UNIT_ID);
        Field<Integer> people = DSL.count(AWARD.PERSON_ID);
        List<AwardCount> out = new ArrayList<>();
        dsl.select(AWARD.KIND_CODE, AWARD_KIND.NAME, AWARD_KIND.RANK_ORDER, units, people)
                .from(AWARD).join(AWARD_KIND).on(AWARD_KIND.CODE.eq(AWARD.KIND_CODE))
                .leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID))
                .where(AWARD.REVOCATION_ID.isNull())
                .and(AWARD.DECISION_DATE.between(from, to))
                .and(AWARD.UNIT_ID.in(unitIds).or(PERSON.UNIT_ID.in(unitIds)))
                .groupBy(AWARD.KIND_CODE, AWARD_KIND.NAME, AWARD_KIND.RANK_ORDER)
                .orderBy(AWARD_KIND.RANK_ORDER.desc(), AWARD_KIND.NAME)
                .forEach(r -> out.add(new AwardCount(r.value1(), r.value2(), r.value4(), r.value5())));
        return out;
    }

    /** The exemplary models naming one of these movements, and their yearly recognitions from one year to another. */
    public int[] models(DSLContext dsl, Collection<Long> movementIds, int fromYear, int toYear) {
        if (movementIds.isEmpty()) {
            return new int[] {0, 0};
        }
        int models = dsl.fetchCount(EXEMPLARY_MODEL, EXEMPLARY_MODEL.MOVEMENT_ID.in(movementIds));
        int recognised = dsl.fetchCount(dsl.select(EXEMPLARY_RECOGNITION.ID).from(EXEMPLARY_RECOGNITION)
                .join(EXEMPLARY_MODEL).on(EXEMPLARY_MODEL.ID.eq(EXEMPLARY_RECOGNITION.MODEL_ID))
                .where(EXEMPLARY_MODEL.MOVEMENT_ID.in(movementIds))
                .and(EXEMPLARY_RECOGNITION.REC_YEAR.between(fromYear, toYear)));
        return new int[] {models, recognised};
    }
}
