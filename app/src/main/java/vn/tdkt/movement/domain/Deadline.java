package vn.tdkt.movement.domain;

import java.time.LocalDate;

/**
 * A milestone not yet done, on a date: its due date as recorded and the day that counts (the next working day when
 * the recorded one is a day off), whether it is overdue, and the days left (positive) or late (negative).
 */
public record Deadline(MilestoneRow row, LocalDate due, LocalDate effectiveDue, DeadlineStatus status, int days) {

    /** The due date fell on a day off and moved to the next working day. */
    public boolean moved() {
        return !due.equals(effectiveDue);
    }
}
