package vn.tdkt.decision.domain;

import vn.tdkt.catalog.domain.Recipient;

/**
 * One line of the list to be decided: exactly one of a person, a unit or a household (name and address).
 *
 * @param goldBookNo     số sổ vàng, or null to take the line's position (1..n)
 * @param overrideReason why the line is kept although the review found the subject not eligible, or null
 */
public record RecipientDraft(Long personId, Long unitId, String householdName, String householdAddress, String kindCode,
                             Integer goldBookNo, String overrideReason) {

    public RecipientDraft {
        overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
    }

    /** A line with no override. */
    public RecipientDraft(Long personId, Long unitId, String householdName, String householdAddress, String kindCode,
                          Integer goldBookNo) {
        this(personId, unitId, householdName, householdAddress, kindCode, goldBookNo, null);
    }

    public static RecipientDraft person(long personId, String kindCode) {
        return new RecipientDraft(personId, null, null, null, kindCode, null);
    }

    public static RecipientDraft unit(long unitId, String kindCode) {
        return new RecipientDraft(null, unitId, null, null, kindCode, null);
    }

    public static RecipientDraft household(String name, String address, String kindCode) {
        return new RecipientDraft(null, null, name, address, kindCode, null);
    }

    public RecipientDraft withGoldBookNo(int number) {
        return new RecipientDraft(personId, unitId, householdName, householdAddress, kindCode, number, overrideReason);
    }

    /** The same line kept with the clerk's reason although the review found it not eligible. */
    public RecipientDraft withOverride(String reason) {
        return new RecipientDraft(personId, unitId, householdName, householdAddress, kindCode, goldBookNo, reason);
    }

    /** The kind of recipient, or null when the line names none or more than one subject. */
    public Recipient type() {
        boolean household = householdName != null && !householdName.isBlank();
        int count = (personId != null ? 1 : 0) + (unitId != null ? 1 : 0) + (household ? 1 : 0);
        if (count != 1) {
            return null;
        }
        return personId != null ? Recipient.CA_NHAN : unitId != null ? Recipient.TAP_THE : Recipient.HO_GIA_DINH;
    }
}
