package vn.tdkt.council.domain;

import java.util.List;

/**
 * One recorded round of one title as stored: the counts, the threshold in force when it was recorded (a copy, so
 * later changes of the rules never alter it), the quota and the votes per candidate.
 */
public record BallotRound(long meetingId, String titleCode, int round, BallotCounts counts, VoteThreshold threshold,
                          Integer quota, List<VoteCount> votes) {

    public BallotRound {
        votes = List.copyOf(votes);
    }
}
