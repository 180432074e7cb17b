package vn.tdkt.council.domain;

import java.math.BigDecimal;
import vn.tdkt.common.domain.Msg;

/**
 * The result of one candidate.
 *
 * @param round   the round whose votes decided it
 * @param percent votes of the total number of members, in per cent with 2 decimals (display only; passing is
 *                decided on exact integers)
 * @param reached the votes reach the threshold of the title
 * @param rank    standard competition rank within the title by votes ("1, 2, 2, 4")
 * @param note    Ghi chú: the round when it is not the first, the quota situation, the threshold used
 */
public record TallyOutcome(long candidateId, int round, int votes, BigDecimal percent, boolean reached, int rank,
                           Selection selection, String note) {

    /** "Đạt" / "Không đạt" against the threshold of the title. */
    public String result() {
        return reached ? "Đạt" : "Không đạt";
    }

    /** {@link #result()} in the user's language. */
    public Msg resultText() {
        return Msg.of(reached ? "council.result.reached" : "council.result.notReached");
    }

    TallyOutcome withNote(String newNote) {
        return new TallyOutcome(candidateId, round, votes, percent, reached, rank, selection, newNote);
    }

    TallyOutcome withRank(int newRank) {
        return new TallyOutcome(candidateId, round, votes, percent, reached, newRank, selection, note);
    }
}
