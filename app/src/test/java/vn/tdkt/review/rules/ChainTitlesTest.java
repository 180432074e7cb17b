package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.InitiativeScope.CO_SO;
import static vn.tdkt.record.domain.InitiativeScope.TINH;
import static vn.tdkt.record.domain.InitiativeScope.TOAN_QUOC;
import static vn.tdkt.record.domain.RatingLevel.HTNV;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.NextStep;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * Titles built on earlier years: CSTĐ cấp tỉnh (Luật 2022 Điều 22, R7), CSTĐ toàn quốc (Điều 21, R8), Bằng khen tỉnh
 * (Điều 74 k1 d, R13), Bằng khen Thủ tướng (Điều 73 k1 b, R14), HCLĐ hạng Ba (Điều 44 k1 e, R15); đột xuất and
 * chuyên đề never feed a chain (NĐ 152 Điều 4 k3, R16); an initiative serves once (CV 5007, R17).
 * Achievement year 2023 is reviewed on 15/01/2024 (NĐ 98), 2024 on 31/12/2024 (NĐ 98), 2025 on 31/12/2025 (NĐ 152).
 */
class ChainTitlesTest {

    private static final LocalDate JAN_2024 = d(2024, 1, 15);

    private static final LocalDate JAN_2025 = d(2025, 1, 20);

    private static H.P cstdcs(H.P p, int... years) {
        for (int y : years) {
            p.award("CSTDCS", y);
        }
        return p;
    }

    /** CSTĐCS years each backed by its own base-level initiative, as a HTTNV year requires. */
    private static H.P cstdcsWithInitiatives(H.P p, int... years) {
        for (int y : years) {
            p.award("CSTDCS", y).initiative(CO_SO, y);
        }
        return p;
    }

    static Stream<Arguments> cstdTinh() {
        return Stream.of(
                // BNV example (S59): CSTĐCS 2019, 2021, 2022, 2023 → only 2021–2023 are consecutive
                Arguments.of("2019, 2021, 2022, 2023 + sáng kiến tỉnh", cstdcsWithInitiatives(person("T1"), 2019, 2021, 2022, 2023)
                        .ratings(2019, 2023, HTTNV).initiative(TINH, 2022), ELIGIBLE, "3 năm liên tục"),
                Arguments.of("2019, 2020, 2022, 2023: chuỗi 2 năm", cstdcs(person("T2"), 2019, 2020, 2022, 2023)
                        .ratings(2019, 2023, HTTNV).initiative(TINH, 2023), NOT_ELIGIBLE, "năm 2021 không có CSTĐCS"),
                // the third year counts when this review finds CSTĐCS for 2023 (HTXSNV under NĐ 98)
                Arguments.of("2021, 2022 + đủ điều kiện 2023", cstdcs(person("T3"), 2021, 2022).ratings(2021, 2023, HTXSNV)
                        .initiative(TINH, 2023), ELIGIBLE, "đủ điều kiện trong lần xét này"),
                // R16: a CSTĐCS awarded as đột xuất breaks the chain
                Arguments.of("2021 là đột xuất", cstdcs(person("T4"), 2022, 2023).award("CSTDCS", 2021, AwardFormType.DOT_XUAT)
                        .ratings(2021, 2023, HTTNV).initiative(TINH, 2023), NOT_ELIGIBLE, "đột xuất"),
                Arguments.of("2021 là chuyên đề", cstdcs(person("T5"), 2022, 2023).award("CSTDCS", 2021, AwardFormType.CHUYEN_DE)
                        .ratings(2021, 2023, HTTNV).initiative(TINH, 2023), NOT_ELIGIBLE, "chuyên đề"),
                Arguments.of("chỉ có sáng kiến cơ sở", cstdcs(person("T6"), 2021, 2022, 2023).ratings(2021, 2023, HTTNV)
                        .initiative(CO_SO, 2023), NOT_ELIGIBLE, "1 sáng kiến phạm vi tỉnh"),
                Arguments.of("sáng kiến tỉnh ngoài 3 năm", cstdcs(person("T7"), 2021, 2022, 2023).ratings(2021, 2023, HTTNV)
                        .initiative(TINH, 2020), NOT_ELIGIBLE, "1 sáng kiến phạm vi tỉnh"),
                // achievements 2018–2020 already rewarded with CSTĐ tỉnh 2020: 2019–2021 can't be reused
                Arguments.of("đã khen CSTĐ tỉnh 2020", cstdcs(person("T8"), 2018, 2019, 2020, 2021, 2022).award("CSTD_TINH", 2020)
                        .ratings(2018, 2023, HTTNV).initiative(TINH, 2023), NOT_ELIGIBLE, "đã được khen Chiến sĩ thi đua cấp tỉnh"),
                // discipline served until 30/06/2021: achievements count from 2022 only (NĐ 152 Đ4 k4)
                Arguments.of("kỷ luật đến 30/06/2021", cstdcs(person("T9"), 2020, 2021, 2022, 2023).ratings(2020, 2023, HTTNV)
                        .initiative(TINH, 2023).discipline(DisciplineForm.KHIEN_TRACH, d(2020, 7, 1), d(2021, 6, 30)),
                        NOT_ELIGIBLE, "không được tính do kỷ luật"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void cstdTinh(String label, H.P person, Verdict expected, String text) {
        Assessment a = H.assess(person.build(), Title.CSTD_TINH, 2023, JAN_2024);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
    }

    static Stream<Arguments> cstdTq() {
        return Stream.of(
                Arguments.of("CSTĐ tỉnh 2020 + đủ điều kiện 2023 + sáng kiến toàn quốc",
                        cstdcsWithInitiatives(person("Q1"), 2018, 2019, 2020, 2021, 2022, 2023).award("CSTD_TINH", 2020)
                                .ratings(2018, 2023, HTTNV).initiative(TINH, 2020).initiative(TINH, 2023)
                                .initiative(TOAN_QUOC, 2022), ELIGIBLE, "2 lần liên tục"),
                Arguments.of("CSTĐ tỉnh 2020 và 2023 đã ghi nhận", cstdcsWithInitiatives(person("Q2"), 2021, 2022, 2023)
                        .award("CSTD_TINH", 2020).award("CSTD_TINH", 2023).ratings(2018, 2023, HTTNV).initiative(TINH, 2020)
                        .initiative(TINH, 2023).initiative(TOAN_QUOC, 2023), ELIGIBLE, "2 lần liên tục"),
                Arguments.of("CSTĐ tỉnh 2019 và 2023 cách 4 năm", cstdcs(person("Q3"), 2021, 2022, 2023).award("CSTD_TINH", 2019)
                        .award("CSTD_TINH", 2023).ratings(2018, 2023, HTTNV).initiative(TOAN_QUOC, 2023), NOT_ELIGIBLE,
                        "thêm 1 lần CSTĐ cấp tỉnh liên tục"),
                Arguments.of("không có sáng kiến toàn quốc", cstdcs(person("Q4"), 2021, 2022, 2023).award("CSTD_TINH", 2020)
                        .award("CSTD_TINH", 2023).ratings(2018, 2023, HTTNV).initiative(TINH, 2023), NOT_ELIGIBLE,
                        "1 sáng kiến phạm vi toàn quốc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void cstdTq(String label, H.P person, Verdict expected, String text) {
        Assessment a = H.assess(person.build(), Title.CSTD_TQ, 2023, JAN_2024);
        assertEquals(expected, a.verdict(), a.reasons());
        assertEquals(expected == ELIGIBLE, a.reasons().startsWith("tỉnh đề nghị, cấp trên quyết định"), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
    }

    static Stream<Arguments> bkTinh() {
        return Stream.of(
                // (d) first branch: 02 consecutive CSTĐCS
                Arguments.of("CSTĐCS 2023, 2024", cstdcs(person("B1"), 2023, 2024).ratings(2023, 2024, HTTNV), ELIGIBLE, "2 năm liên tục"),
                // (d) second branch: ≥ 2 consecutive years HTXSNV with 2 base-level initiatives
                Arguments.of("HTXSNV 2023–2024 + 2 sáng kiến", person("B2").ratings(2023, 2024, HTXSNV)
                        .initiative(CO_SO, 2023).initiative(CO_SO, 2024), ELIGIBLE, "2 năm liên tục HTXSNV"),
                // BNV answer (S30): HTXSNV 2023 + 1 initiative, HTXSNV 2024 + 1 initiative + CSTĐCS 2024 → qualifies
                Arguments.of("ví dụ Bộ Nội vụ", person("B3").ratings(2023, 2024, HTXSNV).initiative(CO_SO, 2023)
                        .initiative(CO_SO, 2024).award("CSTDCS", 2024), ELIGIBLE, "2 năm liên tục HTXSNV"),
                Arguments.of("HTXSNV 1 năm + 2 sáng kiến", person("B4").rating(2023, HTTNV).rating(2024, HTXSNV)
                        .initiative(CO_SO, 2024).initiative(CO_SO, 2024), NOT_ELIGIBLE, "thêm 1 năm HTXSNV liên tục"),
                Arguments.of("HTXSNV 2 năm + 1 sáng kiến", person("B5").ratings(2023, 2024, HTXSNV).initiative(CO_SO, 2024),
                        NOT_ELIGIBLE, "1 sáng kiến cấp cơ sở"),
                // the initiative already backed the CSTĐCS 2023 (HTTNV that year): a danh hiệu, so not for a hình thức
                Arguments.of("sáng kiến ngoài thời gian HTXSNV", person("B6").rating(2022, HTTNV).ratings(2023, 2024, HTXSNV)
                        .initiative(CO_SO, 2022).initiative(CO_SO, 2024), NOT_ELIGIBLE, "1 sáng kiến cấp cơ sở"),
                Arguments.of("đã khen Bằng khen 2023", cstdcs(person("B7"), 2022, 2023, 2024).award("BK_TINH", 2023)
                        .ratings(2022, 2024, HTTNV), NOT_ELIGIBLE, "đã được khen Bằng khen"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bkTinh(String label, H.P person, Verdict expected, String text) {
        Assessment a = H.assess(person.build(), Title.BK_TINH, 2024, JAN_2025);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
    }

    static Stream<Arguments> consumedByEarlierCstdcs() {
        return Stream.of(
                // CSTĐCS 2023 (decided 15/01/2024, NĐ 98) of a HTTNV year rests on the only initiative of 2023
                Arguments.of(HTTNV, NOT_ELIGIBLE, "đã dùng cho Chiến sĩ thi đua cơ sở năm 2023"),
                // rated HTXSNV in 2023: under NĐ 98 the CSTĐCS rested on HTXSNV and left the initiative free
                Arguments.of(HTXSNV, ELIGIBLE, "phạm vi tỉnh, công nhận năm 2023"));
    }

    @ParameterizedTest(name = "CSTĐCS 2023 rated {0} → CSTĐ tỉnh 2025 {1}")
    @MethodSource
    void consumedByEarlierCstdcs(RatingLevel rating2023, Verdict expected, String text) {
        PersonHistory p = cstdcs(person("U1"), 2023, 2024).rating(2023, rating2023).ratings(2024, 2025, HTXSNV)
                .initiative(TINH, 2023).build();
        Assessment a = H.assess(p, Title.CSTD_TINH, 2025, d(2025, 12, 31));
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
    }

    @Test
    void initiativeUsedForBangKhenCannotBackCstdTinh() {
        // BK tỉnh 2023 rests on HTXSNV 2022–2023 + 2 initiatives (no CSTĐCS in 2022): it used the 2022 and 2023 ones,
        // and an initiative used for a hình thức never serves a danh hiệu (CV 5007 mục III.5.c)
        PersonHistory p = cstdcs(person("U2"), 2023, 2024).award("BK_TINH", 2023).ratings(2022, 2025, HTXSNV)
                .initiative(CO_SO, 2022).initiative(TINH, 2023).build();
        Assessment a = H.assess(p, Title.CSTD_TINH, 2025, d(2025, 12, 31));
        assertEquals(NOT_ELIGIBLE, a.verdict(), a.reasons());
        assertTrue(describe(a).contains("đã dùng cho Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2023"), describe(a));
        assertTrue(a.missing().contains("1 sáng kiến phạm vi tỉnh"), a.missing().toString());
    }

    static Stream<Arguments> longService() {
        return Stream.of(
                // Điều 73 k1 b: BK tỉnh, then ≥ 5 consecutive years ≥ HTTNV with 3 CSTĐCS
                Arguments.of(Title.BK_TTG, "BK tỉnh 2019, 2020–2024, 3 CSTĐCS", cstdcs(person("G1"), 2020, 2022, 2024)
                        .award("BK_TINH", 2019).ratings(2019, 2024, HTTNV), ELIGIBLE, "5 năm liên tục"),
                Arguments.of(Title.BK_TTG, "chỉ 4 năm sau BK tỉnh", cstdcs(person("G2"), 2021, 2022, 2024)
                        .award("BK_TINH", 2020).ratings(2019, 2024, HTTNV), NOT_ELIGIBLE, "thêm 1 năm liên tục"),
                Arguments.of(Title.BK_TTG, "2 CSTĐCS", cstdcs(person("G3"), 2021, 2024).award("BK_TINH", 2019)
                        .ratings(2019, 2024, HTTNV), NOT_ELIGIBLE, "thêm 1 lần CSTĐCS"),
                Arguments.of(Title.BK_TTG, "năm 2022 HTNV", cstdcs(person("G4"), 2020, 2021, 2024).award("BK_TINH", 2019)
                        .ratings(2019, 2024, HTTNV).rating(2022, HTNV), NOT_ELIGIBLE, "2 năm liên tục"),
                Arguments.of(Title.BK_TTG, "chưa có BK tỉnh", cstdcs(person("G5"), 2020, 2022, 2024).ratings(2015, 2024, HTTNV),
                        NOT_ELIGIBLE, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
                // Điều 44 k1 e: BK TTg, then ≥ 5 years ≥ HTTNV with ≥ 1 HTXSNV and 3 CSTĐCS
                Arguments.of(Title.HCLD_BA, "BK TTg 2019, 5 năm, 1 HTXSNV, 3 CSTĐCS", cstdcs(person("L1"), 2020, 2021, 2022)
                        .award("BK_TTG", 2019).ratings(2019, 2024, HTTNV).rating(2023, HTXSNV), ELIGIBLE, "HTXSNV các năm 2023"),
                Arguments.of(Title.HCLD_BA, "không có năm HTXSNV", cstdcs(person("L2"), 2020, 2021, 2022)
                        .award("BK_TTG", 2019).ratings(2019, 2024, HTTNV), NOT_ELIGIBLE, "thêm 1 năm HTXSNV"),
                Arguments.of(Title.HCLD_BA, "BK TTg đột xuất không tính", cstdcs(person("L3"), 2020, 2021, 2022)
                        .award("BK_TTG", 2019, AwardFormType.DOT_XUAT).ratings(2019, 2024, HTXSNV), NOT_ELIGIBLE,
                        "chưa có Bằng khen của Thủ tướng Chính phủ"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void longService(Title title, String label, H.P person, Verdict expected, String text) {
        Assessment a = H.assess(person.build(), title, 2024, JAN_2025);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
    }

    static Stream<Arguments> reuse() {
        return Stream.of(Arguments.of("false", NOT_ELIGIBLE), Arguments.of("true", ELIGIBLE));
    }

    /** The only provincial initiative backs this year's CSTĐCS (rated HTTNV); may it also back CSTĐ tỉnh? (R17) */
    @ParameterizedTest(name = "INITIATIVE_REUSE_AMONG_TITLES={0} → {1}")
    @MethodSource
    void reuse(String reuse, Verdict expected) {
        var book = Rules.with(new Rules.Change(RuleKey.INITIATIVE_REUSE_AMONG_TITLES, reuse, d(2025, 7, 1)));
        PersonHistory p = cstdcs(person("R1"), 2023, 2024).ratings(2023, 2025, HTTNV).initiative(TINH, 2025).build();
        ReviewResult r = H.review(book, 2025, d(2025, 12, 31), List.of(p), List.of());
        assertEquals(ELIGIBLE, r.find(p.ref(), Title.CSTDCS).orElseThrow().verdict());
        Assessment a = r.find(p.ref(), Title.CSTD_TINH).orElseThrow();
        assertEquals(expected, a.verdict(), a.reasons());
    }

    @Test
    void nextStepsSayWhatIsMissing() {
        PersonHistory p = cstdcs(person("N1"), 2024).ratings(2024, 2025, HTXSNV).build();
        ReviewResult r = H.review(Rules.book(), 2025, d(2025, 12, 31), List.of(p), List.of());
        List<NextStep> steps = r.nextSteps(p.ref());
        assertEquals(2, steps.size());
        assertEquals("Chiến sĩ thi đua cấp tỉnh: cần thêm 1 năm CSTĐCS liên tục và 1 sáng kiến phạm vi tỉnh",
                steps.get(0).text());
        assertEquals(Title.BK_TTG, steps.get(1).title(), "BK tỉnh is reached (CSTĐCS 2024, 2025)");
        assertTrue(steps.get(1).text().contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), steps.get(1).text());
    }

    private static String describe(Assessment a) {
        StringBuilder b = new StringBuilder(a.reasons());
        a.criteria().forEach(c -> b.append(" | ").append(c.describe()));
        b.append(" | ").append(String.join(", ", a.missing()));
        return b.toString();
    }
}
