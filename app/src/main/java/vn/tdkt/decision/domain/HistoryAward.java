package vn.tdkt.decision.domain;

/**
 * An award history row (as imported, or written by a decision) seen by the lists and statistics.
 *
 * @param revocationId the revocation that cancelled it, or null
 */
public record HistoryAward(long awardId, AwardFact fact, PrintedSubject printed, String authority, Long revocationId) {
}
