package vn.tdkt.people.domain;

import java.time.LocalDate;
import java.util.Objects;

/** How the assignment history (quá trình công tác) follows changes of a person's unit or position. */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /** True when the change is a transfer or a new position, which opens a new assignment. */
    public static boolean opensNewAssignment(Person before, Person after) {
        return before.unitId() != after.unitId() || !Objects.equals(before.position(), after.position());
    }

    /** The open assignment ends the day before the new start date (yesterday when no new start date is given). */
    public static LocalDate closingDate(Person before, Person after, LocalDate today) {
        LocalDate start = after.startDate();
        if (start != null && !Objects.equals(start, before.startDate())) {
            return start.minusDays(1);
        }
        LocalDate yesterday = today.minusDays(1);
        // never end an assignment before it began
        return before.startDate() != null && yesterday.isBefore(before.startDate()) ? before.startDate() : yesterday;
    }

    /** The start of the new assignment: the new start date, or today. */
    public static LocalDate newStart(Person before, Person after, LocalDate today) {
        LocalDate start = after.startDate();
        return start != null && !Objects.equals(start, before.startDate()) ? start : today;
    }
}
