package vn.tdkt.council.domain;

import java.time.LocalDate;

/**
 * A member per the establishing decision, with the term during which he or she counts in the total.
 *
 * @param id       0 for a member not saved yet
 * @param termTo   null while the term is open
 * @param personId the Cán bộ this member is, or null for a member from outside the office (name typed)
 */
public record CouncilMember(long id, long councilId, String fullName, String position, MemberRole role,
                            LocalDate termFrom, LocalDate termTo, Long personId) {

    /** A member typed by name (not one of the Cán bộ). */
    public CouncilMember(long id, long councilId, String fullName, String position, MemberRole role,
                         LocalDate termFrom, LocalDate termTo) {
        this(id, councilId, fullName, position, role, termFrom, termTo, null);
    }

    /** True when the member belongs to the council on that day (both ends included). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(termFrom) && (termTo == null || !day.isAfter(termTo));
    }

    /** True when both terms share at least one day. */
    public boolean overlaps(CouncilMember other) {
        return (termTo == null || !termTo.isBefore(other.termFrom))
                && (other.termTo == null || !other.termTo.isBefore(termFrom));
    }
}
