package vn.tdkt.record.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;

/**
 * The checks of a history line that need no database, shared by the forms, {@code RecordService} and the workbook
 * import, so a form refuses what the import refuses: years from 1945 to this year (an award, a rating or an initiative
 * of a year still to come is a typing mistake), decision dates from 1945 to today, a period in order, an end of
 * effect after the decision. Each problem names its {@link RecordField}.
 */
public final class RecordRules {

    /** The first year of the history the office keeps (the import's lower bound). */
    public static final int FIRST_YEAR = 1945;

    private RecordRules() {
    }

    public static List<Problem> rating(int year, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        year(out, RecordField.YEAR, year, today);
        return out;
    }

    public static List<Problem> discipline(LocalDate decisionDate, LocalDate until, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        date(out, RecordField.DECISION_DATE, decisionDate, today);
        if (decisionDate != null && until != null && until.isBefore(decisionDate)) {
            out.add(Problem.of(RecordField.EFFECTIVE_UNTIL, Msg.of("record.problem.untilBeforeDecision")));
        }
        return out;
    }

    public static List<Problem> initiative(Integer year, LocalDate decisionDate, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (year != null) {
            year(out, RecordField.YEAR, year, today);
        }
        date(out, RecordField.DECISION_DATE, decisionDate, today);
        return out;
    }

    /** An award for the years {@code from}–{@code to} (one year: from = to) decided on {@code decisionDate}. */
    public static List<Problem> award(Integer from, Integer to, LocalDate decisionDate, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        boolean fromOk = from == null || year(out, RecordField.YEAR_FROM, from, today);
        boolean toOk = to == null || to.equals(from) || year(out, RecordField.YEAR_TO, to, today);
        if (fromOk && toOk && from != null && to != null && from > to) {
            out.add(Problem.of(RecordField.YEAR_FROM, Msg.of("record.problem.yearsReversed")));
        }
        date(out, RecordField.DECISION_DATE, decisionDate, today);
        return out;
    }

    private static boolean year(List<Problem> out, RecordField field, int year, LocalDate today) {
        if (year < FIRST_YEAR) {
            out.add(Problem.of(field, Msg.of("window.rule.yearTooEarly", String.valueOf(year), String.valueOf(FIRST_YEAR))));
            return false;
        }
        if (year > today.getYear()) {
            out.add(Problem.of(field, Msg.of("window.rule.yearFuture", String.valueOf(year), String.valueOf(today.getYear()))));
            return false;
        }
        return true;
    }

    private static void date(List<Problem> out, RecordField field, LocalDate date, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.getYear() < FIRST_YEAR) {
            out.add(Problem.of(field, Msg.of("window.rule.dateTooEarly", date, String.valueOf(FIRST_YEAR))));
        } else if (date.isAfter(today)) {
            out.add(Problem.of(field, Msg.of("window.rule.dateFuture", date, today)));
        }
    }
}
