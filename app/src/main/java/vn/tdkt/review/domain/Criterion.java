package vn.tdkt.review.domain;

/**
 * One criterion of a title, checked against the history.
 *
 * @param role      how it counts in the verdict
 * @param text      the criterion, in the law's words
 * @param met       whether the history meets it (for HOLD: true = nothing holds the review)
 * @param evidence  the years, ratings and decisions behind the finding
 * @param legalRef  where the criterion comes from
 * @param shortfall what is missing, phrased "cần …" (null when met)
 */
public record Criterion(Role role, String text, boolean met, String evidence, String legalRef, String shortfall) {

    /** REQUIRED must be met; at least one ONE_OF must be met when there are any; an unmet HOLD holds the review. */
    public enum Role {
        REQUIRED, ONE_OF, HOLD
    }

    public static Criterion required(String text, boolean met, String evidence, String legalRef, String shortfall) {
        return new Criterion(Role.REQUIRED, text, met, evidence, legalRef, met ? null : shortfall);
    }

    public static Criterion oneOf(String text, boolean met, String evidence, String legalRef, String shortfall) {
        return new Criterion(Role.ONE_OF, text, met, evidence, legalRef, met ? null : shortfall);
    }

    public static Criterion hold(String text, boolean clear, String evidence, String legalRef, String shortfall) {
        return new Criterion(Role.HOLD, text, clear, evidence, legalRef, clear ? null : shortfall);
    }

    /** "Đạt" / "Không đạt" / "Tạm hoãn" as shown next to the criterion. */
    public String status() {
        if (met) {
            return "Đạt";
        }
        return role == Role.HOLD ? "Tạm hoãn" : "Không đạt";
    }

    /** One line: "[Đạt] text — evidence (legal ref)". */
    public String describe() {
        return "[" + status() + "] " + text + " — " + evidence + " (" + legalRef + ")";
    }
}
