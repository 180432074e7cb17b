package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.NOT_ASSESSED;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * The regime before 01/10/2017 (Luật 2003 sửa đổi 2013 + Nghị định số 65/2014/NĐ-CP, decision 127): its own criteria,
 * read in the text of NĐ 65/2014, against NĐ 91/2017's from 01/10/2017, the same record on both sides of the boundary.
 * NĐ 91/2017's counts of Cờ thi đua for the Labour Order of a collective were not read: from 01/10/2017 they stay the
 * council's (Chưa đánh giá được).
 */
class Nd65RegimeTest {

    private static final RuleBook BOOK = Rules.book();
    private static final LocalDate LAST_ND65 = d(2017, 9, 30);
    private static final LocalDate FIRST_ND91 = d(2017, 10, 1);
    private static final long UNIT = 91;

    // ---- the parameters in force on each side of 01/10/2017 --------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} = {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "2017-09-30 | CSTDCS_CAP_ENABLED | false | Điều 4 Nghị định số 65/2014/NĐ-CP",
        "2017-10-01 | CSTDCS_CAP_ENABLED | true | Nghị định 91/2017/NĐ-CP, Điều 9 khoản 3",
        "2017-09-30 | CSTD_TQ_CSTD_TINH_TIMES | 2 | khoản 1 Điều 3 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | BK_TTG_INITIATIVES | 5 | điểm c khoản 1 Điều 23 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | BK_TTG_UNIT_FLAGS | 1 | điểm c khoản 3 Điều 23 Nghị định số 65/2014/NĐ-CP",
        "2017-10-01 | BK_TTG_UNIT_FLAGS | 0 | Nghị định 91/2017/NĐ-CP, Điều 38 khoản 3",
        "2017-09-30 | HCLD_BA_INITIATIVES | 2 | điểm b khoản 1 Điều 17 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | HCLD_NHI_INITIATIVES | 3 | điểm b khoản 1 Điều 16 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | HCLD_NHAT_INITIATIVES | 4 | điểm b khoản 1 Điều 15 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | BK_TINH_INITIATIVES | 2 | điểm c khoản 1 Điều 24 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | WOMEN_TIE_PREFERENCE | true | khoản 3 Điều 2 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | HCLD_NHI_UNIT_FLAGS | 3 | điểm b khoản 4 Điều 16 Nghị định số 65/2014/NĐ-CP",
        "2017-10-01 | HCLD_NHI_UNIT_FLAGS | 0 | Nghị định 91/2017/NĐ-CP, Điều 23",
        "2017-09-30 | HCLD_NHAT_UNIT_FLAGS_WITH_GOV | 2 | điểm b khoản 4 Điều 15 Nghị định số 65/2014/NĐ-CP",
        "2017-09-30 | HCLD_BA_UNIT_FLAGS | 2 | điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP",
        "2017-10-01 | HCLD_BA_UNIT_FLAGS | 1 | Nghị định 91/2017/NĐ-CP, Điều 24 khoản 2",
    })
    void parametersOnEachSideOfTheBoundary(LocalDate on, RuleKey key, String value, String ref) {
        RuleSet rules = BOOK.on(on);
        assertEquals(value, rules.param(key).value(), key + " " + on);
        assertTrue(rules.ref(key).startsWith(ref), rules.ref(key));
        assertFalse(rules.ref(key).contains("[chưa kiểm chứng"), "a reason never carries the research marker");
    }

    // ---- Huân chương Lao động hạng Nhì, hạng Nhất, tập thể -----------------------------------------------------------

    static Stream<Arguments> labourOrderCollective() {
        return Stream.of(
                Arguments.of("điểm b khoản 4 Điều 16 NĐ 65/2014: HCLĐ Ba 2010, HTXSNV 2012–2016, Cờ CP 2013 + Cờ tỉnh 2015",
                        Title.HCLD_NHI_TAP_THE, LAST_ND65, List.of("HCLD_BA:2010", "CO_TD_CP:2013", "CO_TD_TINH:2015"), ELIGIBLE,
                        "điểm b khoản 4 Điều 16"),
                Arguments.of("điểm b khoản 4 Điều 16 NĐ 65/2014: Cờ CP 2013 không kèm Cờ tỉnh", Title.HCLD_NHI_TAP_THE, LAST_ND65,
                        List.of("HCLD_BA:2010", "CO_TD_CP:2013"), NOT_ELIGIBLE,
                        "thêm 0 lần Cờ thi đua của Chính phủ và 1 lần Cờ thi đua tỉnh, hoặc thêm 3 lần Cờ thi đua tỉnh"),
                Arguments.of("điểm b khoản 4 Điều 16 NĐ 65/2014: hoặc 03 Cờ tỉnh", Title.HCLD_NHI_TAP_THE, LAST_ND65,
                        List.of("HCLD_BA:2010", "CO_TD_TINH:2012", "CO_TD_TINH:2014", "CO_TD_TINH:2016"), ELIGIBLE,
                        "điểm b khoản 4 Điều 16"),
                Arguments.of("điểm b khoản 4 Điều 16 NĐ 65/2014: 02 Cờ tỉnh chưa đủ", Title.HCLD_NHI_TAP_THE, LAST_ND65,
                        List.of("HCLD_BA:2010", "CO_TD_TINH:2012", "CO_TD_TINH:2014"), NOT_ELIGIBLE, "thêm 1 lần Cờ thi đua tỉnh"),
                Arguments.of("Điều 23 NĐ 91/2017 từ 01/10/2017: cùng hồ sơ, số lần chưa nhập → Hội đồng đối chiếu",
                        Title.HCLD_NHI_TAP_THE, FIRST_ND91, List.of("HCLD_BA:2010", "CO_TD_CP:2013", "CO_TD_TINH:2015"), NOT_ASSESSED,
                        "Điều 23"),
                Arguments.of("điểm b khoản 4 Điều 15 NĐ 65/2014: Cờ CP + 02 Cờ tỉnh", Title.HCLD_NHAT_TAP_THE, LAST_ND65,
                        List.of("HCLD_NHI:2010", "CO_TD_CP:2013", "CO_TD_TINH:2014", "CO_TD_TINH:2016"), ELIGIBLE,
                        "điểm b khoản 4 Điều 15"),
                Arguments.of("điểm b khoản 4 Điều 15 NĐ 65/2014: Cờ CP + 01 Cờ tỉnh chưa đủ", Title.HCLD_NHAT_TAP_THE, LAST_ND65,
                        List.of("HCLD_NHI:2010", "CO_TD_CP:2013", "CO_TD_TINH:2014"), NOT_ELIGIBLE,
                        "thêm 0 lần Cờ thi đua của Chính phủ và 1 lần Cờ thi đua tỉnh, hoặc thêm 3 lần Cờ thi đua tỉnh"),
                Arguments.of("điểm b khoản 4 Điều 15 NĐ 65/2014: hoặc 04 Cờ tỉnh", Title.HCLD_NHAT_TAP_THE, LAST_ND65,
                        List.of("HCLD_NHI:2010", "CO_TD_TINH:2012", "CO_TD_TINH:2013", "CO_TD_TINH:2015", "CO_TD_TINH:2016"),
                        ELIGIBLE, "điểm b khoản 4 Điều 15"),
                Arguments.of("Điều 22 NĐ 91/2017 từ 01/10/2017: cùng hồ sơ → Hội đồng đối chiếu", Title.HCLD_NHAT_TAP_THE, FIRST_ND91,
                        List.of("HCLD_NHI:2010", "CO_TD_CP:2013", "CO_TD_TINH:2014", "CO_TD_TINH:2016"), NOT_ASSESSED, "Điều 22"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void labourOrderCollective(String label, Title title, LocalDate on, List<String> awards, Verdict expected, String text) {
        Assessment a = collective(title, 2017, on, 2012, awards);
        assertEquals(expected, a.verdict(), describe(a));
        assertTrue((describe(a) + " | " + a.legalRef()).contains(text), describe(a) + " | " + a.legalRef());
    }

    // ---- Huân chương Lao động hạng Ba, Bằng khen Thủ tướng, tập thể --------------------------------------------------

    static Stream<Arguments> thirdClassAndPrimeMinister() {
        return Stream.of(
                Arguments.of("điểm b khoản 4 Điều 17 NĐ 65/2014: 01 Cờ tỉnh không còn đủ", Title.HCLD_BA_TAP_THE, LAST_ND65,
                        List.of("BK_TTG:2010", "CO_TD_TINH:2014"), NOT_ELIGIBLE, "thêm 1 lần Cờ thi đua tỉnh"),
                Arguments.of("Điều 24 khoản 2 NĐ 91/2017: 01 Cờ tỉnh đủ từ 01/10/2017", Title.HCLD_BA_TAP_THE, FIRST_ND91,
                        List.of("BK_TTG:2010", "CO_TD_TINH:2014"), ELIGIBLE, "Điều 24 khoản 2"),
                Arguments.of("điểm b khoản 4 Điều 17 NĐ 65/2014: 02 Cờ tỉnh", Title.HCLD_BA_TAP_THE, LAST_ND65,
                        List.of("BK_TTG:2010", "CO_TD_TINH:2013", "CO_TD_TINH:2015"), ELIGIBLE, "điểm b khoản 4 Điều 17"),
                Arguments.of("điểm b khoản 4 Điều 17 NĐ 65/2014: hoặc 01 Cờ tỉnh và 02 Bằng khen tỉnh", Title.HCLD_BA_TAP_THE,
                        LAST_ND65, List.of("BK_TTG:2010", "CO_TD_TINH:2013", "BK_TINH:2014", "BK_TINH:2016"), ELIGIBLE,
                        "hoặc 1 lần Cờ thi đua và 2 lần Bằng khen"),
                Arguments.of("điểm b khoản 4 Điều 17 NĐ 65/2014: 02 Bằng khen không kèm Cờ", Title.HCLD_BA_TAP_THE, LAST_ND65,
                        List.of("BK_TTG:2010", "BK_TINH:2014", "BK_TINH:2016"), NOT_ELIGIBLE,
                        "thêm 2 lần Cờ thi đua tỉnh, hoặc thêm 1 lần Cờ thi đua tỉnh và 0 lần Bằng khen tỉnh"),
                Arguments.of("Điều 24 khoản 2 NĐ 91/2017: 02 Bằng khen đủ từ 01/10/2017", Title.HCLD_BA_TAP_THE, FIRST_ND91,
                        List.of("BK_TTG:2010", "BK_TINH:2014", "BK_TINH:2016"), ELIGIBLE, "Điều 24 khoản 2"),
                Arguments.of("điểm c khoản 3 Điều 23 NĐ 65/2014: Bằng khen tỉnh 2011, HTXSNV, không có Cờ", Title.BK_TTG_TAP_THE,
                        LAST_ND65, List.of("BK_TINH:2011"), NOT_ELIGIBLE, "thêm 1 lần Cờ thi đua của Ủy ban nhân dân tỉnh"),
                Arguments.of("điểm c khoản 3 Điều 23 NĐ 65/2014: có 01 Cờ tỉnh", Title.BK_TTG_TAP_THE, LAST_ND65,
                        List.of("BK_TINH:2011", "CO_TD_TINH:2015"), ELIGIBLE, "điểm c khoản 3 Điều 23"),
                Arguments.of("Điều 38 khoản 3 NĐ 91/2017 từ 01/10/2017: không đòi Cờ", Title.BK_TTG_TAP_THE, FIRST_ND91,
                        List.of("BK_TINH:2011"), ELIGIBLE, "Điều 38 khoản 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void thirdClassAndPrimeMinister(String label, Title title, LocalDate on, List<String> awards, Verdict expected, String text) {
        Assessment a = collective(title, 2017, on, 2005, awards);
        assertEquals(expected, a.verdict(), describe(a));
        assertTrue((describe(a) + " | " + a.legalRef()).contains(text), describe(a) + " | " + a.legalRef());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A collective rated HTXSNV every year from {@code firstRated} to the review year, with công trạng awards "KIND:YEAR". */
    private static Assessment collective(Title title, int year, LocalDate on, int firstRated, List<String> awards) {
        List<Rating> rs = new ArrayList<>();
        for (int y = firstRated; y <= year; y++) {
            rs.add(H.unitRating(UNIT, y, HTXSNV));
        }
        List<Award> as = awards.stream().map(s -> s.split(":"))
                .map(s -> H.unitAward(UNIT, s[0], Integer.parseInt(s[1]))).toList();
        var u = new vn.tdkt.review.domain.UnitHistory(new Unit(UNIT, "DV91", "Sở Tài chính", H.AGENCY.id(), null), null, rs,
                as, List.of(), List.of(), List.of());
        return H.review(BOOK, year, on, List.of(), List.of(u)).find(u.ref(), title).orElseThrow();
    }

    private static String describe(Assessment a) {
        return a.criteria().stream().map(c -> c.text().vi() + ": " + c.evidence().vi()
                + (c.shortfall() == null ? "" : " → " + c.shortfall().vi())).collect(Collectors.joining(" | "));
    }
}
