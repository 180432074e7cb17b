package vn.tdkt.movement.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.common.domain.ProblemCollector;

/** The rules of a covenant and of its scores, every problem at once. */
public final class BlocRules {

    private BlocRules() {
    }

    /**
     * A covenant: a year between 2000 and 2100, signers that are members of the bloc (no unit twice), criteria with a
     * name and điểm chuẩn above zero, names not repeated.
     *
     * @param members the units of the bloc
     */
    public static ProblemCollector check(Covenant c, Set<Long> members, java.util.function.Function<Long, String> unitName) {
        ProblemCollector p = new ProblemCollector();
        p.require(c.year() >= 2000 && c.year() <= 2100, BlocField.YEAR, "bloc.problem.year", String.valueOf(c.year()));
        Set<Long> seen = new HashSet<>();
        for (Covenant.CovenantSigner s : c.signers()) {
            if (!members.contains(s.unitId())) {
                p.add(BlocField.SIGNERS, "bloc.problem.notMember", unitName.apply(s.unitId()));
            }
            if (!seen.add(s.unitId())) {
                p.add(BlocField.SIGNERS, "bloc.problem.signerTwice", unitName.apply(s.unitId()));
            }
        }
        Set<String> names = new HashSet<>();
        for (BlocCriterion k : c.criteria()) {
            String line = String.valueOf(k.lineNo());
            if (p.requireText(k.name(), BlocField.CRITERION_NAME, "bloc.problem.criterionName", line)) {
                p.require(names.add(vn.tdkt.common.domain.VietnameseText.fold(k.name())), BlocField.CRITERION_NAME,
                        "bloc.problem.criterionTwice", k.name());
            }
            p.require(k.maxPoints() != null && k.maxPoints().signum() > 0, BlocField.CRITERION_MAX, "bloc.problem.criterionMax",
                    line);
        }
        return p;
    }

    /** Scores: each of a signing unit, on a criterion of the covenant, between 0 and its điểm chuẩn, given once. */
    public static ProblemCollector checkScores(Covenant c, List<BlocScore> scores, java.util.function.Function<Long, String> unitName) {
        ProblemCollector p = new ProblemCollector();
        Set<String> seen = new HashSet<>();
        for (BlocScore s : scores) {
            BlocCriterion k = c.criteria().stream().filter(x -> x.lineNo() == s.lineNo()).findFirst().orElse(null);
            if (!c.signedBy(s.unitId())) {
                p.add(BlocField.UNIT, "bloc.problem.notSigner", unitName.apply(s.unitId()));
            }
            if (k == null) {
                p.add(BlocField.POINTS, "bloc.problem.noCriterion", String.valueOf(s.lineNo()));
                continue;
            }
            if (!seen.add(s.unitId() + "|" + s.lineNo())) {
                p.add(BlocField.POINTS, "bloc.problem.scoreTwice", unitName.apply(s.unitId()), k.name());
            }
            BigDecimal v = s.points();
            if (v == null || v.signum() < 0 || v.compareTo(k.maxPoints()) > 0) {
                p.add(BlocField.POINTS, "bloc.problem.points", unitName.apply(s.unitId()), k.name(),
                        v == null ? "" : v.stripTrailingZeros().toPlainString(), k.maxPoints().stripTrailingZeros().toPlainString());
            }
        }
        return p;
    }
}
