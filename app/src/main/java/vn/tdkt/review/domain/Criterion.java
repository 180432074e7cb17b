package vn.tdkt.review.domain;

import java.util.Locale;
import vn.tdkt.common.domain.Msg;

/**
 * One criterion of a title, checked against the history. Its words are bundle texts ({@code review.rule.*},
 * {@code review.reason.*}): {@link Msg#in(Locale)} in the reader's language, {@link Msg#vi()} for documents and the log.
 *
 * @param role      how it counts in the verdict
 * @param text      the criterion, in the law's words
 * @param met       whether the history meets it (for HOLD: true = nothing holds the review)
 * @param evidence  the years, ratings and decisions behind the finding
 * @param legalRef  where the criterion comes from (the citation of a Vietnamese text, the same in every language)
 * @param shortfall what is missing, phrased "cần …" (null when met)
 */
public record Criterion(Role role, Msg text, boolean met, Msg evidence, String legalRef, Msg shortfall) {

    /**
     * REQUIRED must be met; at least one ONE_OF must be met when there are any; an unmet HOLD holds the review; a
     * JUDGEMENT is a route the data cannot decide (the council judges it): never met, it makes the verdict
     * {@link Verdict#NOT_ASSESSED} when nothing else decides (issue #8: the engine says so rather than guess).
     */
    public enum Role {
        REQUIRED, ONE_OF, HOLD, JUDGEMENT
    }

    public static Criterion required(Msg text, boolean met, Msg evidence, String legalRef, Msg shortfall) {
        return new Criterion(Role.REQUIRED, text, met, evidence, legalRef, met ? null : shortfall);
    }

    public static Criterion oneOf(Msg text, boolean met, Msg evidence, String legalRef, Msg shortfall) {
        return new Criterion(Role.ONE_OF, text, met, evidence, legalRef, met ? null : shortfall);
    }

    public static Criterion hold(Msg text, boolean clear, Msg evidence, String legalRef, Msg shortfall) {
        return new Criterion(Role.HOLD, text, clear, evidence, legalRef, clear ? null : shortfall);
    }

    /**
     * A route the engine cannot assess from the data: {@code text} the criterion in the law's words, {@code evidence}
     * what the data shows and why it cannot decide, {@code shortfall} what the council has to judge.
     */
    public static Criterion judgement(Msg text, Msg evidence, String legalRef, Msg shortfall) {
        return new Criterion(Role.JUDGEMENT, text, false, evidence, legalRef, shortfall);
    }

    /** The same criterion with another role (a chain that is one of two routes). */
    Criterion as(Role other) {
        return new Criterion(other, text, met, evidence, legalRef, shortfall);
    }

    /** "Đạt" / "Không đạt" / "Tạm hoãn" as shown next to the criterion. */
    public Msg statusText() {
        if (met) {
            return Msg.of("review.reason.status.met");
        }
        if (role == Role.JUDGEMENT) {
            return Msg.of("review.reason.status.judgement");
        }
        return Msg.of(role == Role.HOLD ? "review.reason.status.held" : "review.reason.status.unmet");
    }

    /** The status in Vietnamese. */
    public String status() {
        return statusText().vi();
    }

    /** One line: "[Đạt] text — evidence (legal ref)". */
    public Msg line() {
        return Msg.of("review.reason.describe", statusText(), text, evidence, legalRef);
    }

    /** {@link #line()} in Vietnamese. */
    public String describe() {
        return line().vi();
    }

    /** {@link #line()} in a language. */
    public String describe(Locale locale) {
        return line().in(locale);
    }
}
