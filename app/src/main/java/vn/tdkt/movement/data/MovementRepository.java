package vn.tdkt.movement.data;

import static vn.tdkt.common.data.jooq.Tables.MILESTONE;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_BLOC;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_ITEM;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_LOG;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_PHASE;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_REWARD;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_TEXT;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_UNIT;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.tdkt.common.data.RowLock;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.Unit;
import vn.tdkt.common.data.jooq.tables.records.MovementRecord;
import vn.tdkt.common.domain.Session;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.LogEntry;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementScope;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.Phase;
import vn.tdkt.movement.domain.PhaseKind;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.movement.domain.PlannedReward;
import vn.tdkt.movement.domain.SubMovement;

/** Movements with their phases, sub-movements, participants, rewards, texts and status log; milestones. */
public final class MovementRepository {

    public List<Movement> list(DSLContext dsl) {
        // the Vietnamese name order is not the database's: sorted here (MovementOrder, decision 158)
        return dsl.selectFrom(MOVEMENT).fetch(MovementRepository::toMovement).stream()
                .sorted(vn.tdkt.movement.domain.MovementOrder.ORDER).toList();
    }

    /** Locks the movement's row until the end of the transaction (issue #14); whether it is still there. */
    public boolean lock(DSLContext dsl, long id) {
        return RowLock.lock(dsl, MOVEMENT, MOVEMENT.ID.eq(id));
    }

    /** Locks the milestone's row until the end of the transaction; whether it is still there. */
    public boolean lockMilestone(DSLContext dsl, long id) {
        return RowLock.lock(dsl, MILESTONE, MILESTONE.ID.eq(id));
    }

    /** A unit's name, for the message of a refused save. */
    public String unitName(DSLContext dsl, long unitId) {
        return dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(unitId)).fetchOne(UNIT.NAME);
    }

    public Optional<Movement> find(DSLContext dsl, long id) {
        return dsl.selectFrom(MOVEMENT).where(MOVEMENT.ID.eq(id)).fetchOptional(MovementRepository::toMovement);
    }

    public Optional<Movement> byCode(DSLContext dsl, String code) {
        return dsl.selectFrom(MOVEMENT).where(DSL.upper(MOVEMENT.CODE).eq(code.toUpperCase(java.util.Locale.ROOT)))
                .fetchOptional(MovementRepository::toMovement);
    }

    public boolean codeTaken(DSLContext dsl, String code, long exceptId) {
        return dsl.fetchExists(MOVEMENT, DSL.upper(MOVEMENT.CODE).eq(code.toUpperCase(java.util.Locale.ROOT))
                .and(MOVEMENT.ID.ne(exceptId)));
    }

    /** id → parent id (null when none) of every movement. */
    public Map<Long, Long> parents(DSLContext dsl) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(MOVEMENT.ID, MOVEMENT.PARENT_ID).from(MOVEMENT).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public boolean hasChildren(DSLContext dsl, long id) {
        return dsl.fetchExists(MOVEMENT, MOVEMENT.PARENT_ID.eq(id));
    }

    public MovementDetails details(DSLContext dsl, Movement m) {
        long id = m.id();
        List<Phase> phases = dsl.selectFrom(MOVEMENT_PHASE).where(MOVEMENT_PHASE.MOVEMENT_ID.eq(id))
                .orderBy(MOVEMENT_PHASE.PHASE_DATE, MOVEMENT_PHASE.ID)
                .fetch(r -> new Phase(r.getId(), PhaseKind.valueOf(r.getKind()), r.getName(), r.getPhaseDate()));
        List<SubMovement> items = dsl.selectFrom(MOVEMENT_ITEM).where(MOVEMENT_ITEM.MOVEMENT_ID.eq(id))
                .orderBy(MOVEMENT_ITEM.LINE_NO)
                .fetch(r -> new SubMovement(r.getId(), r.getLineNo(), r.getContent(), r.getLeadUnitId()));
        List<Long> units = dsl.select(MOVEMENT_UNIT.UNIT_ID).from(MOVEMENT_UNIT).join(UNIT).on(UNIT.ID.eq(MOVEMENT_UNIT.UNIT_ID))
                .where(MOVEMENT_UNIT.MOVEMENT_ID.eq(id)).orderBy(UNIT.SORT_KEY).fetch(MOVEMENT_UNIT.UNIT_ID);
        List<Long> blocs = dsl.select(MOVEMENT_BLOC.BLOC_ID).from(MOVEMENT_BLOC).where(MOVEMENT_BLOC.MOVEMENT_ID.eq(id))
                .orderBy(MOVEMENT_BLOC.BLOC_ID).fetch(MOVEMENT_BLOC.BLOC_ID);
        List<PlannedReward> rewards = dsl.selectFrom(MOVEMENT_REWARD).where(MOVEMENT_REWARD.MOVEMENT_ID.eq(id))
                .orderBy(MOVEMENT_REWARD.KIND_CODE)
                .fetch(r -> new PlannedReward(r.getKindCode(), r.getQuota(), r.getNote()));
        Map<PlanPart, String> texts = new EnumMap<>(PlanPart.class);
        dsl.selectFrom(MOVEMENT_TEXT).where(MOVEMENT_TEXT.MOVEMENT_ID.eq(id))
                .forEach(r -> texts.put(PlanPart.valueOf(r.getPart()), r.getBody()));
        return new MovementDetails(m, phases, items, units, blocs, rewards, texts);
    }

    /** Inserts or updates the movement row and replaces its phases, sub-movements, participants, rewards and texts. */
    public Movement save(DSLContext dsl, MovementDetails d, LocalDateTime now) {
        Movement m = saveRow(dsl, d.movement(), now);
        long id = m.id();
        dsl.deleteFrom(MOVEMENT_PHASE).where(MOVEMENT_PHASE.MOVEMENT_ID.eq(id)).execute();
        for (Phase p : d.phases()) {
            dsl.insertInto(MOVEMENT_PHASE).set(MOVEMENT_PHASE.MOVEMENT_ID, id).set(MOVEMENT_PHASE.KIND, p.kind().name())
                    .set(MOVEMENT_PHASE.NAME, p.name()).set(MOVEMENT_PHASE.PHASE_DATE, p.date()).execute();
        }
        dsl.deleteFrom(MOVEMENT_ITEM).where(MOVEMENT_ITEM.MOVEMENT_ID.eq(id)).execute();
        int line = 0;
        for (SubMovement s : d.items()) {
            dsl.insertInto(MOVEMENT_ITEM).set(MOVEMENT_ITEM.MOVEMENT_ID, id).set(MOVEMENT_ITEM.LINE_NO, ++line)
                    .set(MOVEMENT_ITEM.CONTENT, s.content()).set(MOVEMENT_ITEM.LEAD_UNIT_ID, s.leadUnitId()).execute();
        }
        dsl.deleteFrom(MOVEMENT_UNIT).where(MOVEMENT_UNIT.MOVEMENT_ID.eq(id)).execute();
        for (Long u : d.unitIds().stream().distinct().toList()) {
            dsl.insertInto(MOVEMENT_UNIT).set(MOVEMENT_UNIT.MOVEMENT_ID, id).set(MOVEMENT_UNIT.UNIT_ID, u).execute();
        }
        dsl.deleteFrom(MOVEMENT_BLOC).where(MOVEMENT_BLOC.MOVEMENT_ID.eq(id)).execute();
        for (Long b : d.blocIds().stream().distinct().toList()) {
            dsl.insertInto(MOVEMENT_BLOC).set(MOVEMENT_BLOC.MOVEMENT_ID, id).set(MOVEMENT_BLOC.BLOC_ID, b).execute();
        }
        dsl.deleteFrom(MOVEMENT_REWARD).where(MOVEMENT_REWARD.MOVEMENT_ID.eq(id)).execute();
        for (PlannedReward r : d.rewards()) {
            dsl.insertInto(MOVEMENT_REWARD).set(MOVEMENT_REWARD.MOVEMENT_ID, id).set(MOVEMENT_REWARD.KIND_CODE, r.kindCode())
                    .set(MOVEMENT_REWARD.QUOTA, r.quota()).set(MOVEMENT_REWARD.NOTE, r.note()).execute();
        }
        dsl.deleteFrom(MOVEMENT_TEXT).where(MOVEMENT_TEXT.MOVEMENT_ID.eq(id)).execute();
        for (Map.Entry<PlanPart, String> t : d.texts().entrySet()) {
            if (t.getValue() != null && !t.getValue().isBlank()) {
                dsl.insertInto(MOVEMENT_TEXT).set(MOVEMENT_TEXT.MOVEMENT_ID, id).set(MOVEMENT_TEXT.PART, t.getKey().name())
                        .set(MOVEMENT_TEXT.BODY, t.getValue()).execute();
            }
        }
        return m;
    }

    /** Inserts or updates the movement's own row only (the workbook import: collections stay as they are). */
    public Movement saveRow(DSLContext dsl, Movement m, LocalDateTime now) {
        MovementRecord r = m.id() == 0 ? dsl.newRecord(MOVEMENT) : dsl.fetchSingle(MOVEMENT, MOVEMENT.ID.eq(m.id()));
        r.setCode(m.code());
        r.setName(m.name());
        r.setKind(m.kind().name());
        r.setLaunchLevel(m.level().name());
        r.setScope(m.scope().name());
        r.setAuthorityParent(m.authorityParent());
        r.setAuthority(m.authority());
        r.setPlace(m.place());
        r.setPlanNo(m.planNo());
        r.setPlanDate(m.planDate());
        r.setSignerAuthority(m.signerAuthority());
        r.setSignerTitle(m.signerTitle());
        r.setSignerName(m.signerName());
        r.setParentId(m.parentId());
        r.setStartDate(m.startDate());
        r.setEndDate(m.endDate());
        r.setTheme(m.theme());
        r.setSlogan(m.slogan());
        r.setLeadUnitId(m.leadUnitId());
        r.setTargets(m.targets());
        r.setCriteriaCollective(m.criteriaCollective());
        r.setCriteriaIndividual(m.criteriaIndividual());
        r.setCriteriaHousehold(m.criteriaHousehold());
        r.setStatus(m.status().name());
        r.setStatusDate(m.statusDate());
        r.setUpdatedAt(now);
        if (m.id() == 0) {
            r.setCreatedAt(now);
        }
        r.store();
        return m.withId(r.getId());
    }

    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(MOVEMENT).where(MOVEMENT.ID.eq(id)).execute();
    }

    public void setStatus(DSLContext dsl, long id, MovementStatus status, LocalDate on, LocalDateTime now) {
        dsl.update(MOVEMENT).set(MOVEMENT.STATUS, status.name()).set(MOVEMENT.STATUS_DATE, on)
                .set(MOVEMENT.UPDATED_AT, now).where(MOVEMENT.ID.eq(id)).execute();
    }

    public void log(DSLContext dsl, long id, LogEntry e) {
        dsl.insertInto(MOVEMENT_LOG).set(MOVEMENT_LOG.MOVEMENT_ID, id)
                .set(MOVEMENT_LOG.FROM_STATUS, e.from() == null ? null : e.from().name())
                .set(MOVEMENT_LOG.TO_STATUS, e.to().name()).set(MOVEMENT_LOG.CHANGED_ON, e.on())
                .set(MOVEMENT_LOG.NOTE, e.note()).set(MOVEMENT_LOG.USER_NAME, Session.author(e.user())).set(MOVEMENT_LOG.LOGGED_AT, e.at())
                .execute();
    }

    public List<LogEntry> logOf(DSLContext dsl, long id) {
        return dsl.selectFrom(MOVEMENT_LOG).where(MOVEMENT_LOG.MOVEMENT_ID.eq(id)).orderBy(MOVEMENT_LOG.ID)
                .fetch(r -> new LogEntry(r.getFromStatus() == null ? null : MovementStatus.valueOf(r.getFromStatus()),
                        MovementStatus.valueOf(r.getToStatus()), r.getChangedOn(), r.getNote(), r.getUserName(),
                        r.getLoggedAt()));
    }

    /** Number of movements in each status. */
    public Map<MovementStatus, Integer> countByStatus(DSLContext dsl) {
        Map<MovementStatus, Integer> out = new EnumMap<>(MovementStatus.class);
        dsl.select(MOVEMENT.STATUS, DSL.count()).from(MOVEMENT).groupBy(MOVEMENT.STATUS)
                .forEach(r -> out.put(MovementStatus.valueOf(r.value1()), r.value2()));
        return out;
    }

    // ---- milestones ----

    public Milestone saveMilestone(DSLContext dsl, Milestone m) {
        if (m.id() == 0) {
            long id = dsl.insertInto(MILESTONE).set(MILESTONE.MOVEMENT_ID, m.movementId()).set(MILESTONE.CONTENT, m.content())
                    .set(MILESTONE.DUE_DATE, m.due()).set(MILESTONE.UNIT_ID, m.unitId())
                    .set(MILESTONE.DONE_DATE, m.doneDate()).set(MILESTONE.DONE_DOCUMENT, m.doneDocument())
                    .returningResult(MILESTONE.ID).fetchOne().value1();
            return new Milestone(id, m.movementId(), m.content(), m.due(), m.unitId(), m.doneDate(), m.doneDocument());
        }
        dsl.update(MILESTONE).set(MILESTONE.CONTENT, m.content()).set(MILESTONE.DUE_DATE, m.due())
                .set(MILESTONE.UNIT_ID, m.unitId()).set(MILESTONE.DONE_DATE, m.doneDate())
                .set(MILESTONE.DONE_DOCUMENT, m.doneDocument()).where(MILESTONE.ID.eq(m.id())).execute();
        return m;
    }

    public Optional<Milestone> milestone(DSLContext dsl, long id) {
        return dsl.selectFrom(MILESTONE).where(MILESTONE.ID.eq(id)).fetchOptional(r -> new Milestone(r.getId(),
                r.getMovementId(), r.getContent(), r.getDueDate(), r.getUnitId(), r.getDoneDate(), r.getDoneDocument()));
    }

    public void deleteMilestone(DSLContext dsl, long id) {
        dsl.deleteFrom(MILESTONE).where(MILESTONE.ID.eq(id)).execute();
    }

    /** The milestone of a movement with that content, due date and unit (the workbook's natural key). */
    public Optional<Long> milestoneId(DSLContext dsl, long movementId, String content, LocalDate due, Long unitId) {
        Condition unit = unitId == null ? MILESTONE.UNIT_ID.isNull() : MILESTONE.UNIT_ID.eq(unitId);
        return dsl.select(MILESTONE.ID).from(MILESTONE).where(MILESTONE.MOVEMENT_ID.eq(movementId)
                .and(MILESTONE.CONTENT.eq(content)).and(MILESTONE.DUE_DATE.eq(due)).and(unit)).limit(1)
                .fetchOptional(MILESTONE.ID);
    }

    /** The milestones of one movement, by due date. */
    public List<MilestoneRow> milestones(DSLContext dsl, long movementId) {
        return milestoneRows(dsl, MILESTONE.MOVEMENT_ID.eq(movementId));
    }

    /** The milestones not done, due on or before a day (a few days of slack for days off), of movements not closed. */
    public List<MilestoneRow> open(DSLContext dsl, LocalDate dueUntil) {
        return milestoneRows(dsl, MILESTONE.DONE_DATE.isNull().and(MILESTONE.DUE_DATE.le(dueUntil))
                .and(MOVEMENT.STATUS.ne(MovementStatus.TONG_KET.name())));
    }

    /** Every milestone (export). */
    public List<MilestoneRow> allMilestones(DSLContext dsl) {
        return milestoneRows(dsl, DSL.trueCondition());
    }

    private List<MilestoneRow> milestoneRows(DSLContext dsl, Condition where) {
        Unit u = UNIT.as("mu");
        return dsl.select(MILESTONE.fields()).select(MOVEMENT.CODE, MOVEMENT.NAME, MOVEMENT.STATUS, u.CODE, u.NAME)
                .from(MILESTONE).join(MOVEMENT).on(MOVEMENT.ID.eq(MILESTONE.MOVEMENT_ID))
                .leftJoin(u).on(u.ID.eq(MILESTONE.UNIT_ID))
                .where(where).orderBy(MILESTONE.DUE_DATE, MOVEMENT.CODE, MILESTONE.ID)
                .fetch(r -> new MilestoneRow(toMilestone(r), r.get(MOVEMENT.CODE), r.get(MOVEMENT.NAME),
                        MovementStatus.valueOf(r.get(MOVEMENT.STATUS)), r.get(u.CODE), r.get(u.NAME)));
    }

    private static Milestone toMilestone(Record r) {
        return new Milestone(r.get(MILESTONE.ID), r.get(MILESTONE.MOVEMENT_ID), r.get(MILESTONE.CONTENT),
                r.get(MILESTONE.DUE_DATE), r.get(MILESTONE.UNIT_ID), r.get(MILESTONE.DONE_DATE), r.get(MILESTONE.DONE_DOCUMENT));
    }

    /** Unit name by id. */
    public Map<Long, String> unitNames(DSLContext dsl) {
        return dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).fetchMap(UNIT.ID, UNIT.NAME);
    }

    /** Unit code by id. */
    public Map<Long, String> unitCodes(DSLContext dsl) {
        return dsl.select(UNIT.ID, UNIT.CODE).from(UNIT).fetchMap(UNIT.ID, UNIT.CODE);
    }

    static Movement toMovement(MovementRecord r) {
        return new Movement(r.getId(), r.getCode(), r.getName(), MovementKind.valueOf(r.getKind()),
                LaunchLevel.valueOf(r.getLaunchLevel()), MovementScope.valueOf(r.getScope()), r.getAuthorityParent(),
                r.getAuthority(), r.getPlace(), r.getPlanNo(), r.getPlanDate(), r.getSignerAuthority(), r.getSignerTitle(),
                r.getSignerName(), r.getParentId(), r.getStartDate(), r.getEndDate(), r.getTheme(), r.getSlogan(),
                r.getLeadUnitId(), r.getTargets(), r.getCriteriaCollective(), r.getCriteriaIndividual(),
                r.getCriteriaHousehold(), MovementStatus.valueOf(r.getStatus()), r.getStatusDate());
    }
}
