package vn.tdkt.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;

class AchievementsTest {

    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new AwardKind("LDTT", "Lao động tiên tiến", AwardCategory.DANH_HIEU, AwardSubject.CA_NHAN, 10, ""),
            new AwardKind("CSTDCS", "Chiến sĩ thi đua cơ sở", AwardCategory.DANH_HIEU, AwardSubject.CA_NHAN, 20, ""),
            new AwardKind("BK_TINH", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AwardCategory.HINH_THUC, AwardSubject.CA_HAI,
                    32, "")), Map.of(), List.of(), List.of());

    private static Award award(long person, String kind, int year, String no) {
        return new Award(0, person, null, kind, AwardFormType.CONG_TRANG, year, year, no, LocalDate.of(year, 12, 28),
                "Giám đốc Sở Nội vụ");
    }

    private static Person person(long id, long unit, String position, LocalDate start, LocalDate end) {
        return new Person(id, "CB" + id, "Người " + id, Gender.MALE, null, null, position, unit, start, end);
    }

    @Test
    void summaryGroupsTheReportingYearsByRatingTitleAndInitiativeScope() {
        Achievements a = new Achievements(CATALOGUE, 2023, 2025);
        List<Rating> ratings = List.of(new Rating(0, 1L, null, 2025, RatingLevel.HTXSNV),
                new Rating(0, 1L, null, 2023, RatingLevel.HTXSNV), new Rating(0, 1L, null, 2024, RatingLevel.HTTNV),
                new Rating(0, 1L, null, 2022, RatingLevel.HTXSNV));
        List<Award> awards = List.of(award(1, "BK_TINH", 2024, "210/QĐ-UBND"), award(1, "CSTDCS", 2024, "52/QĐ-SNV"),
                award(1, "CSTDCS", 2023, "45/QĐ-SNV"), award(1, "LDTT", 2019, "3/QĐ-SNV"));
        List<Initiative> initiatives = List.of(new Initiative(0, 1, InitiativeKind.SANG_KIEN, "A", InitiativeScope.CO_SO, 2024,
                null, null), new Initiative(0, 1, InitiativeKind.SANG_KIEN, "B", InitiativeScope.CO_SO, 2025, "7/QĐ", null));
        assertEquals("Hoàn thành xuất sắc nhiệm vụ năm 2023, 2025; Hoàn thành tốt nhiệm vụ năm 2024; Chiến sĩ thi đua cơ sở năm "
                + "2023, 2024; Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2024; 2 sáng kiến phạm vi cơ sở (2024, 2025)",
                a.summary(ratings, initiatives, awards));
        assertEquals(List.of(new HistoryLine("2023", "Chiến sĩ thi đua cơ sở", "Số 45/QĐ-SNV ngày 28/12/2023; Giám đốc Sở Nội vụ"),
                new HistoryLine("2024", "Chiến sĩ thi đua cơ sở", "Số 52/QĐ-SNV ngày 28/12/2024; Giám đốc Sở Nội vụ")),
                a.awards(awards, AwardCategory.DANH_HIEU));
        assertEquals(List.of(new RatingLine(2023, "Hoàn thành xuất sắc nhiệm vụ"), new RatingLine(2024, "Hoàn thành tốt nhiệm vụ"),
                new RatingLine(2025, "Hoàn thành xuất sắc nhiệm vụ")), a.ratings(ratings));
        assertEquals("Số 7/QĐ", a.initiatives(initiatives).get(1).decision());
        assertEquals("", a.initiatives(initiatives).get(0).decision());
        assertEquals("", new Achievements(CATALOGUE, 2010, 2011).summary(ratings, initiatives, awards));
    }

    @Test
    void movementCountsMembersOfTheYearIncludingThoseWhoMovedAndTheirTitles() {
        Achievements a = new Achievements(CATALOGUE, 2024, 2025);
        // 1 stays in unit 10; 2 moved from unit 10 to unit 20 at the end of 2024; 3 joined sub-unit 11 in 2025;
        // 4 left at the end of 2023
        List<Person> people = List.of(person(1, 10, "Giáo viên", LocalDate.of(2010, 1, 1), null),
                person(2, 20, "Chuyên viên", LocalDate.of(2015, 1, 1), null),
                person(3, 11, "Giáo viên", LocalDate.of(2025, 2, 1), null),
                person(4, 10, "Giáo viên", LocalDate.of(2010, 1, 1), LocalDate.of(2023, 12, 31)));
        List<Assignment> moves = List.of(new Assignment(1, 2, 10, "Giáo viên", LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31)));
        List<Award> awards = List.of(award(1, "LDTT", 2024, "1"), award(1, "LDTT", 2025, "2"), award(2, "LDTT", 2024, "3"),
                award(3, "CSTDCS", 2025, "4"), award(3, "LDTT", 2025, "4"), award(2, "LDTT", 2025, "5"));
        assertEquals(List.of(new MemberTitles(2024, 2, 2, 0), new MemberTitles(2025, 2, 2, 1)),
                a.movement(Set.of(10L, 11L), people, moves, awards));
    }

    @Test
    void theHeadIsTheUnitsCurrentChiefNeverADeputy() {
        List<Person> people = List.of(person(1, 10, "Phó Hiệu trưởng", null, null), person(2, 10, "Giáo viên", null, null),
                person(3, 10, "Hiệu trưởng", null, null), person(4, 11, "Trưởng phòng", null, null));
        assertEquals("Người 3", Achievements.head(10, people));
        assertEquals("Người 4", Achievements.head(11, people));
        assertNull(Achievements.head(12, people));
    }
}
