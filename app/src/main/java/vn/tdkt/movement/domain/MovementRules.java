package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.tdkt.common.domain.ProblemCollector;

/** The rules of a movement: its period and phases, its place in the plan hierarchy, its status moves. */
public final class MovementRules {

    private MovementRules() {
    }

    /**
     * Every problem of a movement about to be saved.
     *
     * @param parentOf the parent of each other movement by id (null when it has none), as stored
     */
    public static ProblemCollector check(MovementDetails d, Function<Long, Long> parentOf) {
        ProblemCollector p = new ProblemCollector();
        Movement m = d.movement();
        p.requireText(m.code(), MovementField.CODE, "movement.problem.codeRequired");
        p.requireText(m.name(), MovementField.NAME, "movement.problem.nameRequired");
        p.requirePresent(m.kind(), MovementField.KIND, "movement.problem.kindRequired");
        p.requirePresent(m.level(), MovementField.LEVEL, "movement.problem.levelRequired");
        p.requirePresent(m.scope(), MovementField.SCOPE, "movement.problem.scopeRequired");
        if (m.startDate() != null && m.endDate() != null && m.endDate().isBefore(m.startDate())) {
            p.add(MovementField.END, "movement.problem.periodOrder", m.endDate(), m.startDate());
        }
        if (m.parentId() != null) {
            if (m.id() != 0 && m.parentId() == m.id()) {
                p.add(MovementField.PARENT, "movement.problem.parentSelf");
            } else if (m.id() != 0 && !cycle(m.id(), id -> id == m.id() ? m.parentId() : parentOf.apply(id)).isEmpty()) {
                p.add(MovementField.PARENT, "movement.problem.parentCycle");
            }
        }
        checkPhases(d.phases(), m.startDate(), m.endDate(), p);
        for (SubMovement s : d.items()) {
            p.require(s.content() != null && !s.content().isBlank(), MovementField.ITEMS, "movement.problem.itemContent",
                    String.valueOf(s.lineNo()));
        }
        Set<String> kinds = new HashSet<>();
        for (PlannedReward r : d.rewards()) {
            p.require(kinds.add(r.kindCode()), MovementField.REWARDS, "movement.problem.rewardTwice", r.kindCode());
            p.require(r.quota() == null || r.quota() > 0, MovementField.REWARDS, "movement.problem.rewardQuota", r.kindCode());
        }
        return p;
    }

    private static void checkPhases(List<Phase> phases, LocalDate from, LocalDate to, ProblemCollector p) {
        LocalDate closing = null;
        int closings = 0;
        LocalDate lastMid = null;
        for (Phase ph : phases) {
            if (ph.date() == null) {
                p.add(MovementField.PHASES, "movement.problem.phaseDate", ph.name());
                continue;
            }
            if ((from != null && ph.date().isBefore(from)) || (to != null && ph.date().isAfter(to.plusMonths(3)))) {
                p.add(MovementField.PHASES, "movement.problem.phaseOutside", ph.name(), ph.date());
            }
            if (ph.kind() == PhaseKind.TONG_KET) {
                closings++;
                closing = ph.date();
            } else if (lastMid == null || ph.date().isAfter(lastMid)) {
                lastMid = ph.date();
            }
        }
        if (closings > 1) {
            p.add(MovementField.PHASES, "movement.problem.twoClosings");
        }
        if (closing != null && lastMid != null && lastMid.isAfter(closing)) {
            p.add(MovementField.PHASES, "movement.problem.midAfterClosing", lastMid, closing);
        }
    }

    /**
     * The cycle met when walking up the parents from a start, as the list of keys from the start back to it, or an
     * empty list when the walk reaches a movement without a parent.
     */
    public static <K> List<K> cycle(K start, Function<K, K> parent) {
        List<K> path = new ArrayList<>();
        Set<K> seen = new HashSet<>();
        K k = start;
        while (k != null) {
            if (!seen.add(k)) {
                return k.equals(start) ? path : List.of();
            }
            path.add(k);
            k = parent.apply(k);
        }
        return List.of();
    }

    /**
     * Whether the movement may move to the target status on that day.
     *
     * @param lastChange the day of its last status change (null for a draft never moved)
     */
    public static ProblemCollector checkMove(Movement m, MovementStatus target, LocalDate on, LocalDate lastChange) {
        ProblemCollector p = new ProblemCollector();
        if (!m.status().canMoveTo(target)) {
            p.add(MovementField.STATUS, "movement.problem.move", m.status(), target);
            return p;
        }
        if (!p.requirePresent(on, MovementField.STATUS_DATE, "movement.problem.moveDate")) {
            return p;
        }
        if (lastChange != null && on.isBefore(lastChange)) {
            p.add(MovementField.STATUS_DATE, "movement.problem.moveBefore", on, lastChange);
        }
        if (target == MovementStatus.PHAT_DONG) {
            boolean numbered = m.planNo() != null && !m.planNo().isBlank() && !m.planNo().startsWith("/");
            p.require(numbered, MovementField.PLAN_NO, "movement.problem.launchNumber");
            if (p.requirePresent(m.planDate(), MovementField.PLAN_DATE, "movement.problem.launchDate")
                    && on.isBefore(m.planDate())) {
                p.add(MovementField.STATUS_DATE, "movement.problem.launchBeforePlan", on, m.planDate());
            }
        }
        if (target == MovementStatus.TONG_KET && m.startDate() != null && on.isBefore(m.startDate())) {
            p.add(MovementField.STATUS_DATE, "movement.problem.closeBeforeStart", on, m.startDate());
        }
        return p;
    }
}
