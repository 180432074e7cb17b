package vn.tdkt.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tdkt.common.domain.Msg;

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
     * Not eligible when a required criterion is unmet, or when none of the alternatives is met and no alternative is
     * the council's judgement; otherwise held when a hold applies (discipline in force); otherwise not assessed when
     * the only routes left are judgements (the data cannot decide); otherwise eligible.
     */
    static Verdict verdictOf(List<Criterion> criteria) {
        boolean required = true;
        boolean hasOneOf = false;
        boolean oneOf = false;
        boolean clear = true;
        boolean judgement = false;
        for (Criterion c : criteria) {
            switch (c.role()) {
                case REQUIRED -> required &= c.met();
                case ONE_OF -> {
                    hasOneOf = true;
                    oneOf |= c.met();
                }
                case HOLD -> clear &= c.met();
                case JUDGEMENT -> judgement = true;
            }
        }
        boolean decided = oneOf || !hasOneOf && !judgement;
        if (!required || !decided && !judgement) {
            return Verdict.NOT_ELIGIBLE;
        }
        if (!clear) {
            return Verdict.HELD;
        }
        return decided ? Verdict.ELIGIBLE : Verdict.NOT_ASSESSED;
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

    /**
     * The "Lý do" of the result in one text: what was met, or what is not met, or what holds the review. Bundle texts
     * only; the legal references are the clerk's (without research markers).
     */
    public Msg reasonText() {
        return switch (verdict) {
            case ELIGIBLE -> {
                Msg met = Texts.semi(criteria.stream().filter(c -> c.met() && c.role() != Criterion.Role.HOLD)
                        .map(c -> Texts.colon(c.text(), c.evidence())).toList());
                yield title.proposal() ? Msg.of("review.reason.proposal", met) : met;
            }
            case HELD -> Texts.semi(criteria.stream().filter(c -> c.role() == Criterion.Role.HOLD && !c.met())
                    .map(Criterion::evidence).toList());
            case NOT_ASSESSED -> Msg.of("review.reason.notAssessed", Texts.semi(criteria.stream()
                    .filter(c -> c.role() == Criterion.Role.JUDGEMENT).map(c -> Texts.colon(c.text(), c.evidence())).toList()));
            case NOT_ELIGIBLE -> {
                List<Msg> out = new ArrayList<>();
                criteria.stream().filter(c -> c.role() == Criterion.Role.REQUIRED && !c.met())
                        .forEach(c -> out.add(Texts.colon(c.text(), c.evidence())));
                List<Criterion> alternatives = criteria.stream().filter(c -> c.role() == Criterion.Role.ONE_OF).toList();
                if (!alternatives.isEmpty() && alternatives.stream().noneMatch(Criterion::met)) {
                    out.add(Msg.of("review.reason.noneOf", Texts.semi(alternatives.stream()
                            .map(c -> Texts.paren(c.text(), c.evidence())).toList())));
                }
                yield Texts.semi(out);
            }
        };
    }

    /** {@link #reasonText()} in Vietnamese (the exported sheet, documents, the log). */
    public String reasons() {
        return reasonText().vi();
    }

    /** {@link #reasonText()} in a language. */
    public String reasons(Locale locale) {
        return reasonText().in(locale);
    }

    /** What is missing, as noun phrases ("thêm 1 năm CSTĐCS liên tục"); empty when eligible. */
    public List<Msg> missingTexts() {
        List<Msg> out = new ArrayList<>();
        if (verdict == Verdict.ELIGIBLE) {
            return out;
        }
        criteria.stream().filter(c -> c.role() != Criterion.Role.ONE_OF && c.role() != Criterion.Role.JUDGEMENT && !c.met())
                .forEach(c -> out.add(c.shortfall()));
        List<Criterion> alternatives = criteria.stream()
                .filter(c -> c.role() == Criterion.Role.ONE_OF || c.role() == Criterion.Role.JUDGEMENT).toList();
        if (!alternatives.isEmpty() && alternatives.stream().noneMatch(Criterion::met)) {
            out.add(Texts.or(alternatives.stream().map(Criterion::shortfall).toList()));
        }
        return out;
    }

    /** {@link #missingTexts()} in Vietnamese. */
    public List<String> missing() {
        return missingTexts().stream().map(Msg::vi).toList();
    }
}
