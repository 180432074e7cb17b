package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.regime.domain.WorkingDays;

/**
 * The deadlines on a date: every milestone not done whose due date — moved to the next working day when it is a
 * day off — is on or before the date + N days; {@link DeadlineStatus#QUA_HAN} when it is before the date.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** The day a due date really falls on: itself when a working day, else the next working day. */
    public static LocalDate effective(LocalDate due, WorkingDays calendar) {
        LocalDate d = due;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public static List<Deadline> on(List<MilestoneRow> rows, LocalDate date, int days, WorkingDays calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be ≥ 0: " + days);
        }
        LocalDate until = date.plusDays(days);
        return rows.stream()
                .filter(r -> !r.milestone().done())
                .map(r -> {
                    LocalDate due = r.milestone().due();
                    LocalDate eff = effective(due, calendar);
                    int left = (int) ChronoUnit.DAYS.between(date, eff);
                    return new Deadline(r, due, eff, eff.isBefore(date) ? DeadlineStatus.QUA_HAN : DeadlineStatus.SAP_DEN_HAN, left);
                })
                .filter(d -> !d.effectiveDue().isAfter(until))
                .sorted(Comparator.comparing(Deadline::effectiveDue)
                        .thenComparing(d -> d.row().movementCode())
                        .thenComparing(d -> d.row().milestone().content())
                        .thenComparing(d -> d.row().unitCode() == null ? "" : d.row().unitCode()))
                .toList();
    }
}
