package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.InitiativeScope.CO_SO;
import static vn.tdkt.record.domain.InitiativeScope.TINH;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * #8.1: under Luật 2003 + NĐ 91/2017 (reviews up to 31/12/2023) Bằng khen tỉnh, Bằng khen Thủ tướng and Huân chương
 * Lao động hạng Ba have their own criteria, not the 2022 law's; and the boundary 31/12/2023 ↔ 01/01/2024 for every
 * person title (the same history, reviewed on either side).
 */
class Nd91TitlesTest {

    /** The 15 % CSTĐCS cap of NĐ 91 Điều 9 k3 is its own rule (RatioCapTest): off here, one person per review. */
    private static final RuleBook NO_CAP = Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_ENABLED, "false", d(2018, 1, 1)));
    private static final LocalDate LAST_ND91 = d(2023, 12, 31);
    private static final LocalDate FIRST_2022 = d(2024, 1, 1);
    private static final LocalDate DEC_2023 = d(2023, 12, 20);

    private static Assessment assess(Supplier<PersonHistory> p, Title t, LocalDate on) {
        return H.assess(NO_CAP, p.get(), t, 2023, on);
    }

    static Stream<Arguments> bkTtgNd91() {
        return Stream.of(
                Arguments.of("BK tỉnh 2018, HTXSNV 2019–2023, 5 sáng kiến cơ sở", (Supplier<PersonHistory>) () -> person("T1")
                        .award("BK_TINH", 2018).ratings(2019, 2023, HTXSNV).initiative(CO_SO, 2019).initiative(CO_SO, 2020)
                        .initiative(CO_SO, 2021).initiative(CO_SO, 2022).initiative(CO_SO, 2023).initiative(CO_SO, 2023)
                        .build(), ELIGIBLE, "05 năm"),
                Arguments.of("HTXSNV 2019–2023 nhưng 4 sáng kiến", (Supplier<PersonHistory>) () -> person("T2")
                        .award("BK_TINH", 2018).ratings(2019, 2023, HTXSNV).initiative(CO_SO, 2019).initiative(CO_SO, 2020)
                        .initiative(CO_SO, 2021).initiative(CO_SO, 2022).build(), NOT_ELIGIBLE, "sáng kiến phạm vi cơ sở"),
                Arguments.of("HTTNV 2019–2023 và 3 CSTĐCS: tuyến của Luật 2022, không có ở NĐ 91", (Supplier<PersonHistory>) () ->
                        person("T3").award("BK_TINH", 2018).ratings(2019, 2023, HTTNV).award("CSTDCS", 2020)
                                .award("CSTDCS", 2021).award("CSTDCS", 2022).build(), NOT_ELIGIBLE, "hoàn thành xuất sắc"),
                Arguments.of("chưa có Bằng khen tỉnh", (Supplier<PersonHistory>) () -> person("T4").ratings(2019, 2023, HTXSNV)
                        .initiative(CO_SO, 2019).initiative(CO_SO, 2020).initiative(CO_SO, 2021).initiative(CO_SO, 2022)
                        .initiative(CO_SO, 2023).build(), NOT_ELIGIBLE, "chưa có Bằng khen"));
    }

    @ParameterizedTest(name = "NĐ 91 Điều 38 k1c: {0}")
    @MethodSource
    void bkTtgNd91(String label, Supplier<PersonHistory> p, Verdict expected, String text) {
        Assessment a = assess(p, Title.BK_TTG, LAST_ND91);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.legalRef().contains("Điều 38 khoản 1 điểm c"), a.legalRef());
        assertTrue(a.criteria().stream().noneMatch(c -> c.text().vi().contains("Chiến sĩ thi đua cơ sở")), describe(a));
    }

    static Stream<Arguments> hcldBaNd91() {
        return Stream.of(
                Arguments.of("BK TTg 2018, HTXSNV 2019–2023, 2 sáng kiến tỉnh", (Supplier<PersonHistory>) () -> person("H1")
                        .award("BK_TTG", 2018).ratings(2019, 2023, HTXSNV).initiative(TINH, 2020).initiative(TINH, 2022)
                        .initiative(CO_SO, 2023).build(), ELIGIBLE, "phạm vi cấp bộ, ngành, tỉnh"),
                Arguments.of("2 sáng kiến nhưng chỉ phạm vi cơ sở", (Supplier<PersonHistory>) () -> person("H2")
                        .award("BK_TTG", 2018).ratings(2019, 2023, HTXSNV).initiative(CO_SO, 2020).initiative(CO_SO, 2022)
                        .build(), NOT_ELIGIBLE, "sáng kiến phạm vi tỉnh"),
                Arguments.of("HTXSNV chỉ 2020–2023 (4 năm)", (Supplier<PersonHistory>) () -> person("H3")
                        .award("BK_TTG", 2018).rating(2019, HTTNV).ratings(2020, 2023, HTXSNV).initiative(TINH, 2020)
                        .initiative(TINH, 2022).build(), NOT_ELIGIBLE, "thêm 1 năm liên tục hoàn thành xuất sắc"),
                Arguments.of("HTTNV + 1 HTXSNV + 3 CSTĐCS: tuyến của Luật 2022", (Supplier<PersonHistory>) () -> person("H4")
                        .award("BK_TTG", 2018).ratings(2019, 2022, HTTNV).rating(2023, HTXSNV).award("CSTDCS", 2020)
                        .award("CSTDCS", 2021).award("CSTDCS", 2022).build(), NOT_ELIGIBLE, "hoàn thành xuất sắc"));
    }

    @ParameterizedTest(name = "NĐ 91 Điều 24: {0}")
    @MethodSource
    void hcldBaNd91(String label, Supplier<PersonHistory> p, Verdict expected, String text) {
        Assessment a = assess(p, Title.HCLD_BA, LAST_ND91);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.legalRef().contains("Điều 24"), a.legalRef());
        assertFalse(a.legalRef().contains("chưa kiểm chứng"), "research markers stay off the clerk's reasons");
    }

    static Stream<Arguments> bkTinhNd91() {
        return Stream.of(
                Arguments.of("HTXSNV 2022–2023 + 2 sáng kiến cơ sở", (Supplier<PersonHistory>) () -> person("B1")
                        .ratings(2022, 2023, HTXSNV).initiative(CO_SO, 2022).initiative(CO_SO, 2023).initiative(CO_SO, 2023)
                        .build(), ELIGIBLE, "2 năm liên tục HTXSNV"),
                Arguments.of("02 lần CSTĐCS: tuyến của Luật 2022 Điều 74, không có ở NĐ 91", (Supplier<PersonHistory>) () ->
                        person("B2").ratings(2022, 2023, HTTNV).award("CSTDCS", 2022).award("CSTDCS", 2023).build(),
                        NOT_ELIGIBLE, "không Hoàn thành xuất sắc nhiệm vụ năm 2023"));
    }

    @ParameterizedTest(name = "NĐ 91 Bằng khen cấp tỉnh: {0}")
    @MethodSource
    void bkTinhNd91(String label, Supplier<PersonHistory> p, Verdict expected, String text) {
        Assessment a = assess(p, Title.BK_TINH, LAST_ND91);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.criteria().stream().noneMatch(c -> c.role() == Criterion.Role.ONE_OF), "one route only under NĐ 91");
    }

    /** The same history reviewed on 31/12/2023 (NĐ 91) and on 01/01/2024 (Luật 2022 + NĐ 98). */
    static Stream<Arguments> boundary2024() {
        return Stream.of(
                Arguments.of(Title.LDTT, "mới tuyển 01/04/2023: 9 tháng (NĐ 91 Điều 10: 10 tháng; TT 01/2024: 06 tháng)",
                        (Supplier<PersonHistory>) () -> person("R1").start(d(2023, 4, 1)).rating(2023, HTTNV).build(),
                        NOT_ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.CSTDCS, "HTXSNV, không sáng kiến (NĐ 91 Điều 9 k3 ↔ Luật 2022 Điều 23)",
                        (Supplier<PersonHistory>) () -> person("R2").rating(2023, HTXSNV).build(), NOT_ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.GIAY_KHEN, "HTTNV (Luật 2003 ↔ Luật 2022 Điều 75)",
                        (Supplier<PersonHistory>) () -> person("R3").rating(2023, HTTNV).build(), ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.BK_TINH, "02 lần CSTĐCS (NĐ 91 ↔ Luật 2022 Điều 74 k1d)",
                        (Supplier<PersonHistory>) () -> person("R4").ratings(2022, 2023, HTTNV).award("CSTDCS", 2022)
                                .awardDecided("CSTDCS", 2023, DEC_2023).build(), NOT_ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.CSTD_TINH, "03 lần CSTĐCS + sáng kiến tỉnh (Luật 2003 Điều 22 ↔ Luật 2022 Điều 22)",
                        (Supplier<PersonHistory>) () -> person("R5").ratings(2021, 2023, HTTNV).award("CSTDCS", 2021)
                                .award("CSTDCS", 2022).awardDecided("CSTDCS", 2023, DEC_2023).initiative(CO_SO, 2021)
                                .initiative(CO_SO, 2022).initiative(CO_SO, 2023).initiative(TINH, 2022).build(), ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.CSTD_TQ, "02 lần CSTĐ tỉnh + sáng kiến toàn quốc (Điều 21 of both laws)",
                        (Supplier<PersonHistory>) () -> person("R6").ratings(2018, 2023, HTTNV).award("CSTD_TINH", 2020)
                                .awardDecided("CSTD_TINH", 2023, DEC_2023).initiative(TINH, 2018).initiative(TINH, 2021)
                                .initiative(vn.tdkt.record.domain.InitiativeScope.TOAN_QUOC, 2022)
                                .build(), ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.BK_TTG, "BK tỉnh + HTTNV 5 năm + 3 CSTĐCS (NĐ 91 Điều 38 k1c ↔ Luật 2022 Điều 73 k1b)",
                        (Supplier<PersonHistory>) () -> person("R7").award("BK_TINH", 2018).ratings(2019, 2023, HTTNV)
                                .award("CSTDCS", 2020).award("CSTDCS", 2021).award("CSTDCS", 2022).build(),
                        NOT_ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.BK_TTG, "BK tỉnh + HTXSNV 5 năm + 5 sáng kiến cơ sở, không CSTĐCS",
                        (Supplier<PersonHistory>) () -> person("R8").award("BK_TINH", 2018).ratings(2019, 2023, HTXSNV)
                                .initiative(CO_SO, 2019).initiative(CO_SO, 2020).initiative(CO_SO, 2021).initiative(CO_SO, 2022)
                                .initiative(CO_SO, 2023).initiative(CO_SO, 2023).build(), ELIGIBLE, NOT_ELIGIBLE),
                Arguments.of(Title.HCLD_BA, "BK TTg + HTTNV, 1 HTXSNV, 3 CSTĐCS (NĐ 91 Điều 24 ↔ Luật 2022 Điều 44 k1e)",
                        (Supplier<PersonHistory>) () -> person("R9").award("BK_TTG", 2018).ratings(2019, 2022, HTTNV)
                                .rating(2023, HTXSNV).award("CSTDCS", 2020).award("CSTDCS", 2021).award("CSTDCS", 2022)
                                .build(), NOT_ELIGIBLE, ELIGIBLE),
                Arguments.of(Title.HCLD_BA, "BK TTg + HTXSNV 5 năm + 2 sáng kiến tỉnh, không CSTĐCS",
                        (Supplier<PersonHistory>) () -> person("R10").award("BK_TTG", 2018).ratings(2019, 2023, HTXSNV)
                                .initiative(TINH, 2020).initiative(TINH, 2022).build(), ELIGIBLE, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "31/12/2023 ↔ 01/01/2024 {0}: {1}")
    @MethodSource
    void boundary2024(Title title, String label, Supplier<PersonHistory> p, Verdict nd91, Verdict luat2022) {
        Assessment before = assess(p, title, LAST_ND91);
        Assessment after = assess(p, title, FIRST_2022);
        assertEquals(nd91, before.verdict(), "31/12/2023: " + before.reasons());
        assertEquals(luat2022, after.verdict(), "01/01/2024: " + after.reasons());
        assertTrue(before.legalRef().contains("2003"), before.legalRef());
        assertTrue(after.legalRef().contains("2022"), after.legalRef());
    }

    static String describe(Assessment a) {
        return a.criteria().stream().map(Criterion::describe).reduce("", (x, y) -> x + "\n" + y) + "\n" + a.missing();
    }
}
