package vn.tdkt.catalog.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Bonus coefficient of a kind for a recipient, valid from..to (to null = open), with its legal reference. */
public record Coefficient(String kindCode, Recipient recipient, BigDecimal value, LocalDate validFrom, LocalDate validTo,
                          String legalRef) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
