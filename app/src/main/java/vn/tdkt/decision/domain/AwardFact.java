package vn.tdkt.decision.domain;

import java.time.LocalDate;
import vn.tdkt.catalog.domain.Recipient;

/**
 * An award as the money rules see it: who (subjectKey, null for a household, which has no history), what, for
 * which achievement period and by which decision.
 *
 * @param subjectKey "P12" for person 12, "U3" for unit 3; see {@link #personKey} and {@link #unitKey}
 */
public record AwardFact(String subjectKey, Recipient recipient, String kindCode, int yearFrom, int yearTo,
                        String decisionNo, LocalDate decisionDate) {

    public static String personKey(long personId) {
        return "P" + personId;
    }

    public static String unitKey(long unitId) {
        return "U" + unitId;
    }

    public boolean samePeriod(AwardFact o) {
        return yearFrom == o.yearFrom && yearTo == o.yearTo;
    }

    /** The same award (one subject gets a kind at most once per decision; a decision is its number and date). */
    public boolean sameAward(AwardFact o) {
        return subjectKey != null && subjectKey.equals(o.subjectKey) && kindCode.equals(o.kindCode)
                && sameDecision(o);
    }

    /** Same decision: same number AND same date (numbers restart every year). */
    public boolean sameDecision(AwardFact o) {
        return decisionNo.equals(o.decisionNo) && decisionDate.equals(o.decisionDate);
    }

    /**
     * Awarded at the same moment ("cùng một thời điểm", NĐ 152/2025 Điều 49 khoản 5): decided on the same day (the
     * same round of decisions). Titles of the same period decided at different moments are each paid.
     */
    public boolean sameMoment(AwardFact o) {
        return decisionDate.equals(o.decisionDate);
    }

    public String period() {
        return yearFrom == yearTo ? Integer.toString(yearFrom) : yearFrom + "-" + yearTo;
    }
}
