package vn.tdkt.review.domain;

/**
 * One line of the review sheet: an assessment with the unit it is counted in (the person's unit, or the unit
 * itself for a collective), the unit name shown (the person's unit; a collective's parent), and the clerk's
 * proposal of that (subject, title), null when not proposed; the title the subject registered for the year (its
 * name, null when none: registered vs achieved).
 */
public record ReviewLine(Assessment assessment, long unitId, String unitName, Proposal proposal, String registered) {

    /** A line without registration data. */
    public ReviewLine(Assessment assessment, long unitId, String unitName, Proposal proposal) {
        this(assessment, unitId, unitName, proposal, null);
    }
}
