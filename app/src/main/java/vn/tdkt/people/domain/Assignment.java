package vn.tdkt.people.domain;

import java.time.LocalDate;

/** Quá trình công tác: a period at a unit in a position. endDate null = still there. */
public record Assignment(long id, long personId, long unitId, String position, LocalDate startDate, LocalDate endDate) {
}
