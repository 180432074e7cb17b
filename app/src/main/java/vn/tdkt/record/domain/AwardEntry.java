package vn.tdkt.record.domain;

import java.time.LocalDate;

/**
 * One line of the award register: who (a person with their current unit, or a unit), what, for which years, by
 * which decision.
 *
 * @param personId   the person, null for a collective's award
 * @param personName the person's name, null for a collective's award
 * @param unitName   the collective, or the person's current unit
 */
public record AwardEntry(long id, Long personId, String personName, String unitName, String kindName, String period,
                         String decisionNo, LocalDate decisionDate, String authority) {
}
