package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Báo cáo thành tích of a collective (docs/decisions/0028), prefilled from the stored history of the reporting years.
 *
 * @param parentName the đơn vị cấp trên trực tiếp, null for a root unit
 * @param headName   the head who signs, found among the unit's people; null when none is recorded
 * @param blocLeads  "Năm 2024: dẫn đầu Khối …", the years of the reporting period the unit led its bloc
 * @param solutions  the initiatives of the unit's people in the reporting years (section II.3: giải pháp, sáng kiến)
 */
public record UnitReport(LocalDate date, String place, String awardCode, String awardPhrase, int yearFrom, int yearTo,
                         String unitName, String parentName, String headName, List<RatingLine> ratings,
                         List<MemberTitles> movement, List<HistoryLine> titles, List<HistoryLine> forms,
                         List<String> blocLeads, List<InitiativeLine> solutions) {

    public UnitReport {
        blocLeads = List.copyOf(blocLeads);
        solutions = List.copyOf(solutions);
        ratings = List.copyOf(ratings);
        movement = List.copyOf(movement);
        titles = List.copyOf(titles);
        forms = List.copyOf(forms);
    }
}
