package vn.tdkt.record.domain;

import java.time.LocalDate;

/** A recognised initiative or research work of a person. */
public record Initiative(long id, long personId, InitiativeKind kind, String title, InitiativeScope scope, int year,
                         String decisionNo, LocalDate decisionDate) {
}
