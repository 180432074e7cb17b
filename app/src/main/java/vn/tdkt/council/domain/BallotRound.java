package vn.tdkt.council.domain;

import java.util.List;

/**
 * One recorded round of one title as stored: the counts, the threshold copied when it was recorded, the quota and
 * the votes per candidate.
 *
 * @param threshold the threshold in force when the round was recorded (its validity dates are not kept: null)
 */
public record BallotRound(long meetingId, String titleCode, int round, BallotCounts counts, VoteThreshold threshold,
                          Integer quota, List<VoteCount> votes) {

    public BallotRound {
        votes = List.copyOf(votes);
    }
}
