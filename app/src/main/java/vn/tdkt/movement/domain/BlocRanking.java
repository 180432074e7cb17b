package vn.tdkt.movement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The year-end ranking of a bloc: each signing unit's total points (its points on every criterion summed), highest
 * first; units with the same total share a rank (the next rank skips); the first unit is proposed for the Cờ thi đua,
 * the second for a Bằng khen ({@link BlocProposal}). A unit not scored on every criterion is "incomplete".
 */
public record BlocRanking(Covenant covenant, List<Ranked> rows) {

    public BlocRanking {
        rows = List.copyOf(rows);
    }

    /** A unit's line: rank (1 = first), total, how many criteria it was scored on, the proposal it leads to. */
    public record Ranked(int rank, long unitId, String unitName, BigDecimal total, int scored, BlocProposal proposal) {
    }

    public static BlocRanking of(Covenant covenant, List<BlocScore> scores, Function<Long, String> unitName) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (BlocScore s : scores) {
            totals.merge(s.unitId(), s.points(), BigDecimal::add);
            counts.merge(s.unitId(), 1, Integer::sum);
        }
        List<Long> units = new ArrayList<>(covenant.signers().stream().map(Covenant.CovenantSigner::unitId).toList());
        units.sort(Comparator.comparing((Long u) -> totals.getOrDefault(u, BigDecimal.ZERO)).reversed()
                .thenComparing(u -> String.valueOf(unitName.apply(u))));
        List<Ranked> rows = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < units.size(); i++) {
            long u = units.get(i);
            BigDecimal total = totals.getOrDefault(u, BigDecimal.ZERO);
            if (previous == null || total.compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = total;
            rows.add(new Ranked(rank, u, unitName.apply(u), total, counts.getOrDefault(u, 0), BlocProposal.ofRank(rank)));
        }
        return new BlocRanking(covenant, rows);
    }

    /** The unit that leads the bloc: the only one ranked first. */
    public Optional<Ranked> leader() {
        List<Ranked> first = rows.stream().filter(r -> r.rank() == 1).toList();
        return first.size() == 1 ? Optional.of(first.get(0)) : Optional.empty();
    }

    /**
     * What stops the clerk from confirming: no criteria, no signer, a unit not scored on every criterion, or two
     * units or more sharing the first rank (the bloc decides between them first).
     */
    public List<vn.tdkt.common.domain.Problem> refusals() {
        vn.tdkt.common.domain.ProblemCollector p = new vn.tdkt.common.domain.ProblemCollector();
        p.require(!covenant.criteria().isEmpty(), BlocField.RANKING, "bloc.problem.noCriteria");
        p.require(!rows.isEmpty(), BlocField.SIGNERS, "bloc.problem.noSigners");
        int n = covenant.criteria().size();
        rows.stream().filter(r -> r.scored() < n).forEach(r ->
                p.add(BlocField.POINTS, "bloc.problem.incomplete", r.unitName(), String.valueOf(r.scored()), String.valueOf(n)));
        List<Ranked> first = rows.stream().filter(r -> r.rank() == 1).toList();
        if (first.size() > 1) {
            p.add(BlocField.RANKING, "bloc.problem.tie", String.join(", ", first.stream().map(Ranked::unitName).toList()));
        }
        return p.problems();
    }
}
