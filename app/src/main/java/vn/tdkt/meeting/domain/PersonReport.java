package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.common.domain.Gender;

/**
 * Báo cáo thành tích of a person (docs/decisions/0028), prefilled from the stored history of the reporting years.
 *
 * @param awardPhrase "danh hiệu “Chiến sĩ thi đua cấp tỉnh”"
 * @param birthDate   null when not recorded
 * @param gender      null when not recorded
 */
public record PersonReport(LocalDate date, String place, String awardCode, String awardPhrase, int yearFrom,
                           int yearTo, String fullName, LocalDate birthDate, Gender gender, String position,
                           String unit, List<RatingLine> ratings, List<InitiativeLine> initiatives,
                           List<HistoryLine> titles, List<HistoryLine> forms) {

    public PersonReport {
        ratings = List.copyOf(ratings);
        initiatives = List.copyOf(initiatives);
        titles = List.copyOf(titles);
        forms = List.copyOf(forms);
    }
}
