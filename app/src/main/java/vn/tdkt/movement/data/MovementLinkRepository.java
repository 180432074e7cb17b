package vn.tdkt.movement.data;

import static vn.tdkt.common.data.jooq.Tables.AWARD_KIND;
import static vn.tdkt.common.data.jooq.Tables.DECISION;
import static vn.tdkt.common.data.jooq.Tables.DECISION_RECIPIENT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.movement.domain.MovementLinks.LinkedDecision;
import vn.tdkt.movement.domain.MovementLinks.LinkedDossier;

/** The movements offered to other features, and the dossiers and decisions that name one (their movement_id). */
public final class MovementLinkRepository {

    public List<MovementChoice> choices(DSLContext dsl) {
        return dsl.select(MOVEMENT.ID, MOVEMENT.CODE, MOVEMENT.NAME, MOVEMENT.START_DATE, MOVEMENT.END_DATE).from(MOVEMENT)
                .orderBy(MOVEMENT.START_DATE.desc().nullsLast(), MOVEMENT.CODE)
                .fetch(r -> new MovementChoice(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<LinkedDossier> dossiers(DSLContext dsl, long movementId) {
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, AWARD_KIND.NAME, UNIT.NAME, DOSSIER.DEADLINE)
                .from(DOSSIER).leftJoin(AWARD_KIND).on(AWARD_KIND.CODE.eq(DOSSIER.AWARD_CODE))
                .leftJoin(UNIT).on(UNIT.ID.eq(DOSSIER.PROPOSING_UNIT_ID))
                .where(DOSSIER.MOVEMENT_ID.eq(movementId)).orderBy(DOSSIER.CODE)
                .fetch(r -> new LinkedDossier(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<LinkedDecision> decisions(DSLContext dsl, long movementId) {
        Field<Integer> lines = DSL.count(DECISION_RECIPIENT.ID);
        Field<BigDecimal> total = DSL.coalesce(DSL.sum(DECISION_RECIPIENT.AMOUNT), BigDecimal.ZERO);
        return dsl.select(DECISION.ID, DECISION.DECISION_NO, DECISION.DECISION_DATE, DECISION.SUBJECT, lines, total)
                .from(DECISION).leftJoin(DECISION_RECIPIENT).on(DECISION_RECIPIENT.DECISION_ID.eq(DECISION.ID))
                .where(DECISION.MOVEMENT_ID.eq(movementId))
                .groupBy(DECISION.ID, DECISION.DECISION_NO, DECISION.DECISION_DATE, DECISION.SUBJECT)
                .orderBy(DECISION.DECISION_DATE, DECISION.DECISION_NO)
                .fetch(r -> new LinkedDecision(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6().longValue()));
    }
}
