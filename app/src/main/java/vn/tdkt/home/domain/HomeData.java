package vn.tdkt.home.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the start screen shows, read in one call: what is overdue and due soon, movements by status, decisions
 * and money of the year, awards by unit and year (the bar chart) and by title (the pie).
 *
 * @param movementsByStatus label of each status → number of movements, in status order
 * @param titles            title name → awards of the chart's years, largest first
 * @param registrations     the year's registration coverage while it is below 100 %, else null
 */
public record HomeData(LocalDate today, int days, List<DueItem> due, Map<String, Integer> movementsByStatus,
                       int decisions, long money, int recipients, List<UnitYearCount> awardsByUnitYear,
                       Map<String, Integer> titles, RegistrationProgress registrations) {

    /** Without the registration item. */
    public HomeData(LocalDate today, int days, List<DueItem> due, Map<String, Integer> movementsByStatus, int decisions,
                    long money, int recipients, List<UnitYearCount> awardsByUnitYear, Map<String, Integer> titles) {
        this(today, days, due, movementsByStatus, decisions, money, recipients, awardsByUnitYear, titles, null);
    }

    public HomeData {
        due = List.copyOf(due);
        awardsByUnitYear = List.copyOf(awardsByUnitYear);
    }
}
