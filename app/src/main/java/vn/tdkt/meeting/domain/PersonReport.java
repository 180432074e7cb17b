package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.people.domain.PersonProfile;

/**
 * Báo cáo thành tích of a person (docs/decisions/0028), prefilled from the stored history of the reporting years.
 *
 * @param awardPhrase "danh hiệu “Chiến sĩ thi đua cấp tỉnh”"
 * @param birthDate   null when not recorded
 * @param gender      null when not recorded
 * @param profile     quê quán, trú quán, trình độ, học hàm as recorded on the person
 * @param posts       the posts held in the reporting years, oldest first ("Từ 01/03/2020 đến nay: Trưởng phòng, …")
 * @param headName    the head of the person's unit who confirms and proposes (the parent unit's for the head); null
 *                    when the data does not tell
 * @param warning     why the review engine finds the person not eligible for the award in that year; null when it does
 */
public record PersonReport(LocalDate date, String place, String awardCode, String awardPhrase, int yearFrom,
                           int yearTo, String fullName, LocalDate birthDate, Gender gender, String position,
                           String unit, List<RatingLine> ratings, List<InitiativeLine> initiatives,
                           List<HistoryLine> titles, List<HistoryLine> forms, PersonProfile profile, List<String> posts,
                           String headName, String warning) {

    public PersonReport {
        ratings = List.copyOf(ratings);
        initiatives = List.copyOf(initiatives);
        titles = List.copyOf(titles);
        forms = List.copyOf(forms);
        profile = profile == null ? PersonProfile.NONE : profile;
        posts = List.copyOf(posts);
    }

    /** The report as before the lý lịch fields: nothing recorded, no post history, no head, no warning. */
    public PersonReport(LocalDate date, String place, String awardCode, String awardPhrase, int yearFrom, int yearTo,
                        String fullName, LocalDate birthDate, Gender gender, String position, String unit,
                        List<RatingLine> ratings, List<InitiativeLine> initiatives, List<HistoryLine> titles,
                        List<HistoryLine> forms) {
        this(date, place, awardCode, awardPhrase, yearFrom, yearTo, fullName, birthDate, gender, position, unit, ratings,
                initiatives, titles, forms, PersonProfile.NONE, List.of(), null, null);
    }
}
