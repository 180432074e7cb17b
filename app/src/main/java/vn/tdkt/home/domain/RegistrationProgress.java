package vn.tdkt.home.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The start screen's registration item: the year's coverage while it is below 100 % (people and collectives).
 *
 * @param percent  the people's share, two decimals
 * @param deadline the round's deadline (the milestone chosen on the registrations page), null when none is set
 */
public record RegistrationProgress(int year, int registered, int members, BigDecimal percent, int unitsRegistered,
                                   int units, LocalDate deadline) {
}
