package vn.tdkt.registration.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;

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

    /** The content of the milestone the round's deadline is written to when the movement has none yet. */
    public static final String DEADLINE_CONTENT = "Gửi bản đăng ký thi đua";

    /**
     * The rules of a round, shared by the page and the service: a deadline needs a movement (it is one of the
     * movement's milestones) and must fall within the year.
     */
    public static List<Problem> rules(int year, Long movementId, LocalDate deadline) {
        ProblemCollector p = new ProblemCollector();
        if (deadline != null) {
            p.require(movementId != null, RegistrationField.MOVEMENT, "registration.problem.roundMovement");
            p.require(deadline.getYear() == year, RegistrationField.MILESTONE, "registration.problem.deadlineYear",
                    String.valueOf(year));
        }
        return p.problems();
    }
}
