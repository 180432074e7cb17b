package vn.tdkt.people.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's time at one unit: an earlier assignment, or the current one. The one meaning of "works in unit U during
 * a period" for the review (unit members) and the registrations (who is on a unit's sheet, who is missing).
 * The current assignment runs from the person's start date, or the day after the last earlier assignment ended,
 * whichever is later, to the person's end date.
 *
 * @param from null = not known (counts as from the beginning)
 * @param to   null = still there
 */
public record UnitPeriod(long unitId, LocalDate from, LocalDate to) {

    /** Every period of a person: the earlier assignments in their order, then the current one. */
    public static List<UnitPeriod> of(Person p, List<Assignment> earlier) {
        List<UnitPeriod> out = new ArrayList<>(earlier.size() + 1);
        LocalDate currentFrom = p.startDate();
        for (Assignment a : earlier) {
            out.add(new UnitPeriod(a.unitId(), a.startDate(), a.endDate()));
            if (a.endDate() != null && (currentFrom == null || !a.endDate().isBefore(currentFrom))) {
                currentFrom = a.endDate().plusDays(1);
            }
        }
        out.add(new UnitPeriod(p.unitId(), currentFrom, p.endDate()));
        return out;
    }

    /** True when some day of the period lies in [first, last]. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return (from == null || !from.isAfter(last)) && (to == null || !to.isBefore(first));
    }
}
