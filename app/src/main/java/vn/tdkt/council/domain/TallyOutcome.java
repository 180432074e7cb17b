package vn.tdkt.council.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Msg;

/**
 * The result of one candidate.
 *
 * @param round   the round whose votes decided it
 * @param against the disagreeing votes when the counting board wrote them (#13), else null
 * @param percent votes of the total number of members, in per cent with 2 decimals (display only; passing is
 *                decided on exact integers)
 * @param reached the votes reach the threshold of the title
 * @param rank    standard competition rank within the title by votes ("1, 2, 2, 4")
 * @param notes   Ghi chú, part by part: the round when it is not the first, the quota situation, the threshold used,
 *                the preference at a tie
 */
public record TallyOutcome(long candidateId, int round, int votes, Integer against, BigDecimal percent, boolean reached,
                           int rank, Selection selection, List<Msg> notes) {

    public TallyOutcome {
        notes = List.copyOf(notes);
    }

    /** Ghi chú in Vietnamese, as the tally workbook and the meeting's documents print it. */
    public String note() {
        return notes.stream().map(Msg::vi).collect(Collectors.joining("; "));
    }

    /** Ghi chú in the reader's language (the window). */
    public Localizable noteText() {
        return locale -> notes.stream().map(m -> m.in(locale)).collect(Collectors.joining("; "));
    }

    /** "Đạt" / "Không đạt" against the threshold of the title. */
    public String result() {
        return reached ? "Đạt" : "Không đạt";
    }

    /** {@link #result()} in the user's language. */
    public Msg resultText() {
        return Msg.of(reached ? "council.result.reached" : "council.result.notReached");
    }

    /** Số phiếu không đồng ý: as written when given, else every other valid ballot of the round ({@code valid}). */
    public int againstOr(int valid) {
        return against != null ? against : valid - votes;
    }

    TallyOutcome withNote(Msg more) {
        List<Msg> all = new ArrayList<>(notes);
        all.add(more);
        return new TallyOutcome(candidateId, round, votes, against, percent, reached, rank, selection, all);
    }

    TallyOutcome withRank(int newRank) {
        return new TallyOutcome(candidateId, round, votes, against, percent, reached, newRank, selection, notes);
    }
}
