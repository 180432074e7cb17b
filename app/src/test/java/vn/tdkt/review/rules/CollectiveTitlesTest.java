package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.RatingLevel.HTNV;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.record.domain.RatingLevel.KHTNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.UnitHistory;
import vn.tdkt.review.domain.Verdict;

/**
 * Collective titles: TTLĐTT (Luật 2022 Điều 28 / Luật 2003 Điều 28, R9), TTLĐXS (Điều 27, R10), Cờ thi đua của UBND
 * tỉnh (Điều 26 k1), Bằng khen tỉnh for a collective (Điều 74), Giấy khen (Điều 75).
 */
class CollectiveTitlesTest {

    private static final long UNIT = 50;

    /** {@code ldtt} members rated HTTNV (LĐTT), the others HTNV (not LĐTT), all started long ago. */
    private static List<PersonHistory> members(int year, int total, int ldtt) {
        List<PersonHistory> out = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            out.add(person("M" + i).unit(UNIT).rating(year, i < ldtt ? HTTNV : HTNV).build());
        }
        return out;
    }

    private static Assessment unitAssessment(Title title, int year, LocalDate date, RatingLevel unitRating,
                                             List<PersonHistory> members, List<Award> awards, List<BlocLeader> leads,
                                             List<Rating> more) {
        List<Rating> ratings = new ArrayList<>(more);
        ratings.add(H.unitRating(UNIT, year, unitRating));
        UnitHistory u = H.unit(UNIT, "Khối các sở", ratings, awards, leads, members);
        ReviewResult r = H.review(Rules.book(), year, date, members, List.of(u));
        return r.find(u.ref(), title).orElseThrow();
    }

    static Stream<Arguments> ttldttShare() {
        return Stream.of(
                // Luật 2022 Điều 28: at least 70 %
                Arguments.of(d(2025, 12, 31), 10, 7, ELIGIBLE, "7/10 thành viên (70 %)"),
                Arguments.of(d(2025, 12, 31), 10, 6, NOT_ELIGIBLE, "thêm 1 thành viên đạt LĐTT"),
                Arguments.of(d(2025, 12, 31), 1000, 700, ELIGIBLE, "700/1000"),
                Arguments.of(d(2025, 12, 31), 1000, 699, NOT_ELIGIBLE, "(69,9 %)"),
                Arguments.of(d(2024, 12, 31), 3, 3, ELIGIBLE, "(100 %)"),
                // Luật 2003 Điều 28: more than 50 % — exactly 50 % fails
                Arguments.of(d(2023, 12, 31), 10, 5, NOT_ELIGIBLE, "Có trên 50 %"),
                Arguments.of(d(2023, 12, 31), 10, 6, ELIGIBLE, "6/10"),
                Arguments.of(d(2023, 12, 31), 1000, 501, ELIGIBLE, "(50,1 %)"),
                Arguments.of(d(2023, 12, 31), 1000, 500, NOT_ELIGIBLE, "thêm 1 thành viên đạt LĐTT"));
    }

    @ParameterizedTest(name = "{0}: {2}/{1} LĐTT → {3}")
    @MethodSource
    void ttldttShare(LocalDate date, int total, int ldtt, Verdict expected, String text) {
        int year = date.getYear();
        Assessment a = unitAssessment(Title.TTLDTT, year, date, HTTNV, members(year, total, ldtt), List.of(), List.of(), List.of());
        assertEquals(expected, a.verdict(), a.reasons());
        String all = a.reasons() + " " + String.join(", ", a.missing()) + " "
                + a.criteria().stream().map(c -> c.text().vi() + " " + c.evidence().vi()).reduce("", String::concat);
        assertTrue(all.contains(text), all);
    }

    static Stream<Arguments> ttldttOther() {
        return Stream.of(
                Arguments.of("tập thể HTNV", HTNV, null, NOT_ELIGIBLE),
                Arguments.of("thành viên bị cảnh cáo", HTTNV, DisciplineForm.CANH_CAO, NOT_ELIGIBLE),
                Arguments.of("thành viên bị khiển trách", HTTNV, DisciplineForm.KHIEN_TRACH, ELIGIBLE));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource
    void ttldttOther(String label, RatingLevel unitRating, DisciplineForm form, Verdict expected) {
        List<PersonHistory> ms = new ArrayList<>(members(2025, 9, 9));
        H.P extra = person("K").unit(UNIT).rating(2025, HTTNV);
        if (form != null) {
            extra.discipline(form, d(2025, 2, 1), d(2025, 8, 1));
        }
        ms.add(extra.build());
        Assessment a = unitAssessment(Title.TTLDTT, 2025, d(2025, 12, 31), unitRating, ms, List.of(), List.of(), List.of());
        assertEquals(expected, a.verdict(), a.reasons());
    }

    @Test
    void recordedLdttAwardCountsBeforeComputedEligibility() {
        // 7 members are computed LĐTT; 1 more has no rating but a recorded LĐTT decision: 8/10
        List<PersonHistory> ms = new ArrayList<>(members(2025, 9, 7));
        ms.add(person("R").unit(UNIT).award("LDTT", 2025).build());
        Assessment a = unitAssessment(Title.TTLDTT, 2025, d(2026, 2, 1), HTTNV, ms, List.of(), List.of(), List.of());
        assertEquals(ELIGIBLE, a.verdict(), a.reasons());
        assertTrue(a.reasons().contains("8/10 thành viên (80 %) đạt LĐTT: 1 theo quyết định đã ghi nhận, 7 đủ điều kiện"),
                a.reasons());
    }

    static Stream<Arguments> ttldxs() {
        return Stream.of(
                Arguments.of("đủ 4 điều kiện", d(2025, 12, 31), HTXSNV, HTNV, true, null, ELIGIBLE),
                Arguments.of("tập thể chỉ HTTNV", d(2025, 12, 31), HTTNV, HTNV, true, null, NOT_ELIGIBLE),
                Arguments.of("một thành viên KHTNV", d(2025, 12, 31), HTXSNV, KHTNV, true, null, NOT_ELIGIBLE),
                Arguments.of("không ai đạt CSTĐCS", d(2025, 12, 31), HTXSNV, HTNV, false, null, NOT_ELIGIBLE),
                // NĐ 91 also excluded a member disciplined cảnh cáo+; the 2022 text does not
                Arguments.of("NĐ 152, thành viên bị cảnh cáo", d(2025, 12, 31), HTXSNV, HTNV, true, DisciplineForm.CANH_CAO, ELIGIBLE),
                Arguments.of("NĐ 91, thành viên bị cảnh cáo", d(2023, 12, 31), HTXSNV, HTNV, true, DisciplineForm.CANH_CAO, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0} → {6}")
    @MethodSource
    void ttldxs(String label, LocalDate date, RatingLevel unitRating, RatingLevel lastMember, boolean withCstdcs,
                DisciplineForm form, Verdict expected) {
        int year = date.getYear();
        List<PersonHistory> ms = new ArrayList<>(members(year, 7, 7));
        ms.add(person("X1").unit(UNIT).rating(year, HTNV).build());
        ms.add(person("X2").unit(UNIT).rating(year, HTNV).build());
        H.P last = person("X3").unit(UNIT).rating(year, lastMember);
        if (form != null) {
            last.discipline(form, d(year, 2, 1), d(year, 8, 1));
        }
        ms.add(last.build());
        if (withCstdcs) {
            // eligible for CSTĐCS in this review (LĐTT + initiative; within the 15 % of NĐ 91: 1 of 7 LĐTT)
            ms.set(0, person("CS").unit(UNIT).rating(year, HTTNV).initiative(InitiativeScope.CO_SO, year).build());
        }
        Assessment a = unitAssessment(Title.TTLDXS, year, date, unitRating, ms, List.of(), List.of(), List.of());
        assertEquals(expected, a.verdict(), a.reasons());
    }

    static Stream<Arguments> flag() {
        return Stream.of(
                Arguments.of("trưởng khối 2025, HTXSNV", 2025, HTXSNV, ELIGIBLE),
                Arguments.of("trưởng khối 2024, không phải 2025", 2024, HTXSNV, NOT_ELIGIBLE),
                Arguments.of("trưởng khối 2025, HTTNV", 2025, HTTNV, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "Cờ thi đua: {0} → {3}")
    @MethodSource
    void flag(String label, int leadYear, RatingLevel rating, Verdict expected) {
        Assessment a = unitAssessment(Title.CO_TD_TINH, 2025, d(2025, 12, 31), rating, members(2025, 3, 3), List.of(),
                List.of(new BlocLeader(7, leadYear, UNIT)), List.of());
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.criteria().get(0).evidence().vi().contains("khối “Khối các sở”"), a.criteria().get(0).evidence().vi());
    }

    static Stream<Arguments> bangKhen() {
        return Stream.of(
                Arguments.of("HTXSNV 2024 và 2025", List.of(H.unitRating(UNIT, 2024, HTXSNV)), List.of(), ELIGIBLE),
                Arguments.of("TTLĐXS 2024 và HTXSNV 2025", List.of(H.unitRating(UNIT, 2024, HTTNV)),
                        List.of(H.unitAward(UNIT, "TTLDXS", 2024)), ELIGIBLE),
                Arguments.of("chỉ 2025", List.of(H.unitRating(UNIT, 2024, HTTNV)), List.of(), NOT_ELIGIBLE),
                Arguments.of("đã khen Bằng khen 2024", List.of(H.unitRating(UNIT, 2024, HTXSNV), H.unitRating(UNIT, 2023, HTXSNV)),
                        List.of(H.unitAward(UNIT, "BK_TINH", 2024)), NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "Bằng khen tập thể: {0} → {3}")
    @MethodSource
    void bangKhen(String label, List<Rating> earlier, List<Award> awards, Verdict expected) {
        Assessment a = unitAssessment(Title.BK_TINH_TAP_THE, 2025, d(2026, 1, 20), HTXSNV, members(2025, 3, 3), awards,
                List.of(), earlier);
        assertEquals(expected, a.verdict(), a.reasons());
    }

    static Stream<Arguments> giayKhen() {
        return Stream.of(Arguments.of(HTXSNV, ELIGIBLE), Arguments.of(HTTNV, ELIGIBLE), Arguments.of(HTNV, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "Giấy khen tập thể {0} → {1}")
    @MethodSource
    void giayKhen(RatingLevel rating, Verdict expected) {
        assertEquals(expected, unitAssessment(Title.GIAY_KHEN_TAP_THE, 2025, d(2025, 12, 31), rating, members(2025, 2, 2),
                List.of(), List.of(), List.of()).verdict());
    }
}
