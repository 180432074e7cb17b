package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Báo cáo thành tích of a collective (docs/decisions/0028), prefilled from the stored history of the reporting years.
 *
 * @param parentName the đơn vị cấp trên trực tiếp, null for a root unit
 * @param headName   the head who signs, found among the unit's people; null when none is recorded
 */
public record UnitReport(LocalDate date, String place, String awardCode, String awardPhrase, int yearFrom, int yearTo,
                         String unitName, String parentName, String headName, List<RatingLine> ratings,
                         List<MemberTitles> movement, List<HistoryLine> titles, List<HistoryLine> forms) {

    public UnitReport {
        ratings = List.copyOf(ratings);
        movement = List.copyOf(movement);
        titles = List.copyOf(titles);
        forms = List.copyOf(forms);
    }
}
