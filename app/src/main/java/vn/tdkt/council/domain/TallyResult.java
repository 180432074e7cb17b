package vn.tdkt.council.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tally of one title: the counts of its latest round, the threshold and quota applied, one outcome per
 * candidate in the order given. After a further round the outcomes of the re-voted candidates are those of the
 * new round.
 *
 * @param round the latest round taken into account
 * @param quota chỉ tiêu, null when none
 */
public record TallyResult(String titleCode, int round, BallotCounts counts, VoteThreshold threshold, Integer quota,
                          List<TallyOutcome> outcomes) {

    public TallyResult {
        outcomes = List.copyOf(outcomes);
    }

    public Optional<TallyOutcome> outcome(long candidateId) {
        return outcomes.stream().filter(o -> o.candidateId() == candidateId).findFirst();
    }

    /** Outcomes by rank, then in the order given. */
    public List<TallyOutcome> ranked() {
        return outcomes.stream().sorted(Comparator.comparingInt(TallyOutcome::rank)).toList();
    }

    public List<TallyOutcome> with(Selection selection) {
        return outcomes.stream().filter(o -> o.selection() == selection).toList();
    }

    /** True when candidates are tied at the quota cut: the chair decides, or a further round is held. */
    public boolean undecided() {
        return !with(Selection.TIED_AT_CUT).isEmpty();
    }
}
