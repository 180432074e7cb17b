package vn.tdkt.regime.domain;

import java.time.LocalDate;

/**
 * A yearly submission date made concrete for one achievement year (awardCode null: not tied to one award): {@code date}
 * is the day that counts, {@code scheduled} the day the row names (a day off when they differ, BLDS 2015 Điều 148
 * khoản 5).
 */
public record Milestone(String code, String name, String awardCode, LocalDate date, String legalRef, LocalDate scheduled) {

    /** A date that fell on a working day. */
    public Milestone(String code, String name, String awardCode, LocalDate date, String legalRef) {
        this(code, name, awardCode, date, legalRef, date);
    }

    /**
     * The legal reference as the clerk reads it: without the research notes in square brackets ("[V2]", "[B]",
     * "[chưa kiểm chứng …]"), which are for whoever checks the rules against the texts (the parameters screen, the log).
     */
    public String citation() {
        return forClerk(legalRef);
    }

    /** A reference without its square-bracketed verification notes (README decision 190). */
    public static String forClerk(String ref) {
        return ref == null ? null : ref.replaceAll("\\s*\\[[^\\]]*\\]", "").trim();
    }

    /** The day the row names was a day off: {@link #date} is the next working day. */
    public boolean moved() {
        return !date.equals(scheduled);
    }
}
