package vn.tdkt.movement.domain;

import java.time.LocalDate;

/** A phase of the period: sơ kết (there may be several) or tổng kết (at most one), on a date within the period. */
public record Phase(long id, PhaseKind kind, String name, LocalDate date) {
}
