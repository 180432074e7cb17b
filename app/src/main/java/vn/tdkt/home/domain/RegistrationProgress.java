package vn.tdkt.home.domain;

import java.math.BigDecimal;

/**
 * The start screen's registration item: the year's coverage while it is below 100 % (people and collectives).
 *
 * @param percent the people's share, two decimals
 */
public record RegistrationProgress(int year, int registered, int members, BigDecimal percent, int unitsRegistered,
                                   int units) {
}
