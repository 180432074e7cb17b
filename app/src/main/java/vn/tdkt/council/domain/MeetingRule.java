package vn.tdkt.council.domain;

import java.time.LocalDate;

/**
 * Quorum (share of the total members who must be present) and the maximum number of ballot rounds for a kind of
 * session, in force from validFrom to validTo.
 */
public record MeetingRule(SessionKind kind, Share quorum, int maxRounds, LocalDate validFrom, LocalDate validTo,
                          String legalRef) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
