package vn.tdkt.registration.domain;

import java.time.LocalDate;

/**
 * The registration round of a year: the movement it belongs to (optional) and the milestone of that movement that is
 * its deadline (optional).
 *
 * @param deadline the milestone's due date, or null when no milestone is chosen
 */
public record RegistrationRound(int year, Long movementId, String movementCode, Long milestoneId, LocalDate deadline) {

    /** The day leavers are measured against: the deadline, or 31/12 of the year when there is none. */
    public LocalDate cutoff() {
        return deadline != null ? deadline : LocalDate.of(year, 12, 31);
    }
}
