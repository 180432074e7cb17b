package vn.tdkt.catalog.domain;

import java.time.LocalDate;

/** Mức lương cơ sở in force from..to (to null = open). */
public record BaseSalary(long amount, LocalDate validFrom, LocalDate validTo, String legalRef) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
