package vn.tdkt.decision.domain;

import vn.tdkt.catalog.domain.Recipient;

/**
 * A recorded line of a decision. name, position and unitName are as printed on the decision (for a unit: its name
 * and its parent unit; for a household: its name and address).
 *
 * @param awardId      the award history row written for a person or unit, null for a household
 * @param revocationId the revocation that cancelled this line, or null
 */
public record DecisionRecipient(long id, int lineNo, Recipient type, Long personId, Long unitId, String name,
                                String position, String unitName, String kindCode, int goldBookNo, Payment payment,
                                Long awardId, Long revocationId) {

    public boolean revoked() {
        return revocationId != null;
    }
}
