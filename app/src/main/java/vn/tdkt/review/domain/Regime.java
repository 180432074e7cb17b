package vn.tdkt.review.domain;

import java.time.LocalDate;

/**
 * A legal regime of the review (luật + nghị định + thông tư in force), chosen by the review date.
 *
 * @param validTo last day (inclusive), null while still in force
 */
public record Regime(String code, String name, String legalRefs, LocalDate validFrom, LocalDate validTo) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
