package vn.tdkt.decision.domain;

import vn.tdkt.catalog.domain.Recipient;

/**
 * A recorded line of a decision. name, position and unitName are as printed on the decision (for a unit: its name
 * and its parent unit; for a household: its name and address).
 *
 * @param awardId        the award history row written for a person or unit, null for a household
 * @param revocationId   the revocation that cancelled this line, or null
 * @param eligibility    what the review found when the line was issued, or null (recorded without the check)
 * @param overrideReason why the line was kept although the review found it not eligible, or null
 */
public record DecisionRecipient(long id, int lineNo, Recipient type, Long personId, Long unitId, String name,
                                String position, String unitName, String kindCode, int goldBookNo, Payment payment,
                                Long awardId, Long revocationId, Eligibility eligibility, String overrideReason) {

    /** A line recorded without the review's check. */
    public DecisionRecipient(long id, int lineNo, Recipient type, Long personId, Long unitId, String name,
                             String position, String unitName, String kindCode, int goldBookNo, Payment payment,
                             Long awardId, Long revocationId) {
        this(id, lineNo, type, personId, unitId, name, position, unitName, kindCode, goldBookNo, payment, awardId,
                revocationId, null, null);
    }

    public boolean revoked() {
        return revocationId != null;
    }

    /** True when the line was kept against the review's verdict. */
    public boolean overridden() {
        return overrideReason != null;
    }
}
