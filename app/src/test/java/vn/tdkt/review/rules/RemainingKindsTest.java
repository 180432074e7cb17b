package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.InitiativeScope.CO_SO;
import static vn.tdkt.record.domain.InitiativeScope.TINH;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.HELD;
import static vn.tdkt.review.domain.Verdict.NOT_ASSESSED;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.UnitHistory;
import vn.tdkt.review.domain.Verdict;

/**
 * The award kinds the engine lacked (#8), one table per kind with the article in the test name and the regime
 * boundaries: Huân chương Lao động hạng Nhất (Luật 2022 Điều 42 k1 / NĐ 91 Điều 22), the collective criteria of Bằng
 * khen Thủ tướng (Luật 2022 Điều 73 k3 / NĐ 91 Điều 38 k3) and Huân chương Lao động hạng Ba (Luật 2022 Điều 44 (tập thể) / NĐ
 * 91 Điều 24 k2), Bằng khen tỉnh theo đợt, chuyên đề (Điều 74 k1 a) and đột xuất (Điều 74 k1 b, Điều 85), Huân chương
 * Lao động hạng Ba for quá trình cống hiến (NĐ 152 Điều 21 b, Điều 9, Điều 4 k7). What only the council can judge is
 * {@link Verdict#NOT_ASSESSED} with its reason, never a guess.
 */
class RemainingKindsTest {

    private static final RuleBook NO_CAP = Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_ENABLED, "false", d(2018, 1, 1)));
    private static final LocalDate END_2025 = d(2025, 12, 31);
    private static final LocalDate LAST_ND91 = d(2023, 12, 31);
    private static final LocalDate FIRST_2022 = d(2024, 1, 1);
    private static final long UNIT = 80;

    // ---- the verdict with a judgement ------------------------------------------------------------------------------

    static Stream<Arguments> verdictWithJudgement() {
        Criterion met = Criterion.required(Msg.of("review.reason.none"), true, Msg.of("review.reason.none"), "Điều 1", null);
        Criterion unmet = Criterion.required(Msg.of("review.reason.none"), false, Msg.of("review.reason.none"), "Điều 1",
                Msg.of("review.reason.none"));
        Criterion route = Criterion.oneOf(Msg.of("review.reason.none"), true, Msg.of("review.reason.none"), "Điều 2", null);
        Criterion noRoute = Criterion.oneOf(Msg.of("review.reason.none"), false, Msg.of("review.reason.none"), "Điều 2",
                Msg.of("review.reason.none"));
        Criterion held = Criterion.hold(Msg.of("review.reason.none"), false, Msg.of("review.reason.none"), "Điều 4",
                Msg.of("review.reason.none"));
        Criterion judged = Criterion.judgement(Msg.of("review.reason.none"), Msg.of("review.reason.none"), "Điều 85",
                Msg.of("review.reason.none"));
        return Stream.of(
                Arguments.of("đủ các điều kiện kiểm được, còn việc Hội đồng xét", List.of(met, judged), NOT_ASSESSED),
                Arguments.of("thiếu một điều kiện bắt buộc", List.of(unmet, judged), NOT_ELIGIBLE),
                Arguments.of("đang tạm hoãn", List.of(met, judged, held), HELD),
                Arguments.of("một tuyến kiểm được đã đạt", List.of(route, judged), ELIGIBLE),
                Arguments.of("tuyến kiểm được không đạt, còn tuyến Hội đồng xét", List.of(noRoute, judged), NOT_ASSESSED),
                Arguments.of("không có tuyến Hội đồng xét", List.of(noRoute, met), NOT_ELIGIBLE),
                Arguments.of("không có gì cần Hội đồng xét", List.of(met), ELIGIBLE));
    }

    @ParameterizedTest(name = "Chưa đánh giá được (#8): {0} → {2}")
    @MethodSource
    void verdictWithJudgement(String label, List<Criterion> criteria, Verdict expected) {
        Assessment a = Assessment.of(new SubjectRef(AwardSubject.CA_NHAN, 1, "A", "A"), Title.BK_TINH_DOT_XUAT, criteria, "x");
        assertEquals(expected, a.verdict());
    }

    // ---- Huân chương Lao động hạng Nhất ----------------------------------------------------------------------------

    static Stream<Arguments> hcldNhat2022() {
        return Stream.of(
                Arguments.of("HCLĐ Nhì 2019, HTTNV 2020–2025 có 3 năm HTXSNV và 2 lần CSTĐ tỉnh", (Supplier<PersonHistory>) () ->
                        person("I1").award("HCLD_NHI", 2019).ratings(2020, 2025, HTTNV).rating(2021, HTXSNV)
                                .rating(2023, HTXSNV).rating(2025, HTXSNV).award("CSTD_TINH", 2022).award("CSTD_TINH", 2024)
                                .build(), ELIGIBLE, "2 lần"),
                Arguments.of("chỉ 2 năm HTXSNV", (Supplier<PersonHistory>) () -> person("I2").award("HCLD_NHI", 2019)
                        .ratings(2020, 2025, HTTNV).rating(2021, HTXSNV).rating(2023, HTXSNV).award("CSTD_TINH", 2022)
                        .award("CSTD_TINH", 2024).build(), NOT_ELIGIBLE, "thêm 1 năm HTXSNV"),
                Arguments.of("chỉ 1 lần CSTĐ tỉnh", (Supplier<PersonHistory>) () -> person("I3").award("HCLD_NHI", 2019)
                        .ratings(2020, 2025, HTTNV).rating(2021, HTXSNV).rating(2023, HTXSNV).rating(2025, HTXSNV)
                        .award("CSTD_TINH", 2022).build(), NOT_ELIGIBLE, "thêm 1 lần Chiến sĩ thi đua cấp tỉnh"),
                Arguments.of("HCLĐ Nhì 2021: mới 4 năm", (Supplier<PersonHistory>) () -> person("I4").award("HCLD_NHI", 2021)
                        .ratings(2020, 2025, HTTNV).rating(2022, HTXSNV).rating(2023, HTXSNV).rating(2025, HTXSNV)
                        .award("CSTD_TINH", 2022).award("CSTD_TINH", 2024).build(), NOT_ELIGIBLE, "thêm 1 năm"),
                Arguments.of("chưa có HCLĐ hạng Nhì", (Supplier<PersonHistory>) () -> person("I5").ratings(2020, 2025, HTXSNV)
                        .award("CSTD_TINH", 2022).award("CSTD_TINH", 2024).build(), NOT_ELIGIBLE,
                        "Huân chương Lao động hạng Nhì"));
    }

    @ParameterizedTest(name = "Luật 2022 Điều 42 k1: {0}")
    @MethodSource
    void hcldNhat2022(String label, Supplier<PersonHistory> p, Verdict expected, String text) {
        Assessment a = H.assess(NO_CAP, p.get(), Title.HCLD_NHAT, 2025, END_2025);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.legalRef().contains("Điều 42 khoản 1"), a.legalRef());
    }

    static Stream<Arguments> hcldNhatBoundary() {
        Supplier<PersonHistory> nd91 = () -> person("J1").award("HCLD_NHI", 2018).ratings(2019, 2023, HTXSNV)
                .initiative(TINH, 2019).initiative(TINH, 2020).initiative(TINH, 2021).initiative(TINH, 2023)
                .initiative(CO_SO, 2023).build();
        Supplier<PersonHistory> luat2022 = () -> person("J2").award("HCLD_NHI", 2018).ratings(2019, 2023, HTTNV)
                .rating(2019, HTXSNV).rating(2021, HTXSNV).rating(2023, HTXSNV).award("CSTD_TINH", 2020)
                .award("CSTD_TINH", 2022).build();
        return Stream.of(
                Arguments.of("HTXSNV 2019–2023 + 4 sáng kiến tỉnh, xét 31/12/2023 (NĐ 91 Điều 22)", nd91, LAST_ND91, ELIGIBLE),
                Arguments.of("HTXSNV 2019–2023 + 4 sáng kiến tỉnh, xét 01/01/2024 (Luật 2022 Điều 42: thiếu CSTĐ tỉnh)", nd91,
                        FIRST_2022, NOT_ELIGIBLE),
                Arguments.of("HTTNV + 3 HTXSNV + 2 CSTĐ tỉnh, xét 31/12/2023 (NĐ 91 Điều 22: không liên tục HTXSNV)", luat2022,
                        LAST_ND91, NOT_ELIGIBLE),
                Arguments.of("HTTNV + 3 HTXSNV + 2 CSTĐ tỉnh, xét 01/01/2024 (Luật 2022 Điều 42 k1)", luat2022, FIRST_2022,
                        ELIGIBLE));
    }

    @ParameterizedTest(name = "HCLĐ hạng Nhất, ranh giới chế độ: {0}")
    @MethodSource
    void hcldNhatBoundary(String label, Supplier<PersonHistory> p, LocalDate on, Verdict expected) {
        Assessment a = H.assess(NO_CAP, p.get(), Title.HCLD_NHAT, 2023, on);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.legalRef().contains(on.isBefore(FIRST_2022) ? "Điều 22" : "Điều 42 khoản 1"), a.legalRef());
    }

    // ---- Bằng khen Thủ tướng, tập thể ------------------------------------------------------------------------------

    static Stream<Arguments> bkTtgCollective() {
        return Stream.of(
                Arguments.of("Luật 2022 Điều 73 k3: BK tỉnh 2019, HTXSNV 2020–2025, TTLĐXS 2022", 2025, END_2025,
                        rated(2020, 2025, HTXSNV), List.of("BK_TINH:2019", "TTLDXS:2022"), ELIGIBLE),
                Arguments.of("Luật 2022 Điều 73 k3: không có TTLĐXS trong thời gian đó", 2025, END_2025, rated(2020, 2025, HTXSNV),
                        List.of("BK_TINH:2019"), NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 73 k3: HTTNV năm 2022 cắt chuỗi (3 năm)", 2025, END_2025,
                        with(rated(2020, 2025, HTXSNV), 2022, HTTNV), List.of("BK_TINH:2019", "TTLDXS:2023"), NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 73 k3: chưa có Bằng khen tỉnh", 2025, END_2025, rated(2020, 2025, HTXSNV),
                        List.of("TTLDXS:2022"), NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 73 k3: Bằng khen Thủ tướng 2021 đã khen, BK tỉnh 2019 trước đó", 2025, END_2025,
                        rated(2020, 2025, HTXSNV), List.of("BK_TINH:2019", "BK_TTG:2021", "TTLDXS:2022"), NOT_ELIGIBLE),
                Arguments.of("NĐ 91 Điều 38 k3: BK tỉnh 2017, HTXSNV 2018–2023, xét 31/12/2023", 2023, LAST_ND91,
                        rated(2018, 2023, HTXSNV), List.of("BK_TINH:2017"), ELIGIBLE),
                Arguments.of("Luật 2022 Điều 73 k3: cùng hồ sơ, xét 01/01/2024 (thiếu TTLĐXS)", 2023, FIRST_2022,
                        rated(2018, 2023, HTXSNV), List.of("BK_TINH:2017"), NOT_ELIGIBLE),
                Arguments.of("NĐ 91 Điều 38 k3: BK tỉnh 2019, mới 4 năm HTXSNV", 2023, LAST_ND91, rated(2020, 2023, HTXSNV),
                        List.of("BK_TINH:2019"), NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "Bằng khen Thủ tướng (tập thể), {0}")
    @MethodSource
    void bkTtgCollective(String label, int year, LocalDate on, List<RatingLevel> ratings, List<String> awards,
                         Verdict expected) {
        Assessment a = collective(Title.BK_TTG_TAP_THE, year, on, ratings, awards);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.legalRef().contains(on.isBefore(FIRST_2022) ? "Điều 38 khoản 3" : "Điều 73 khoản 3"), a.legalRef());
    }

    // ---- Huân chương Lao động hạng Ba, tập thể ---------------------------------------------------------------------

    static Stream<Arguments> hcldBaCollective() {
        return Stream.of(
                Arguments.of("Luật 2022 Điều 44 (tập thể): dữ liệu từ 2012, BK TTg 2019, HTXSNV 2020–2025, Cờ thi đua tỉnh 2023", 2025,
                        END_2025, rated(2012, 2025, HTXSNV), List.of("BK_TTG:2019", "CO_TD_TINH:2023"), ELIGIBLE),
                Arguments.of("Luật 2022 Điều 44 (tập thể): hoặc 2 lần Bằng khen tỉnh (2021, 2024)", 2025, END_2025,
                        rated(2012, 2025, HTXSNV), List.of("BK_TTG:2019", "BK_TINH:2021", "BK_TINH:2024"), ELIGIBLE),
                Arguments.of("Luật 2022 Điều 44 (tập thể): chỉ 1 lần Bằng khen tỉnh", 2025, END_2025, rated(2012, 2025, HTXSNV),
                        List.of("BK_TTG:2019", "BK_TINH:2021"), NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 44 (tập thể): chưa có Bằng khen Thủ tướng", 2025, END_2025, rated(2012, 2025, HTXSNV),
                        List.of("CO_TD_TINH:2023"), NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 44 (tập thể): dữ liệu chỉ từ 2019, không có ngày thành lập → Hội đồng xác nhận 10 năm",
                        2025, END_2025, rated(2020, 2025, HTXSNV), List.of("BK_TTG:2019", "CO_TD_TINH:2023"), NOT_ASSESSED),
                Arguments.of("NĐ 91 Điều 24 k2: BK TTg 2017, HTXSNV 2018–2023, Cờ thi đua tỉnh 2020, xét 31/12/2023", 2023,
                        LAST_ND91, rated(2010, 2023, HTXSNV), List.of("BK_TTG:2017", "CO_TD_TINH:2020"), ELIGIBLE),
                Arguments.of("Luật 2022 Điều 44 (tập thể): cùng hồ sơ, xét 01/01/2024", 2023, FIRST_2022, rated(2010, 2023, HTXSNV),
                        List.of("BK_TTG:2017", "CO_TD_TINH:2020"), ELIGIBLE));
    }

    @ParameterizedTest(name = "Huân chương Lao động hạng Ba (tập thể), {0}")
    @MethodSource
    void hcldBaCollective(String label, int year, LocalDate on, List<RatingLevel> ratings, List<String> awards,
                          Verdict expected) {
        Assessment a = collective(Title.HCLD_BA_TAP_THE, year, on, ratings, awards);
        assertEquals(expected, a.verdict(), a.reasons());
        String article = on.isBefore(FIRST_2022) ? "Điều 24 khoản 2" : "Luật Thi đua, khen thưởng 2022, Điều 44";
        assertTrue(a.legalRef().contains(article), a.legalRef());
    }

    // ---- Bằng khen tỉnh theo đợt, chuyên đề và đột xuất ------------------------------------------------------------

    static Stream<Arguments> movementAndSudden() {
        Supplier<PersonHistory> plain = () -> person("K1").ratings(2023, 2025, HTTNV).build();
        Supplier<PersonHistory> recorded = () -> person("K2").ratings(2023, 2025, HTTNV)
                .awardDecided("BK_TINH", 2025, d(2025, 9, 2), AwardFormType.CHUYEN_DE)
                .awardDecided("BK_TINH", 2025, d(2025, 10, 10), AwardFormType.DOT_XUAT).build();
        Supplier<PersonHistory> disciplined = () -> person("K3").ratings(2023, 2025, HTTNV)
                .discipline(DisciplineForm.KHIEN_TRACH, d(2025, 6, 1), d(2026, 5, 31)).build();
        Supplier<PersonHistory> inspected = () -> person("K4").ratings(2023, 2025, HTTNV)
                .hold(HoldReason.THANH_TRA, d(2025, 11, 1), null).build();
        return Stream.of(
                Arguments.of("Luật 2022 Điều 74 k1 a (theo đợt): kết quả trong phong trào là việc Hội đồng bình xét",
                        Title.BK_TINH_CHUYEN_DE, plain, END_2025, NOT_ASSESSED, "Điều 74 khoản 1 điểm a"),
                Arguments.of("Luật 2022 Điều 74 k1 a: đã có khen thưởng theo chuyên đề năm 2025 được nêu", Title.BK_TINH_CHUYEN_DE,
                        recorded, END_2025, NOT_ASSESSED, "đã có khen thưởng năm 2025"),
                Arguments.of("Luật 2022 Điều 74 k1 a: đang thi hành kỷ luật → tạm hoãn (NĐ 152 Điều 4 k4)",
                        Title.BK_TINH_CHUYEN_DE, disciplined, END_2025, HELD, "tạm hoãn xét"),
                Arguments.of("NĐ 91/2017 (theo đợt), xét 31/12/2023", Title.BK_TINH_CHUYEN_DE, plain, LAST_ND91, NOT_ASSESSED,
                        "Điều 39 khoản 1 điểm a"),
                Arguments.of("Luật 2022 Điều 74 k1 b, Điều 85 (đột xuất): thủ trưởng phát hiện thành tích đề nghị",
                        Title.BK_TINH_DOT_XUAT, plain, END_2025, NOT_ASSESSED, "Điều 85"),
                Arguments.of("Luật 2022 Điều 85 (đột xuất): đang bị thanh tra → tạm hoãn (NĐ 152 Điều 4 k4)",
                        Title.BK_TINH_DOT_XUAT, inspected, END_2025, HELD, "Đang bị thanh tra"),
                Arguments.of("NĐ 91/2017 Điều 55 (đột xuất), xét 31/12/2023", Title.BK_TINH_DOT_XUAT, plain, LAST_ND91,
                        NOT_ASSESSED, "Điều 55"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void movementAndSudden(String label, Title title, Supplier<PersonHistory> p, LocalDate on, Verdict expected,
                           String text) {
        Assessment a = H.assess(NO_CAP, p.get(), title, on.getYear(), on);
        assertEquals(expected, a.verdict(), a.reasons());
        String all = a.legalRef() + " | " + describe(a) + " | " + a.reasons();
        assertTrue(all.contains(text), all);
        if (expected == NOT_ASSESSED) {
            assertTrue(a.reasons().startsWith("chưa đánh giá được từ dữ liệu"), a.reasons());
            assertTrue(a.reasons(Locale.ENGLISH).startsWith("cannot be assessed from the data"), a.reasons(Locale.ENGLISH));
        }
    }

    /** NĐ 152 Điều 4 k3: a Bằng khen tỉnh theo chuyên đề or đột xuất never opens the Bằng khen Thủ tướng period. */
    static Stream<Arguments> specialAwardsOpenNoChain() {
        return Stream.of(Arguments.of(AwardFormType.CONG_TRANG, ELIGIBLE), Arguments.of(AwardFormType.CHUYEN_DE, NOT_ELIGIBLE),
                Arguments.of(AwardFormType.DOT_XUAT, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "NĐ 152 Điều 4 k3: Bằng khen tỉnh 2019 loại hình {0} → Bằng khen Thủ tướng 2025 {1}")
    @MethodSource
    void specialAwardsOpenNoChain(AwardFormType type, Verdict expected) {
        PersonHistory p = person("L1").award("BK_TINH", 2019, type).ratings(2020, 2025, HTTNV).award("CSTDCS", 2021)
                .award("CSTDCS", 2023).award("CSTDCS", 2024).build();
        Assessment a = H.assess(NO_CAP, p, Title.BK_TTG, 2025, END_2025);
        assertEquals(expected, a.verdict(), a.reasons());
    }

    // ---- Huân chương Lao động hạng Ba, quá trình cống hiến ---------------------------------------------------------

    static Stream<Arguments> longService() {
        LocalDate retires = d(2026, 3, 31);
        return Stream.of(
                Arguments.of("Giám đốc 2017–2025 (9 năm), nghỉ hưu 31/03/2026 → Hội đồng xác nhận chức vụ tương đương",
                        (Supplier<PersonHistory>) () -> person("M1").assignment("Phó Giám đốc Sở Tài chính", d(2010, 1, 1),
                                d(2016, 12, 31)).position("Giám đốc Sở Tài chính").end(retires).build(), NOT_ASSESSED,
                        "Hội đồng xác nhận chức vụ"),
                Arguments.of("Giám đốc 2021–2025 (5 năm), nam → thiếu 1 năm", (Supplier<PersonHistory>) () -> person("M2")
                        .assignment("Chuyên viên", d(2010, 1, 1), d(2020, 12, 31)).position("Giám đốc Sở Xây dựng").end(retires)
                        .build(), NOT_ELIGIBLE, "thêm 1 năm 0 tháng giữ chức vụ Giám đốc"),
                Arguments.of("nữ Giám đốc 2022–2025 (4 năm): giảm 1/3 (NĐ 152 Điều 4 k7)", (Supplier<PersonHistory>) () ->
                        person("M3").woman().assignment("Chuyên viên", d(2010, 1, 1), d(2021, 12, 31))
                                .position("Giám đốc Sở Y tế").end(retires).build(), NOT_ASSESSED, "giảm 1/3"),
                Arguments.of("nữ Giám đốc từ 01/02/2022 (3 năm 11 tháng) → thiếu 1 tháng", (Supplier<PersonHistory>) () ->
                        person("M4").woman().assignment("Chuyên viên", d(2010, 1, 1), d(2022, 1, 31))
                                .position("Giám đốc Sở Y tế").end(retires).build(), NOT_ELIGIBLE, "thêm 0 năm 1 tháng"),
                Arguments.of("Phó Giám đốc 8 năm + Giám đốc 2 năm: thời gian chức vụ cao hơn cộng cho Phó Giám đốc (10 năm)",
                        (Supplier<PersonHistory>) () -> person("M5").assignment("Phó Giám đốc Sở Nội vụ", d(2016, 1, 1),
                                d(2023, 12, 31)).position("Giám đốc Sở Nội vụ").end(retires).build(), NOT_ASSESSED,
                        "Phó Giám đốc (cộng cả thời gian Giám đốc): 10 năm 0 tháng"),
                Arguments.of("chưa có thông báo nghỉ hưu", (Supplier<PersonHistory>) () -> person("M6")
                        .assignment("Phó Giám đốc Sở Tài chính", d(2010, 1, 1), d(2016, 12, 31)).position("Giám đốc Sở Tài chính")
                        .build(), NOT_ELIGIBLE, "thông báo hoặc quyết định nghỉ hưu"),
                Arguments.of("bị kỷ luật khi đang giữ chức vụ Giám đốc (NĐ 152 Điều 9)", (Supplier<PersonHistory>) () ->
                        person("M7").assignment("Phó Giám đốc Sở Tài chính", d(2010, 1, 1), d(2016, 12, 31))
                                .position("Giám đốc Sở Tài chính").end(retires)
                                .discipline(DisciplineForm.KHIEN_TRACH, d(2019, 3, 1), d(2020, 2, 28)).build(), NOT_ELIGIBLE,
                        "không khen thưởng quá trình cống hiến khi bị kỷ luật"),
                Arguments.of("không có chức vụ Giám đốc, Phó Giám đốc trong hồ sơ → Hội đồng xác định", (Supplier<PersonHistory>) () ->
                        person("M8").position("Trưởng phòng").end(retires).build(), NOT_ASSESSED, "Hội đồng xác định chức vụ"));
    }

    @ParameterizedTest(name = "NĐ 152 Điều 21 b, Điều 9: {0}")
    @MethodSource
    void longService(String label, Supplier<PersonHistory> p, Verdict expected, String text) {
        Assessment a = H.assess(NO_CAP, p.get(), Title.HCLD_BA_CONG_HIEN, 2025, END_2025);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.legalRef().contains("Điều 21 điểm b"), a.legalRef());
    }

    /**
     * The frame is entered for NĐ 152/2025 only: before 01/07/2025 the engine says it does not assess it; the 2026
     * amendment (01/10/2026) inherits NĐ 152's rule. A Giám đốc of 4 years (short of the 6) on each side.
     */
    static Stream<Arguments> longServiceBoundary() {
        return Stream.of(
                Arguments.of(LAST_ND91, NOT_ASSESSED, "91/2017"), Arguments.of(FIRST_2022, NOT_ASSESSED, "98/2023"),
                Arguments.of(d(2025, 6, 30), NOT_ASSESSED, "98/2023"), Arguments.of(d(2025, 7, 1), NOT_ELIGIBLE, "Điều 21 điểm b"),
                Arguments.of(d(2026, 9, 30), NOT_ELIGIBLE, "Điều 21 điểm b"), Arguments.of(d(2026, 10, 1), NOT_ELIGIBLE,
                        "Điều 21 điểm b"));
    }

    @ParameterizedTest(name = "Cống hiến, ngày xét {0} → {1} ({2})")
    @MethodSource
    void longServiceBoundary(LocalDate on, Verdict expected, String ref) {
        int year = on.getMonthValue() == 1 ? on.getYear() - 1 : on.getYear();
        PersonHistory p = person("N1").assignment("Chuyên viên", d(2010, 1, 1), d(year - 4, 12, 31))
                .position("Giám đốc Sở Công Thương").end(d(2027, 6, 30)).build();
        Assessment a = H.assess(NO_CAP, p, Title.HCLD_BA_CONG_HIEN, year, on);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.legalRef().contains(ref), a.legalRef());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static List<RatingLevel> rated(int from, int to, RatingLevel level) {
        List<RatingLevel> out = new ArrayList<>();
        for (int y = 2000; y <= to; y++) {
            out.add(y < from ? null : level);
        }
        return out;
    }

    private static List<RatingLevel> with(List<RatingLevel> ratings, int year, RatingLevel level) {
        List<RatingLevel> out = new ArrayList<>(ratings);
        out.set(year - 2000, level);
        return out;
    }

    /** A collective rated per year (index 0 = 2000) with awards "KIND:YEAR", reviewed for one title. */
    private static Assessment collective(Title title, int year, LocalDate on, List<RatingLevel> ratings, List<String> awards) {
        List<Rating> rs = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.get(i) != null) {
                rs.add(H.unitRating(UNIT, 2000 + i, ratings.get(i)));
            }
        }
        List<Award> as = awards.stream().map(s -> s.split(":"))
                .map(s -> H.unitAward(UNIT, s[0], Integer.parseInt(s[1]))).toList();
        UnitHistory u = new UnitHistory(new Unit(UNIT, "DV80", "Sở Kế hoạch", H.AGENCY.id(), null), null, rs, as, List.of(),
                List.of(), List.of());
        return H.review(NO_CAP, year, on, List.of(), List.of(u)).find(u.ref(), title).orElseThrow();
    }

    private static String describe(Assessment a) {
        return a.criteria().stream().map(c -> c.text().vi() + ": " + c.evidence().vi()
                + (c.shortfall() == null ? "" : " → " + c.shortfall().vi())).collect(Collectors.joining(" | "));
    }
}
