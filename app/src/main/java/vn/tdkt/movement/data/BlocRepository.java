package vn.tdkt.movement.data;

import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_COVENANT;
import static vn.tdkt.common.data.jooq.Tables.BLOC_COVENANT_UNIT;
import static vn.tdkt.common.data.jooq.Tables.BLOC_CRITERION;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.BLOC_SCORE;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.records.BlocCovenantRecord;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.Covenant;

/** Covenants of the blocs with their signers and criteria, the scores, the confirmation and the bloc leader it sets. */
public final class BlocRepository {

    public Optional<Covenant> covenant(DSLContext dsl, long blocId, int year) {
        return dsl.selectFrom(BLOC_COVENANT).where(BLOC_COVENANT.BLOC_ID.eq(blocId)).and(BLOC_COVENANT.COV_YEAR.eq(year))
                .fetchOptional().map(r -> toCovenant(dsl, r));
    }

    public Optional<Covenant> covenant(DSLContext dsl, long id) {
        return dsl.selectFrom(BLOC_COVENANT).where(BLOC_COVENANT.ID.eq(id)).fetchOptional().map(r -> toCovenant(dsl, r));
    }

    /** Locks a covenant's row until the end of the transaction (a save checked against what the clerk opened). */
    public boolean lockCovenant(DSLContext dsl, long id) {
        return vn.tdkt.common.data.RowLock.lock(dsl, BLOC_COVENANT, BLOC_COVENANT.ID.eq(id));
    }

    public boolean blocExists(DSLContext dsl, long blocId) {
        return dsl.fetchExists(BLOC, BLOC.ID.eq(blocId));
    }

    /** The name of a bloc, if it exists. */
    public Optional<String> blocName(DSLContext dsl, long blocId) {
        return dsl.select(BLOC.NAME).from(BLOC).where(BLOC.ID.eq(blocId)).fetchOptional(BLOC.NAME);
    }

    /** Every bloc's name by its id. */
    public Map<Long, String> blocNames(DSLContext dsl) {
        Map<Long, String> names = new HashMap<>();
        dsl.select(BLOC.ID, BLOC.NAME).from(BLOC).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    /** The units of a bloc (unit.bloc_id). */
    public Set<Long> members(DSLContext dsl, long blocId) {
        return new HashSet<>(dsl.select(UNIT.ID).from(UNIT).where(UNIT.BLOC_ID.eq(blocId)).fetch(UNIT.ID));
    }

    private static Covenant toCovenant(DSLContext dsl, BlocCovenantRecord r) {
        List<Covenant.CovenantSigner> signers = dsl.select(BLOC_COVENANT_UNIT.UNIT_ID, BLOC_COVENANT_UNIT.SIGNED_ON)
                .from(BLOC_COVENANT_UNIT).join(UNIT).on(UNIT.ID.eq(BLOC_COVENANT_UNIT.UNIT_ID))
                .where(BLOC_COVENANT_UNIT.COVENANT_ID.eq(r.getId())).orderBy(UNIT.SORT_KEY, UNIT.CODE)
                .fetch(x -> new Covenant.CovenantSigner(x.value1(), x.value2()));
        List<BlocCriterion> criteria = dsl.selectFrom(BLOC_CRITERION).where(BLOC_CRITERION.COVENANT_ID.eq(r.getId()))
                .orderBy(BLOC_CRITERION.LINE_NO)
                .fetch(x -> new BlocCriterion(x.getId(), x.getLineNo(), x.getName(), x.getMaxPoints()));
        return new Covenant(r.getId(), r.getBlocId(), r.getCovYear(), r.getMovementId(), r.getSignedOn(), r.getPlace(),
                r.getContent(), signers, criteria, r.getConfirmedOn(), r.getConfirmedBy());
    }

    /**
     * Writes a covenant with its signers and criteria. Criteria are matched by line number: a kept line keeps its
     * scores, a removed line loses them.
     */
    public long save(DSLContext dsl, Covenant c) {
        long id = c.id();
        if (id == 0) {
            id = dsl.insertInto(BLOC_COVENANT).set(BLOC_COVENANT.BLOC_ID, c.blocId()).set(BLOC_COVENANT.COV_YEAR, c.year())
                    .set(BLOC_COVENANT.MOVEMENT_ID, c.movementId()).set(BLOC_COVENANT.SIGNED_ON, c.signedOn())
                    .set(BLOC_COVENANT.PLACE, c.place()).set(BLOC_COVENANT.CONTENT, c.content())
                    .returningResult(BLOC_COVENANT.ID).fetchOne().value1();
        } else {
            dsl.update(BLOC_COVENANT).set(BLOC_COVENANT.MOVEMENT_ID, c.movementId()).set(BLOC_COVENANT.SIGNED_ON, c.signedOn())
                    .set(BLOC_COVENANT.PLACE, c.place()).set(BLOC_COVENANT.CONTENT, c.content())
                    .where(BLOC_COVENANT.ID.eq(id)).execute();
        }
        long covenantId = id;
        dsl.deleteFrom(BLOC_COVENANT_UNIT).where(BLOC_COVENANT_UNIT.COVENANT_ID.eq(covenantId)).execute();
        for (Covenant.CovenantSigner s : c.signers()) {
            dsl.insertInto(BLOC_COVENANT_UNIT).set(BLOC_COVENANT_UNIT.COVENANT_ID, covenantId)
                    .set(BLOC_COVENANT_UNIT.UNIT_ID, s.unitId()).set(BLOC_COVENANT_UNIT.SIGNED_ON, s.signedOn()).execute();
        }
        Set<Integer> lines = new HashSet<>();
        for (BlocCriterion k : c.criteria()) {
            lines.add(k.lineNo());
            int updated = dsl.update(BLOC_CRITERION).set(BLOC_CRITERION.NAME, k.name()).set(BLOC_CRITERION.MAX_POINTS, k.maxPoints())
                    .where(BLOC_CRITERION.COVENANT_ID.eq(covenantId)).and(BLOC_CRITERION.LINE_NO.eq(k.lineNo())).execute();
            if (updated == 0) {
                dsl.insertInto(BLOC_CRITERION).set(BLOC_CRITERION.COVENANT_ID, covenantId).set(BLOC_CRITERION.LINE_NO, k.lineNo())
                        .set(BLOC_CRITERION.NAME, k.name()).set(BLOC_CRITERION.MAX_POINTS, k.maxPoints()).execute();
            }
        }
        dsl.deleteFrom(BLOC_CRITERION).where(BLOC_CRITERION.COVENANT_ID.eq(covenantId))
                .and(lines.isEmpty() ? DSL.trueCondition() : BLOC_CRITERION.LINE_NO.notIn(lines)).execute();
        // units that no longer sign lose their scores
        dsl.deleteFrom(BLOC_SCORE).where(BLOC_SCORE.CRITERION_ID.in(
                        DSL.select(BLOC_CRITERION.ID).from(BLOC_CRITERION).where(BLOC_CRITERION.COVENANT_ID.eq(covenantId))))
                .and(BLOC_SCORE.UNIT_ID.notIn(DSL.select(BLOC_COVENANT_UNIT.UNIT_ID).from(BLOC_COVENANT_UNIT)
                        .where(BLOC_COVENANT_UNIT.COVENANT_ID.eq(covenantId)))).execute();
        return covenantId;
    }

    public List<BlocScore> scores(DSLContext dsl, long covenantId) {
        return dsl.select(BLOC_SCORE.UNIT_ID, BLOC_CRITERION.LINE_NO, BLOC_SCORE.POINTS).from(BLOC_SCORE)
                .join(BLOC_CRITERION).on(BLOC_CRITERION.ID.eq(BLOC_SCORE.CRITERION_ID))
                .where(BLOC_CRITERION.COVENANT_ID.eq(covenantId)).orderBy(BLOC_SCORE.UNIT_ID, BLOC_CRITERION.LINE_NO)
                .fetch(r -> new BlocScore(r.value1(), r.value2(), r.value3()));
    }

    /** Replaces every score of the covenant. */
    public void replaceScores(DSLContext dsl, long covenantId, List<BlocScore> scores) {
        Map<Integer, Long> criterionIds = new HashMap<>();
        dsl.select(BLOC_CRITERION.LINE_NO, BLOC_CRITERION.ID).from(BLOC_CRITERION).where(BLOC_CRITERION.COVENANT_ID.eq(covenantId))
                .forEach(r -> criterionIds.put(r.value1(), r.value2()));
        dsl.deleteFrom(BLOC_SCORE).where(BLOC_SCORE.CRITERION_ID.in(criterionIds.values())).execute();
        for (BlocScore s : scores) {
            dsl.insertInto(BLOC_SCORE).set(BLOC_SCORE.CRITERION_ID, criterionIds.get(s.lineNo())).set(BLOC_SCORE.UNIT_ID, s.unitId())
                    .set(BLOC_SCORE.POINTS, s.points()).execute();
        }
    }

    /** Marks the ranking confirmed (null day: not confirmed any more). */
    public void confirm(DSLContext dsl, long covenantId, LocalDate on, String by) {
        dsl.update(BLOC_COVENANT).set(BLOC_COVENANT.CONFIRMED_ON, on).set(BLOC_COVENANT.CONFIRMED_BY, by)
                .where(BLOC_COVENANT.ID.eq(covenantId)).execute();
    }

    /** The leading unit (trưởng khối) of a bloc for a year: the input the review engine reads. */
    public void setLeader(DSLContext dsl, long blocId, int year, long unitId) {
        dsl.insertInto(BLOC_LEADER, BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR, BLOC_LEADER.UNIT_ID).values(blocId, year, unitId)
                .onConflict(BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR).doUpdate().set(BLOC_LEADER.UNIT_ID, unitId).execute();
    }
}
