package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.MovementLead;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.UnitHistory;
import vn.tdkt.review.domain.Verdict;

/**
 * The titles the province proposes to the Chủ tịch nước and the Thủ tướng (#8): Huân chương Lao động hạng Nhì (Luật 2022
 * Điều 43 khoản 1; Luật 2003 Điều 43 + NĐ 91/2017 Điều 23) and Cờ thi đua của Chính phủ (Luật 2022 Điều 25 khoản 1, 3;
 * Luật 2003 Điều 25 + NĐ 91/2017 Điều 11), each row a history → the verdict, and the boundary 31/12/2023 ↔ 01/01/2024.
 */
class ProposedTitlesTest {

    private static final RuleBook NO_CAP = Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_ENABLED, "false", d(2018, 1, 1)));
    private static final LocalDate END_2025 = d(2025, 12, 31);
    private static final LocalDate LAST_ND91 = d(2023, 12, 31);
    private static final LocalDate FIRST_2022 = d(2024, 1, 1);
    private static final long UNIT = 70;

    static Stream<Arguments> hcldNhi2022() {
        return Stream.of(
                Arguments.of("HCLĐ Ba 2019, HTTNV 2020–2025 có 2 năm HTXSNV và CSTĐ tỉnh 2023", (Supplier<PersonHistory>) () ->
                        person("N1").award("HCLD_BA", 2019).ratings(2020, 2025, HTTNV).rating(2022, HTXSNV).rating(2024, HTXSNV)
                                .award("CSTD_TINH", 2023).build(), ELIGIBLE, "1 lần"),
                Arguments.of("chỉ 1 năm HTXSNV", (Supplier<PersonHistory>) () -> person("N2").award("HCLD_BA", 2019)
                        .ratings(2020, 2025, HTTNV).rating(2024, HTXSNV).award("CSTD_TINH", 2023).build(), NOT_ELIGIBLE,
                        "thêm 1 năm HTXSNV"),
                Arguments.of("không có CSTĐ tỉnh trong thời gian đó", (Supplier<PersonHistory>) () -> person("N3")
                        .award("HCLD_BA", 2019).ratings(2020, 2025, HTTNV).rating(2022, HTXSNV).rating(2024, HTXSNV).build(),
                        NOT_ELIGIBLE, "thêm 1 lần Chiến sĩ thi đua cấp tỉnh"),
                Arguments.of("CSTĐ tỉnh năm 2018, trước HCLĐ Ba: không tính", (Supplier<PersonHistory>) () -> person("N4")
                        .award("CSTD_TINH", 2018).award("HCLD_BA", 2019).ratings(2020, 2025, HTTNV).rating(2022, HTXSNV)
                        .rating(2024, HTXSNV).build(), NOT_ELIGIBLE, "thêm 1 lần Chiến sĩ thi đua cấp tỉnh"),
                Arguments.of("HCLĐ Ba 2021: mới 4 năm", (Supplier<PersonHistory>) () -> person("N5").award("HCLD_BA", 2021)
                        .ratings(2020, 2025, HTTNV).rating(2022, HTXSNV).rating(2024, HTXSNV).award("CSTD_TINH", 2023).build(),
                        NOT_ELIGIBLE, "thêm 1 năm"),
                Arguments.of("chưa có HCLĐ hạng Ba", (Supplier<PersonHistory>) () -> person("N6").ratings(2020, 2025, HTTNV)
                        .rating(2022, HTXSNV).rating(2024, HTXSNV).award("CSTD_TINH", 2023).build(), NOT_ELIGIBLE,
                        "Huân chương Lao động hạng Ba"));
    }

    @ParameterizedTest(name = "Luật 2022 Điều 43 k1: {0}")
    @MethodSource
    void hcldNhi2022(String label, Supplier<PersonHistory> p, Verdict expected, String text) {
        Assessment a = H.assess(NO_CAP, p.get(), Title.HCLD_NHI, 2025, END_2025);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.legalRef().contains("Điều 43 khoản 1"), a.legalRef());
    }

    /** One history of each law's structure, reviewed for 2023 on either side of 01/01/2024. */
    static Stream<Arguments> hcldNhiBoundary() {
        Supplier<PersonHistory> nd91 = () -> person("B1").award("HCLD_BA", 2018).ratings(2019, 2023, HTXSNV)
                .initiative(TINH, 2019).initiative(TINH, 2021).initiative(TINH, 2023).initiative(CO_SO, 2023).build();
        Supplier<PersonHistory> luat2022 = () -> person("B2").award("HCLD_BA", 2018).ratings(2019, 2023, HTTNV)
                .rating(2020, HTXSNV).rating(2022, HTXSNV).award("CSTD_TINH", 2021).build();
        return Stream.of(
                Arguments.of("HTXSNV 2019–2023 + 3 sáng kiến tỉnh (+ 1 cơ sở cho CSTĐCS 2023), xét 31/12/2023 (NĐ 91 Điều 23)", nd91,
                        LAST_ND91, ELIGIBLE),
                Arguments.of("HTXSNV 2019–2023 + 3 sáng kiến tỉnh, xét 01/01/2024 (Luật 2022 Điều 43: thiếu CSTĐ tỉnh)", nd91,
                        FIRST_2022, NOT_ELIGIBLE),
                Arguments.of("HTTNV + 2 HTXSNV + CSTĐ tỉnh 2021, xét 31/12/2023 (NĐ 91 Điều 23: thiếu HTXSNV liên tục)", luat2022,
                        LAST_ND91, NOT_ELIGIBLE),
                Arguments.of("HTTNV + 2 HTXSNV + CSTĐ tỉnh 2021, xét 01/01/2024 (Luật 2022 Điều 43 k1)", luat2022, FIRST_2022,
                        ELIGIBLE));
    }

    @ParameterizedTest(name = "HCLĐ hạng Nhì, ranh giới chế độ: {0}")
    @MethodSource
    void hcldNhiBoundary(String label, Supplier<PersonHistory> p, LocalDate on, Verdict expected) {
        Assessment a = H.assess(NO_CAP, p.get(), Title.HCLD_NHI, 2023, on);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.legalRef().contains(on.isBefore(FIRST_2022) ? "Điều 23" : "Điều 43 khoản 1"), a.legalRef());
    }

    static Stream<Arguments> governmentFlag() {
        List<MovementLead> none = List.of();
        List<MovementLead> national5 = List.of(new MovementLead(UNIT, "Cả nước chung tay vì người nghèo", 2021, 2025, true));
        List<MovementLead> national4 = List.of(new MovementLead(UNIT, "Cả nước chung tay vì người nghèo", 2022, 2025, true));
        List<MovementLead> province5 = List.of(new MovementLead(UNIT, "Chuyển đổi số tỉnh", 2021, 2025, false));
        return Stream.of(
                Arguments.of("Luật 2022 Điều 25 k1: dẫn đầu khối 2025, HTXSNV", 2025, HTXSNV, true, none, false, ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k1: dẫn đầu khối 2025, HTTNV", 2025, HTTNV, true, none, false, NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k1: không dẫn đầu khối", 2025, HTXSNV, false, none, false, NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k3: phong trào của Thủ tướng 2021–2025", 2025, HTTNV, false, national5, false,
                        ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k3: phong trào của Thủ tướng 2022–2025 (4 năm)", 2025, HTXSNV, false, national4,
                        false, NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k3: phong trào 5 năm của tỉnh", 2025, HTXSNV, false, province5, false,
                        NOT_ELIGIBLE),
                Arguments.of("NĐ 91 Điều 11: đủ điều kiện Cờ thi đua tỉnh 2023 trong lần xét này", 2023, HTXSNV, true, none, false,
                        ELIGIBLE),
                Arguments.of("NĐ 91 Điều 11: đã được tặng Cờ thi đua tỉnh 2023", 2023, HTXSNV, false, none, true, ELIGIBLE),
                Arguments.of("NĐ 91 Điều 11: Cờ thi đua tỉnh 2023 nhưng HTTNV", 2023, HTTNV, false, none, true, NOT_ELIGIBLE),
                Arguments.of("NĐ 91 Điều 11: chưa có Cờ thi đua tỉnh", 2023, HTXSNV, false, none, false, NOT_ELIGIBLE),
                Arguments.of("Luật 2003 Điều 25: không có tuyến phong trào của Thủ tướng", 2023, HTXSNV, false,
                        List.of(new MovementLead(UNIT, "Cả nước chung tay vì người nghèo", 2019, 2023, true)), false,
                        NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void governmentFlag(String label, int year, RatingLevel rating, boolean leadsBloc, List<MovementLead> leads,
                        boolean provinceFlagRecorded, Verdict expected) {
        Assessment a = governmentFlag(year, d(year, 12, 31), rating, leadsBloc, leads, provinceFlagRecorded);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.legalRef().contains(year < 2024 ? "Điều 11" : "Điều 25 khoản 1, khoản 3"), a.legalRef());
    }

    /** The national movement 2019–2023, summed up in 2023: the Điều 25 k3 route exists from 01/01/2024 on. */
    static Stream<Arguments> governmentFlagBoundary() {
        return Stream.of(Arguments.of(LAST_ND91, NOT_ELIGIBLE), Arguments.of(FIRST_2022, ELIGIBLE));
    }

    @ParameterizedTest(name = "Cờ thi đua của Chính phủ, Luật 2022 Điều 25 k3, xét ngày {0} → {1}")
    @MethodSource
    void governmentFlagBoundary(LocalDate on, Verdict expected) {
        Assessment a = governmentFlag(2023, on, HTTNV, false,
                List.of(new MovementLead(UNIT, "Cả nước chung tay vì người nghèo", 2019, 2023, true)), false);
        assertEquals(expected, a.verdict(), a.reasons());
    }

    private static Assessment governmentFlag(int year, LocalDate on, RatingLevel rating, boolean leadsBloc,
                                             List<MovementLead> leads, boolean provinceFlagRecorded) {
        List<Award> awards = provinceFlagRecorded ? List.of(new Award(H.IDS.incrementAndGet(), null, UNIT, "CO_TD_TINH",
                AwardFormType.CONG_TRANG, year, year, "12/QĐ-UBND", d(year, 12, 20), "UBND tỉnh")) : List.of();
        UnitHistory u = new UnitHistory(new Unit(UNIT, "DV70", "Sở Tài chính", H.AGENCY.id(), 7L), "Khối các sở",
                List.of(H.unitRating(UNIT, year, rating)), awards,
                leadsBloc ? List.of(new BlocLeader(7, year, UNIT)) : List.of(), List.of(), leads);
        return H.review(NO_CAP, year, on, List.of(), List.of(u)).find(u.ref(), Title.CO_TD_CP).orElseThrow();
    }

    private static String describe(Assessment a) {
        return a.criteria().stream().map(c -> c.text().vi() + ": " + c.evidence().vi()
                + (c.shortfall() == null ? "" : " → " + c.shortfall().vi())).collect(Collectors.joining(" | "));
    }
}
