package vn.tdkt.decision.domain;

import java.util.List;

/** A recorded quyết định khen thưởng with its list, in list order. */
public record Decision(long id, DecisionInfo info, List<DecisionRecipient> recipients) {

    public Decision {
        recipients = List.copyOf(recipients);
    }

    /** Total bonus money as decided (revocations made later do not change the decision). */
    public long total() {
        return recipients.stream().mapToLong(r -> r.payment().amount()).sum();
    }
}
