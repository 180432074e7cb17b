package vn.tdkt.exemplary.domain;

import java.time.LocalDate;
import vn.tdkt.common.domain.ProblemCollector;

/** The checks of a model, of a stage move and of a recognition: every problem at once, on typed fields. */
public final class ModelRules {

    private ModelRules() {
    }

    /** A model: code, name and kind required; a person of the database only for a person model, a unit not for one. */
    public static ProblemCollector check(ExemplaryModel m) {
        ProblemCollector p = new ProblemCollector();
        p.requireText(m.code(), ExemplaryField.CODE, "exemplary.problem.noCode");
        p.requireText(m.name(), ExemplaryField.NAME, "exemplary.problem.noName");
        if (p.requirePresent(m.kind(), ExemplaryField.KIND, "exemplary.problem.noKind")) {
            if (m.personId() != null && m.kind() != ModelKind.CA_NHAN) {
                p.add(ExemplaryField.PERSON, "exemplary.problem.personNotPerson", m.kind().label());
            }
            if (m.unitId() != null && (m.kind() == ModelKind.CA_NHAN || m.kind() == ModelKind.HO_GIA_DINH)) {
                p.add(ExemplaryField.UNIT, "exemplary.problem.unitNotCollective", m.kind().label());
            }
            if (m.gender() != null && m.kind() != ModelKind.CA_NHAN) {
                p.add(ExemplaryField.GENDER, "exemplary.problem.genderNotPerson", m.kind().label());
            }
        }
        if (m.gender() != null && !m.gender().equals("Nam") && !m.gender().equals("Nữ")) {
            p.add(ExemplaryField.GENDER, "exemplary.problem.badGender", m.gender());
        }
        p.requirePresent(m.stage(), ExemplaryField.STAGE, "exemplary.problem.noStage");
        return p;
    }

    /**
     * A move from the current stage (entered on {@code since}, may be null) to {@code target} on {@code on}: forward
     * one stage at a time; back to an earlier stage only with a reason; never dated before the last change nor after
     * today.
     */
    public static ProblemCollector checkMove(Stage current, LocalDate since, Stage target, LocalDate on, String note,
                                             LocalDate today) {
        ProblemCollector p = new ProblemCollector();
        if (p.requirePresent(target, ExemplaryField.STAGE, "exemplary.problem.noTarget")) {
            if (target == current) {
                p.add(ExemplaryField.STAGE, "exemplary.problem.sameStage", current.label());
            } else if (current.isBefore(target) && target != current.next()) {
                p.add(ExemplaryField.STAGE, "exemplary.problem.skipForward", current.label(), target.label(),
                        current.next().label());
            } else if (target.isBefore(current) && ProblemCollector.blankToNull(note) == null) {
                p.add(ExemplaryField.NOTE, "exemplary.problem.backNeedsReason", current.label(), target.label());
            }
        }
        if (p.requirePresent(on, ExemplaryField.STAGE_DATE, "exemplary.problem.noStageDate")) {
            if (since != null && on.isBefore(since)) {
                p.add(ExemplaryField.STAGE_DATE, "exemplary.problem.beforeLastStage", vn.tdkt.common.domain.VnFormat.date(since));
            }
            if (today != null && on.isAfter(today)) {
                p.add(ExemplaryField.STAGE_DATE, "exemplary.problem.stageInFuture");
            }
        }
        return p;
    }

    /** A recognition: the year, the decision's number and date; the decision not before the year it recognises. */
    public static ProblemCollector check(Recognition r) {
        ProblemCollector p = new ProblemCollector();
        boolean year = p.require(r.year() >= 1945 && r.year() <= 2200, ExemplaryField.YEAR, "exemplary.problem.badYear",
                String.valueOf(r.year()));
        p.requireText(r.decisionNo(), ExemplaryField.DECISION_NO, "exemplary.problem.noDecisionNo");
        if (p.requirePresent(r.decisionDate(), ExemplaryField.DECISION_DATE, "exemplary.problem.noDecisionDate") && year
                && r.decisionDate().getYear() < r.year()) {
            p.add(ExemplaryField.DECISION_DATE, "exemplary.problem.decisionBeforeYear",
                    vn.tdkt.common.domain.VnFormat.date(r.decisionDate()), String.valueOf(r.year()));
        }
        return p;
    }
}
