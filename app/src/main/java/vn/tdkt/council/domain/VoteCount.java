package vn.tdkt.council.domain;

/** Agreeing votes (số phiếu đồng ý) counted for one candidate in one round. */
public record VoteCount(long candidateId, int votes) {
}
