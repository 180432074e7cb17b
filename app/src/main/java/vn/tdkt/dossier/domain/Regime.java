package vn.tdkt.dossier.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The decree regime a dossier is handled under, in force from..to (to null = open). */
public record Regime(String code, String name, LocalDate validFrom, LocalDate validTo, String legalRef) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The regime in force on a day: dossiers keep the regime of the day they were opened. */
    public static Optional<Regime> on(List<Regime> regimes, LocalDate day) {
        return regimes.stream().filter(r -> r.validOn(day)).findFirst();
    }
}
