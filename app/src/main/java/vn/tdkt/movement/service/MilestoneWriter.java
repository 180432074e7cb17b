package vn.tdkt.movement.service;

import org.jooq.DSLContext;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.MovementChanges;
import vn.tdkt.movement.domain.MovementField;

/**
 * A milestone checked, then written inside the caller's transaction: {@link MovementService#saveMilestone} runs it in
 * a transaction of its own, and a feature whose use case writes a milestone with records of its own (the exemplary
 * models' list requests) runs it in that use case's one transaction, so a failure after it leaves nothing written.
 */
public final class MilestoneWriter {

    private final MovementRepository repo = new MovementRepository();

    /** The milestone with its texts trimmed, or every problem of it at once (a ValidationException). */
    public Milestone checked(Milestone draft) {
        Milestone m = new Milestone(draft.id(), draft.movementId(), ProblemCollector.blankToNull(draft.content()),
                draft.due(), draft.unitId(), draft.doneDate(), ProblemCollector.blankToNull(draft.doneDocument()));
        ProblemCollector p = new ProblemCollector();
        p.requireText(m.content(), MovementField.MILESTONE_CONTENT, "movement.problem.milestoneContent");
        p.requirePresent(m.due(), MovementField.MILESTONE_DUE, "movement.problem.milestoneDue");
        if (m.doneDate() == null && m.doneDocument() != null) {
            p.add(MovementField.MILESTONE_DONE, "movement.problem.documentWithoutDate");
        }
        p.throwIfAny();
        return m;
    }

    /**
     * Writes a checked milestone in the transaction: refused when its movement is gone, or, given the milestone as it
     * was loaded, when another clerk changed it since (its row locked to the end of the transaction).
     */
    public Milestone write(DSLContext tx, Milestone m, Milestone loaded) {
        repo.find(tx, m.movementId()).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
        if (loaded != null && m.id() != 0 && repo.lockMilestone(tx, m.id())) {
            repo.milestone(tx, m.id()).ifPresent(stored -> MovementChanges.milestone(u -> repo.unitName(tx, u))
                    .require(loaded, stored, Msg.of("edit.record.milestone", stored.content())));
        }
        return repo.saveMilestone(tx, m);
    }
}
