package vn.tdkt.council.domain;

import java.time.LocalDate;
import vn.tdkt.common.domain.Msg;

/**
 * The share of agreeing votes a candidate needs, of the TOTAL number of members per the establishing decision
 * (not of those present), in force from validFrom to validTo.
 *
 * @param awardCode the title or form it applies to; null for every award without a rule of its own
 * @param strict    true for "more than" (simple majority), false for "at least"
 */
public record VoteThreshold(String awardCode, Share share, boolean strict, LocalDate validFrom, LocalDate validTo,
                            String legalRef) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean passes(int votes, int totalMembers) {
        return strict ? share.exceededBy(votes, totalMembers) : share.reachedBy(votes, totalMembers);
    }

    /** "Ngưỡng 90 % tổng số thành viên", "Ngưỡng trên 50 % tổng số thành viên". */
    public String label() {
        return text().vi();
    }

    /** {@link #label()} as a bundle text, for the reader's language. */
    public Msg text() {
        return Msg.of(strict ? "council.note.thresholdAbove" : "council.note.threshold", share.text());
    }
}
