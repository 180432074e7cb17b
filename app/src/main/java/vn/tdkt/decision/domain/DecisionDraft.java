package vn.tdkt.decision.domain;

import java.util.List;

/**
 * A decision as the clerk enters it, before validation and money computation.
 *
 * @param movementId the movement the decision belongs to (its {@code movement_id}), or null
 */
public record DecisionDraft(DecisionInfo info, List<RecipientDraft> recipients, Long movementId) {

    public DecisionDraft {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A decision of no movement. */
    public DecisionDraft(DecisionInfo info, List<RecipientDraft> recipients) {
        this(info, recipients, null);
    }
}
