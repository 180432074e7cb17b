package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.Comparator;
import vn.tdkt.common.domain.VietnameseText;

/**
 * The one order of movements wherever they are listed (the movements page, the workbook's sheet Phong trào, the
 * choices of other features): by year, newest first (the year of the period's start, else of the plan's day; a
 * movement with neither comes first, as a draft being written), then by start day (plan day when there is none), then
 * by name in Vietnamese dictionary order ({@link VietnameseText#collationKey}), then by code so that the order is total.
 */
public final class MovementOrder {

    /** The order itself. */
    public static final Comparator<Movement> ORDER = Comparator
            .comparing(MovementOrder::year, Comparator.nullsFirst(Comparator.<Integer>reverseOrder()))
            .thenComparing(MovementOrder::start, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(m -> VietnameseText.collationKey(m.name()))
            .thenComparing(m -> m.code() == null ? "" : m.code());

    private MovementOrder() {
    }

    /** The year a movement is listed under: its start's, else its plan's; null when it has neither. */
    public static Integer year(Movement m) {
        LocalDate d = start(m);
        return d == null ? null : d.getYear();
    }

    private static LocalDate start(Movement m) {
        return m.startDate() != null ? m.startDate() : m.planDate();
    }
}
