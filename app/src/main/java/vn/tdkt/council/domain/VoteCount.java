package vn.tdkt.council.domain;

/**
 * Agreeing votes (số phiếu đồng ý) counted for one candidate in one round, and the disagreeing ones (số phiếu không
 * đồng ý) when the counting board wrote them (#13); null when not given, the Biên bản then counts every other valid
 * ballot as disagreeing.
 */
public record VoteCount(long candidateId, int votes, Integer against) {

    /** Agreeing votes only (the window's form, a tally workbook of the old layout). */
    public VoteCount(long candidateId, int votes) {
        this(candidateId, votes, null);
    }
}
