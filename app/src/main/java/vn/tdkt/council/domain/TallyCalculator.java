package vn.tdkt.council.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.Msg;

/**
 * The secret-ballot tally of one title, shared by the meeting window and the {@code tdkt tally} command.
 * <ul>
 * <li>Percentage and threshold use the TOTAL number of members per the establishing decision, never those present;
 *     the comparison is exact: votes × denominator ≥ numerator × total (12 of 15 reaches 80 %).</li>
 * <li>Rank: standard competition ranking within the title by votes, "1, 2, 2, 4".</li>
 * <li>Quota: candidates reaching the threshold are taken by votes; when equal votes straddle the cut, those above
 *     the tie are selected and the tied ones are flagged {@link Selection#TIED_AT_CUT}; none of them is picked
 *     automatically (the chair decides, or a further round is held among them only).</li>
 * </ul>
 */
public final class TallyCalculator {

    private TallyCalculator() {
    }

    /**
     * Tallies one round. Counts and votes must have passed {@link BallotCounts#check()} and
     * {@link BallotCounts#possible(VoteCount)}.
     *
     * @param quota null when the title has no quota
     */
    public static TallyResult tally(String titleCode, int round, BallotCounts counts, VoteThreshold threshold,
                                    Integer quota, List<VoteCount> votes) {
        if (!counts.check().isEmpty() || votes.stream().anyMatch(v -> !counts.possible(v))) {
            throw new IllegalArgumentException("Số liệu kiểm phiếu chưa được kiểm tra: " + counts);
        }
        if (quota != null && quota < 1) {
            throw new IllegalArgumentException("Chỉ tiêu phải lớn hơn 0: " + quota);
        }
        List<VoteCount> byVotes = votes.stream().sorted(Comparator.comparingInt(VoteCount::votes).reversed()).toList();
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < byVotes.size(); i++) {
            boolean tiedWithPrevious = i > 0 && byVotes.get(i).votes() == byVotes.get(i - 1).votes();
            ranks.put(byVotes.get(i).candidateId(), tiedWithPrevious ? ranks.get(byVotes.get(i - 1).candidateId()) : i + 1);
        }
        List<VoteCount> reached = byVotes.stream().filter(v -> threshold.passes(v.votes(), counts.totalMembers())).toList();
        int selectFrom = Integer.MIN_VALUE;
        int tiedVotes = Integer.MIN_VALUE;
        if (quota == null || reached.size() <= quota) {
            selectFrom = 0;
        } else {
            int cut = reached.get(quota - 1).votes();
            long atOrAbove = reached.stream().filter(v -> v.votes() >= cut).count();
            if (atOrAbove == quota) {
                selectFrom = cut;
            } else {
                selectFrom = cut + 1;
                tiedVotes = cut;
            }
        }
        List<TallyOutcome> out = new ArrayList<>();
        for (VoteCount v : votes) {
            boolean passes = threshold.passes(v.votes(), counts.totalMembers());
            Selection s;
            if (!passes) {
                s = Selection.NOT_REACHED;
            } else if (v.votes() >= selectFrom) {
                s = Selection.SELECTED;
            } else if (v.votes() == tiedVotes) {
                s = Selection.TIED_AT_CUT;
            } else {
                s = Selection.BEYOND_QUOTA;
            }
            out.add(new TallyOutcome(v.candidateId(), round, v.votes(), v.against(),
                    Share.percent(v.votes(), counts.totalMembers()),
                    passes, ranks.get(v.candidateId()), s, note(round, s, threshold)));
        }
        return new TallyResult(titleCode, round, counts, threshold, quota, out);
    }

    /**
     * A further round among the candidates tied at the cut of {@code previous}, for the places the quota still
     * leaves; their new outcomes replace the previous ones, ranked just after those already selected.
     *
     * @param votes exactly one count per tied candidate
     */
    public static TallyResult revote(TallyResult previous, BallotCounts counts, List<VoteCount> votes) {
        Set<Long> tied = previous.with(Selection.TIED_AT_CUT).stream().map(TallyOutcome::candidateId)
                .collect(Collectors.toSet());
        Set<Long> given = votes.stream().map(VoteCount::candidateId).collect(Collectors.toSet());
        if (tied.isEmpty() || !tied.equals(given) || given.size() != votes.size()) {
            throw new IllegalArgumentException("Vòng mới phải gồm đúng các ứng viên đồng hạng tại điểm cắt: " + tied);
        }
        int selected = previous.with(Selection.SELECTED).size();
        TallyResult sub = tally(previous.titleCode(), previous.round() + 1, counts, previous.threshold(),
                previous.quota() - selected, votes);
        List<TallyOutcome> merged = previous.outcomes().stream()
                .map(o -> sub.outcome(o.candidateId()).map(n -> n.withRank(n.rank() + selected)).orElse(o)).toList();
        return new TallyResult(previous.titleCode(), sub.round(), counts, previous.threshold(), previous.quota(), merged);
    }

    private static List<Msg> note(int round, Selection s, VoteThreshold threshold) {
        List<Msg> parts = new ArrayList<>();
        if (round > 1) {
            parts.add(Msg.of("council.note.round", String.valueOf(round)));
        }
        if (s == Selection.BEYOND_QUOTA || s == Selection.TIED_AT_CUT) {
            parts.add(Msg.of(s == Selection.TIED_AT_CUT ? "council.note.TIED_AT_CUT" : "council.note.BEYOND_QUOTA"));
        }
        parts.add(threshold.text());
        return parts;
    }
}
