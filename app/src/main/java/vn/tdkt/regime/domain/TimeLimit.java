package vn.tdkt.regime.domain;

import java.time.LocalDate;

/**
 * A dated row of legal_time_limit: either a processing limit ({@code amount} {@code unit}, kind THOI_HAN) or a yearly
 * submission date ({@code day}/{@code month} of the achievement year + {@code yearOffset}, kind HAN_NOP_HANG_NAM).
 */
public record TimeLimit(String code, String name, Kind kind, String awardCode, Integer amount, DayUnit unit,
                        Integer month, Integer day, Integer yearOffset, LocalDate validFrom, LocalDate validTo,
                        String legalRef) {

    public enum Kind {
        THOI_HAN, HAN_NOP_HANG_NAM
    }

    public boolean validOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }
}
