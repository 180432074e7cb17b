package vn.tdkt.record.domain;

import java.time.LocalDate;

/**
 * Kỷ luật: runs from the decision date to effectiveUntil (null = the 12 months of Luật CBCC by default are not
 * assumed; the period is what the decision says).
 */
public record Discipline(long id, long personId, DisciplineForm form, String decisionNo, LocalDate decisionDate,
                         LocalDate effectiveUntil) {

    /** True when the discipline is in force on the given day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(decisionDate) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    /** True when the discipline is in force at some point of the calendar year. */
    public boolean inForceDuring(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return !decisionDate.isAfter(end) && (effectiveUntil == null || !effectiveUntil.isBefore(start));
    }
}
