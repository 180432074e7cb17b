package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A công văn đôn đốc (seed 002's kind) as computed from the overdue list: the movement, the day, the milestones
 * overdue on that day with the units that have not done them, the units it is addressed to (Kính gửi) and the day
 * they are asked to report by.
 */
public record Reminder(MovementDetails movement, LocalDate day, LocalDate replyBy, List<Line> lines, List<String> addressees) {

    public Reminder {
        lines = List.copyOf(lines);
        addressees = List.copyOf(addressees);
    }

    /**
     * An overdue milestone and who has not done it: the unit it names, or every unit taking part ({@code all}) except
     * those that recorded it done on a milestone of their own with the same content ({@code except}).
     */
    public record Line(Deadline deadline, List<String> units, boolean all, List<String> except) {
        public Line {
            units = List.copyOf(units);
            except = List.copyOf(except);
        }
    }
}
