package vn.tdkt.regime.domain;

import java.time.LocalDate;

/** A yearly submission date made concrete for one achievement year (awardCode null: not tied to one award). */
public record Milestone(String code, String name, String awardCode, LocalDate date, String legalRef) {
}
