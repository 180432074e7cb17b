package vn.tdkt.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The result for one (subject, title): the verdict and every criterion behind it. Immutable. */
public record Assessment(SubjectRef subject, Title title, Verdict verdict, List<Criterion> criteria, String legalRef) {

    public Assessment {
        criteria = List.copyOf(criteria);
    }

    /** Builds the assessment and derives the verdict from the criteria. */
    public static Assessment of(SubjectRef subject, Title title, List<Criterion> criteria, String legalRef) {
        return new Assessment(subject, title, verdictOf(criteria), criteria, legalRef);
    }

    /**
     * Not eligible when a required criterion is unmet or none of the alternatives is met; otherwise held when a
     * hold applies (discipline in force); otherwise eligible.
     */
    static Verdict verdictOf(List<Criterion> criteria) {
        boolean required = true;
        boolean hasOneOf = false;
        boolean oneOf = false;
        boolean clear = true;
        for (Criterion c : criteria) {
            switch (c.role()) {
                case REQUIRED -> required &= c.met();
                case ONE_OF -> {
                    hasOneOf = true;
                    oneOf |= c.met();
                }
                case HOLD -> clear &= c.met();
            }
        }
        if (!required || hasOneOf && !oneOf) {
            return Verdict.NOT_ELIGIBLE;
        }
        return clear ? Verdict.ELIGIBLE : Verdict.HELD;
    }

    /** The same assessment with one more criterion, verdict recomputed. */
    public Assessment with(Criterion extra) {
        List<Criterion> all = new ArrayList<>(criteria);
        all.add(extra);
        return of(subject, title, all, legalRef);
    }

    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }

    /** The "Lý do" of the result in one line: what was met, or what is not met, or what holds the review. */
    public String reasons() {
        return switch (verdict) {
            case ELIGIBLE -> (title.proposal() ? "tỉnh đề nghị, cấp trên quyết định; " : "")
                    + criteria.stream().filter(c -> c.met() && c.role() != Criterion.Role.HOLD)
                    .map(c -> c.text() + ": " + c.evidence()).collect(Collectors.joining("; "));
            case HELD -> criteria.stream().filter(c -> c.role() == Criterion.Role.HOLD && !c.met())
                    .map(Criterion::evidence).collect(Collectors.joining("; "));
            case NOT_ELIGIBLE -> {
                List<String> out = new ArrayList<>();
                criteria.stream().filter(c -> c.role() == Criterion.Role.REQUIRED && !c.met())
                        .forEach(c -> out.add(c.text() + ": " + c.evidence()));
                List<Criterion> alternatives = criteria.stream().filter(c -> c.role() == Criterion.Role.ONE_OF).toList();
                if (!alternatives.isEmpty() && alternatives.stream().noneMatch(Criterion::met)) {
                    out.add("không đạt điều kiện nào trong: " + alternatives.stream()
                            .map(c -> c.text() + " (" + c.evidence() + ")").collect(Collectors.joining("; ")));
                }
                yield String.join("; ", out);
            }
        };
    }

    /** What is missing, as noun phrases ("thêm 1 năm CSTĐCS liên tục"); empty when eligible. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (verdict == Verdict.ELIGIBLE) {
            return out;
        }
        criteria.stream().filter(c -> c.role() != Criterion.Role.ONE_OF && !c.met()).forEach(c -> out.add(c.shortfall()));
        List<Criterion> alternatives = criteria.stream().filter(c -> c.role() == Criterion.Role.ONE_OF).toList();
        if (!alternatives.isEmpty() && alternatives.stream().noneMatch(Criterion::met)) {
            out.add(alternatives.stream().map(Criterion::shortfall).collect(Collectors.joining(" hoặc ")));
        }
        return out;
    }
}
