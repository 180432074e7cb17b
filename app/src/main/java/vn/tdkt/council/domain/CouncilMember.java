package vn.tdkt.council.domain;

import java.time.LocalDate;

/**
 * A member per the establishing decision, with the term during which he or she counts in the total.
 *
 * @param id     0 for a member not saved yet
 * @param termTo null while the term is open
 */
public record CouncilMember(long id, long councilId, String fullName, String position, MemberRole role,
                            LocalDate termFrom, LocalDate termTo) {

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
