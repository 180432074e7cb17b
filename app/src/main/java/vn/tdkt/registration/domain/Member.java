package vn.tdkt.registration.domain;

import java.time.LocalDate;

/**
 * A person working in a unit during a year (their time at that unit, {@code vn.tdkt.people.domain.UnitPeriod}).
 *
 * @param from null = not known
 * @param to   null = still there
 */
public record Member(long personId, String code, String fullName, String position, long unitId, LocalDate from,
                     LocalDate to) {

    /** Left the unit (transfer or end of work) before the day: not expected to register there. */
    public boolean leftBefore(LocalDate day) {
        return to != null && to.isBefore(day);
    }
}
