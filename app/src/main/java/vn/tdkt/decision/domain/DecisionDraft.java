package vn.tdkt.decision.domain;

import java.util.List;

/** A decision as the clerk enters it, before validation and money computation. */
public record DecisionDraft(DecisionInfo info, List<RecipientDraft> recipients) {

    public DecisionDraft {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
