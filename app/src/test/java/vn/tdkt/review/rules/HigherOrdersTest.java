package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Rating;
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
 * The kinds added after {@link RemainingKindsTest} (#8, decisions 107–109), with the article in the test name and both
 * sides of every regime boundary the rule crosses: Huân chương Lao động hạng Nhì and hạng Nhất for a collective (Luật
 * 2022 Điều 43 (tập thể) / Điều 42 (tập thể); Luật 2003 sửa đổi 2013 Điều 43 k2, Điều 42 k2 b + NĐ 91 Điều 23, 22), Bằng khen tỉnh
 * theo đợt and đột xuất for a collective (Luật 2022 Điều 74, Điều 85; NĐ 91 Điều 39, 55), Huân chương Lao động hạng Nhì
 * and hạng Nhất for quá trình cống hiến (NĐ 152 Điều 20, 19 from the bounds of Điều 21 b). A count or a frame not
 * entered is the council's to compare: {@link Verdict#NOT_ASSESSED}, never a guessed Đạt.
 */
class HigherOrdersTest {

    private static final RuleBook NO_CAP = Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_ENABLED, "false", d(2017, 10, 1)));
    /**
     * A province that entered the counts of Điều 43 for a collective (01 Cờ Chính phủ or 02 Cờ tỉnh) for NĐ 98 and again for NĐ
     * 152 (an override holds within its regime).
     */
    private static final RuleBook ENTERED = Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_ENABLED, "false", d(2017, 10, 1)),
            new Rules.Change(RuleKey.HCLD_NHI_UNIT_GOV_FLAGS, "1", d(2024, 1, 1)),
            new Rules.Change(RuleKey.HCLD_NHI_UNIT_FLAGS, "2", d(2024, 1, 1)),
            new Rules.Change(RuleKey.HCLD_NHI_UNIT_GOV_FLAGS, "1", d(2025, 7, 1)),
            new Rules.Change(RuleKey.HCLD_NHI_UNIT_FLAGS, "2", d(2025, 7, 1)));
    private static final LocalDate END_2025 = d(2025, 12, 31);
    private static final LocalDate LAST_ND91 = d(2023, 12, 31);
    private static final LocalDate FIRST_2022 = d(2024, 1, 1);
    private static final long UNIT = 81;

    // ---- Huân chương Lao động hạng Nhì, tập thể ---------------------------------------------------------------------

    static Stream<Arguments> hcldNhiCollective() {
        return Stream.of(
                Arguments.of("Luật 2022 Điều 43 (tập thể): HCLĐ Ba 2019, HTXSNV 2020–2025, Cờ CP 2022, chưa nhập số lần → Hội đồng",
                        NO_CAP, 2025, END_2025, rated(2020, 2025, HTXSNV), List.of("HCLD_BA:2019", "CO_TD_CP:2022"), NOT_ASSESSED,
                        "Cờ thi đua của Chính phủ: 2022 ("),
                Arguments.of("Luật 2022 Điều 43 (tập thể): chưa có HCLĐ hạng Ba", NO_CAP, 2025, END_2025, rated(2020, 2025, HTXSNV),
                        List.of("CO_TD_CP:2022"), NOT_ELIGIBLE, "Huân chương Lao động hạng Ba"),
                Arguments.of("Luật 2022 Điều 43 (tập thể): HTTNV năm 2023 cắt chuỗi (2 năm)", NO_CAP, 2025, END_2025,
                        with(rated(2020, 2025, HTXSNV), 2023, HTTNV), List.of("HCLD_BA:2019", "CO_TD_CP:2022"), NOT_ELIGIBLE,
                        "thêm 3 năm"),
                Arguments.of("Luật 2022 Điều 43 (tập thể), số lần do tỉnh nhập: 01 Cờ Chính phủ", ENTERED, 2025, END_2025,
                        rated(2020, 2025, HTXSNV), List.of("HCLD_BA:2019", "CO_TD_CP:2022"), ELIGIBLE, "1 lần"),
                Arguments.of("Luật 2022 Điều 43 (tập thể), số lần do tỉnh nhập: hoặc 02 Cờ thi đua tỉnh", ENTERED, 2025, END_2025,
                        rated(2020, 2025, HTXSNV), List.of("HCLD_BA:2019", "CO_TD_TINH:2021", "CO_TD_TINH:2024"), ELIGIBLE,
                        "Cờ thi đua tỉnh: 2021 (QĐ số CO_TD_TINH-2021/QĐ-UBND ngày 15/01/2022), 2024"),
                Arguments.of("Luật 2022 Điều 43 (tập thể), số lần do tỉnh nhập: chỉ 1 Cờ thi đua tỉnh", ENTERED, 2025, END_2025,
                        rated(2020, 2025, HTXSNV), List.of("HCLD_BA:2019", "CO_TD_TINH:2021"), NOT_ELIGIBLE,
                        "thêm 1 lần Cờ thi đua của Chính phủ hoặc 1 lần Cờ thi đua tỉnh"),
                Arguments.of("Luật 2022 Điều 43 (tập thể): Cờ tỉnh 2018 trước HCLĐ Ba 2019 không tính", ENTERED, 2025, END_2025,
                        rated(2018, 2025, HTXSNV), List.of("CO_TD_TINH:2018", "HCLD_BA:2019", "CO_TD_TINH:2021"), NOT_ELIGIBLE,
                        "Cờ thi đua tỉnh: 2021 ("));
    }

    @ParameterizedTest(name = "Huân chương Lao động hạng Nhì (tập thể), {0}")
    @MethodSource
    void hcldNhiCollective(String label, RuleBook book, int year, LocalDate on, List<RatingLevel> ratings, List<String> awards,
                           Verdict expected, String text) {
        Assessment a = collective(book, Title.HCLD_NHI_TAP_THE, year, on, ratings, awards, List.of());
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.legalRef().contains("Luật Thi đua, khen thưởng 2022, Điều 43"), a.legalRef());
    }

    /**
     * 31/12/2023 ↔ 01/01/2024: the same record under Luật 2003 (sửa đổi 2013) Điều 43 + NĐ 91 Điều 23 and under Luật 2022
     * Điều 43 (the collective's clause not read, decision 129); the counts the province entered from 01/01/2024 make the
     * new side checkable, the old side stays the council's. 30/09 ↔ 01/10/2017: NĐ 65/2014's own counts (điểm b khoản 4
     * Điều 16: 01 Cờ Chính phủ và 01 Cờ tỉnh, hoặc 03 Cờ tỉnh; decision 127) against NĐ 91's, not entered.
     */
    static Stream<Arguments> hcldNhiBoundary() {
        return Stream.of(
                Arguments.of(d(2017, 9, 30), 2017, NOT_ELIGIBLE, "điểm b khoản 4 Điều 16 Nghị định số 65/2014/NĐ-CP"),
                Arguments.of(d(2017, 10, 1), 2017, NOT_ASSESSED, "Điều 23"),
                Arguments.of(LAST_ND91, 2023, NOT_ASSESSED, "Điều 23"),
                Arguments.of(FIRST_2022, 2023, ELIGIBLE, "Luật Thi đua, khen thưởng 2022, Điều 43"));
    }

    @ParameterizedTest(name = "HCLĐ hạng Nhì (tập thể), ngày xét {0} → {2} ({3})")
    @MethodSource
    void hcldNhiBoundary(LocalDate on, int year, Verdict expected, String ref) {
        Assessment a = collective(ENTERED, Title.HCLD_NHI_TAP_THE, year, on, rated(year - 5, year, HTXSNV),
                List.of("HCLD_BA:" + (year - 6), "CO_TD_TINH:" + (year - 3), "CO_TD_TINH:" + (year - 1)), List.of());
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.legalRef().contains(ref), a.legalRef());
    }

    /**
     * Luật 2022 Điều 42, 43, 44 have at least seven clauses (Nghị định 98/2023/NĐ-CP Điều 1 details khoản 7 of each): the
     * collective's clause is not guessed as khoản 3 in what a clerk reads (decision 129).
     */
    @ParameterizedTest(name = "Luật 2022 Điều {1} (tập thể): căn cứ không đoán khoản, ngày xét {2}")
    @CsvSource({
        "HCLD_NHI_TAP_THE, 43, 2025-12-31", "HCLD_NHAT_TAP_THE, 42, 2025-12-31", "HCLD_BA_TAP_THE, 44, 2025-12-31",
        "HCLD_NHI_TAP_THE, 43, 2024-01-01", "HCLD_NHAT_TAP_THE, 42, 2024-01-01", "HCLD_BA_TAP_THE, 44, 2024-01-01"
    })
    void collectiveClauseNotGuessed(Title title, int article, LocalDate on) {
        Assessment a = collective(NO_CAP, title, on.getYear() - 1, on, rated(2010, on.getYear() - 1, HTXSNV), List.of(), List.of());
        assertTrue(a.legalRef().contains("Luật Thi đua, khen thưởng 2022, Điều " + article), a.legalRef());
        assertFalse(a.legalRef().contains("Điều " + article + " khoản 3"), a.legalRef());
        assertFalse(a.legalRef().contains("[chưa kiểm chứng"), a.legalRef());
    }

    // ---- Huân chương Lao động hạng Nhất, tập thể --------------------------------------------------------------------

    static Stream<Arguments> hcldNhatCollective() {
        return Stream.of(
                Arguments.of("Luật 2022 Điều 42 (tập thể): HCLĐ Nhì 2019, HTXSNV 2020–2025 → Hội đồng đối chiếu số lần Cờ", 2025, END_2025,
                        rated(2020, 2025, HTXSNV), List.of("HCLD_NHI:2019", "CO_TD_CP:2021", "CO_TD_TINH:2023"), NOT_ASSESSED,
                        "Luật Thi đua, khen thưởng 2022, Điều 42"),
                Arguments.of("Luật 2022 Điều 42 (tập thể): HCLĐ Nhì 2021, mới 4 năm", 2025, END_2025, rated(2020, 2025, HTXSNV),
                        List.of("HCLD_NHI:2021"), NOT_ELIGIBLE, "Luật Thi đua, khen thưởng 2022, Điều 42"),
                Arguments.of("Luật 2022 Điều 42 (tập thể): HCLĐ Ba không thay được HCLĐ Nhì", 2025, END_2025, rated(2020, 2025, HTXSNV),
                        List.of("HCLD_BA:2019"), NOT_ELIGIBLE, "Luật Thi đua, khen thưởng 2022, Điều 42"),
                Arguments.of("Luật 2003 sửa đổi 2013 Điều 42 k2 b, xét 31/12/2023: HCLĐ Nhì 2017, HTXSNV 2018–2023", 2023, LAST_ND91,
                        rated(2018, 2023, HTXSNV), List.of("HCLD_NHI:2017"), NOT_ASSESSED, "Điều 42 khoản 2 điểm b"),
                Arguments.of("Luật 2022 Điều 42 (tập thể): cùng hồ sơ, xét 01/01/2024", 2023, FIRST_2022, rated(2018, 2023, HTXSNV),
                        List.of("HCLD_NHI:2017"), NOT_ASSESSED, "Luật Thi đua, khen thưởng 2022, Điều 42"),
                Arguments.of("Luật 2003 sửa đổi 2013 Điều 42 k2 b, xét 31/12/2023: HTTNV 2021 cắt chuỗi", 2023, LAST_ND91,
                        with(rated(2018, 2023, HTXSNV), 2021, HTTNV), List.of("HCLD_NHI:2017"), NOT_ELIGIBLE, "Điều 42 khoản 2 điểm b"));
    }

    @ParameterizedTest(name = "Huân chương Lao động hạng Nhất (tập thể), {0}")
    @MethodSource
    void hcldNhatCollective(String label, int year, LocalDate on, List<RatingLevel> ratings, List<String> awards, Verdict expected,
                            String ref) {
        Assessment a = collective(NO_CAP, Title.HCLD_NHAT_TAP_THE, year, on, ratings, awards, List.of());
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(a.legalRef().contains(ref), a.legalRef());
    }

    // ---- Bằng khen tỉnh theo đợt, chuyên đề và đột xuất, tập thể ----------------------------------------------------

    static Stream<Arguments> movementAndSuddenCollective() {
        List<MovementLead> led = List.of(new MovementLead(UNIT, "Chuyển đổi số", 2023, 2025));
        return Stream.of(
                Arguments.of("Luật 2022 Điều 74 (theo đợt, tập thể): phong trào đã dẫn đầu được nêu, Hội đồng bình xét",
                        Title.BK_TINH_CHUYEN_DE_TAP_THE, END_2025, led, List.of(), "dẫn đầu phong trào \"Chuyển đổi số\" (2023–2025)",
                        "Điều 74"),
                Arguments.of("Luật 2022 Điều 74 (theo đợt, tập thể): đã có Bằng khen chuyên đề năm 2025 được nêu",
                        Title.BK_TINH_CHUYEN_DE_TAP_THE, END_2025, List.of(), List.of(special(AwardFormType.CHUYEN_DE, 2025)),
                        "đã có khen thưởng năm 2025", "Điều 74"),
                Arguments.of("NĐ 91/2017 (theo đợt, tập thể), xét 31/12/2023", Title.BK_TINH_CHUYEN_DE_TAP_THE, LAST_ND91, List.of(),
                        List.of(), "không có trong dữ liệu", "Điều 39"),
                Arguments.of("NĐ 42/2010 + NĐ 65/2014 (theo đợt, tập thể), xét 30/09/2017: quy tắc NĐ 91", Title.BK_TINH_CHUYEN_DE_TAP_THE,
                        d(2017, 9, 30), List.of(), List.of(), "không có trong dữ liệu", "Điều 39"),
                Arguments.of("NĐ 91/2017 (theo đợt, tập thể), xét 01/10/2017", Title.BK_TINH_CHUYEN_DE_TAP_THE, d(2017, 10, 1),
                        List.of(), List.of(), "không có trong dữ liệu", "Điều 39"),
                Arguments.of("Luật 2022 Điều 74, Điều 85 (đột xuất, tập thể): thủ trưởng phát hiện thành tích đề nghị",
                        Title.BK_TINH_DOT_XUAT_TAP_THE, FIRST_2022, List.of(), List.of(), "báo cáo tóm tắt thành tích", "Điều 85"),
                Arguments.of("NĐ 91/2017 Điều 55 (đột xuất, tập thể), xét 31/12/2023", Title.BK_TINH_DOT_XUAT_TAP_THE, LAST_ND91,
                        List.of(), List.of(special(AwardFormType.DOT_XUAT, 2023)), "đã có khen thưởng năm 2023", "Điều 55"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void movementAndSuddenCollective(String label, Title title, LocalDate on, List<MovementLead> leads, List<Award> awards,
                                     String text, String ref) {
        int year = on.getYear();
        List<Rating> rs = List.of(H.unitRating(UNIT, year, HTXSNV));
        UnitHistory u = new UnitHistory(new Unit(UNIT, "DV81", "Sở Công Thương", H.AGENCY.id(), null), null, rs, awards, List.of(),
                List.of(), leads);
        Assessment a = H.review(NO_CAP, year, on, List.of(), List.of(u)).find(u.ref(), title).orElseThrow();
        assertEquals(NOT_ASSESSED, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertTrue(a.legalRef().contains(ref), a.legalRef());
        assertTrue(a.reasons().startsWith("chưa đánh giá được từ dữ liệu"), a.reasons());
        assertTrue(a.reasons(Locale.ENGLISH).startsWith("cannot be assessed from the data"), a.reasons(Locale.ENGLISH));
    }

    // ---- Huân chương Lao động hạng Nhì, hạng Nhất: quá trình cống hiến ----------------------------------------------

    static Stream<Arguments> longServiceHigher() {
        LocalDate retires = d(2026, 3, 31);
        Supplier<PersonHistory> twelveYears = () -> person("Q1").assignment("Phó Giám đốc Sở Tài chính", d(2005, 1, 1),
                d(2013, 12, 31)).position("Giám đốc Sở Tài chính").end(retires).build();
        Supplier<PersonHistory> nineYears = () -> person("Q2").assignment("Chuyên viên", d(2010, 1, 1),
                d(2016, 12, 31)).position("Giám đốc Sở Tài chính").end(retires).build();
        Supplier<PersonHistory> womanSeven = () -> person("Q3").woman().assignment("Chuyên viên", d(2005, 1, 1), d(2018, 12, 31))
                .position("Giám đốc Sở Y tế").end(retires).build();
        Supplier<PersonHistory> deputyFifteen = () -> person("Q4").assignment("Chuyên viên", d(2000, 1, 1), d(2010, 12, 31))
                .position("Phó Giám đốc Sở Nội vụ").end(retires).build();
        return Stream.of(
                Arguments.of("Điều 20: Giám đốc 12 năm → khung hạng cao hơn, Hội đồng đối chiếu", Title.HCLD_NHI_CONG_HIEN, twelveYears,
                        NOT_ASSESSED, "khung Điều 20 chưa nhập"),
                Arguments.of("Điều 19: Giám đốc 12 năm → Hội đồng đối chiếu", Title.HCLD_NHAT_CONG_HIEN, twelveYears, NOT_ASSESSED,
                        "khung Điều 19 chưa nhập"),
                Arguments.of("Điều 21 b: Giám đốc 12 năm vượt cận trên dưới 10 năm của hạng Ba", Title.HCLD_BA_CONG_HIEN, twelveYears,
                        NOT_ASSESSED, "đạt cận trên của khung hạng Ba"),
                Arguments.of("Điều 20: Giám đốc 9 năm thuộc khung hạng Ba (Điều 21 b)", Title.HCLD_NHI_CONG_HIEN, nineYears, NOT_ELIGIBLE,
                        "thuộc khung Huân chương Lao động hạng Ba"),
                Arguments.of("Điều 21 b: Giám đốc 9 năm trong khung hạng Ba, không có tiêu chí vượt khung", Title.HCLD_BA_CONG_HIEN,
                        nineYears, NOT_ASSESSED, "Hội đồng xác nhận chức vụ"),
                Arguments.of("Điều 20 + Điều 4 k7: nữ Giám đốc 7 năm ≥ 2/3 của 10 năm → Hội đồng đối chiếu", Title.HCLD_NHI_CONG_HIEN,
                        womanSeven, NOT_ASSESSED, "khung Điều 20 chưa nhập"),
                Arguments.of("Điều 20: Phó Giám đốc 15 năm → khung hạng cao hơn", Title.HCLD_NHI_CONG_HIEN, deputyFifteen, NOT_ASSESSED,
                        "Phó Giám đốc (cộng cả thời gian Giám đốc): 15 năm 0 tháng"),
                Arguments.of("Điều 20: chưa có thông báo nghỉ hưu", Title.HCLD_NHI_CONG_HIEN, (Supplier<PersonHistory>) () ->
                        person("Q5").assignment("Phó Giám đốc Sở Tài chính", d(2005, 1, 1), d(2013, 12, 31))
                                .position("Giám đốc Sở Tài chính").build(), NOT_ELIGIBLE, "thông báo hoặc quyết định nghỉ hưu"));
    }

    @ParameterizedTest(name = "NĐ 152 {0}")
    @MethodSource
    void longServiceHigher(String label, Title title, Supplier<PersonHistory> p, Verdict expected, String text) {
        Assessment a = H.assess(NO_CAP, p.get(), title, 2025, END_2025);
        assertEquals(expected, a.verdict(), a.reasons());
        assertTrue(describe(a).contains(text), describe(a));
        assertEquals(text.equals("Hội đồng xác nhận chức vụ"), !describe(a).contains("cận trên") && title == Title.HCLD_BA_CONG_HIEN,
                describe(a));
    }

    /** 30/06 ↔ 01/07/2025: NĐ 98/2023's frame is not entered; NĐ 152 reads Điều 21 b's bounds. 31/12/2023: NĐ 91. */
    static Stream<Arguments> longServiceHigherBoundary() {
        return Stream.of(
                Arguments.of(Title.HCLD_NHI_CONG_HIEN, LAST_ND91, NOT_ASSESSED, "91/2017"),
                Arguments.of(Title.HCLD_NHI_CONG_HIEN, FIRST_2022, NOT_ASSESSED, "98/2023"),
                Arguments.of(Title.HCLD_NHI_CONG_HIEN, d(2025, 6, 30), NOT_ASSESSED, "98/2023"),
                Arguments.of(Title.HCLD_NHI_CONG_HIEN, d(2025, 7, 1), NOT_ELIGIBLE, "Điều 20"),
                Arguments.of(Title.HCLD_NHAT_CONG_HIEN, d(2025, 6, 30), NOT_ASSESSED, "98/2023"),
                Arguments.of(Title.HCLD_NHAT_CONG_HIEN, d(2025, 7, 1), NOT_ELIGIBLE, "Điều 19"),
                Arguments.of(Title.HCLD_NHAT_CONG_HIEN, d(2026, 10, 1), NOT_ELIGIBLE, "Điều 19"));
    }

    @ParameterizedTest(name = "Cống hiến {0}, ngày xét {1} → {2} ({3})")
    @MethodSource
    void longServiceHigherBoundary(Title title, LocalDate on, Verdict expected, String ref) {
        int year = on.getMonthValue() == 1 ? on.getYear() - 1 : on.getYear();
        PersonHistory p = person("R1").assignment("Chuyên viên", d(2005, 1, 1), d(year - 8, 12, 31))
                .position("Giám đốc Sở Công Thương").end(d(2027, 6, 30)).build();
        Assessment a = H.assess(NO_CAP, p, title, year, on);
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

    private static Award special(AwardFormType type, int year) {
        return new Award(H.IDS.incrementAndGet(), null, UNIT, "BK_TINH", type, year, year, "BK-" + type + "-" + year + "/QĐ-UBND",
                d(year, 11, 20), "UBND tỉnh");
    }

    /** A collective rated per year (index 0 = 2000) with công trạng awards "KIND:YEAR", reviewed for one title. */
    private static Assessment collective(RuleBook book, Title title, int year, LocalDate on, List<RatingLevel> ratings,
                                         List<String> awards, List<MovementLead> leads) {
        List<Rating> rs = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.get(i) != null) {
                rs.add(H.unitRating(UNIT, 2000 + i, ratings.get(i)));
            }
        }
        List<Award> as = awards.stream().map(s -> s.split(":"))
                .map(s -> H.unitAward(UNIT, s[0], Integer.parseInt(s[1]))).toList();
        UnitHistory u = new UnitHistory(new Unit(UNIT, "DV81", "Sở Công Thương", H.AGENCY.id(), null), null, rs, as, List.of(),
                List.of(), leads);
        return H.review(book, year, on, List.of(), List.of(u)).find(u.ref(), title).orElseThrow();
    }

    private static String describe(Assessment a) {
        return a.criteria().stream().map(c -> c.text().vi() + ": " + c.evidence().vi()
                + (c.shortfall() == null ? "" : " → " + c.shortfall().vi())).collect(Collectors.joining(" | "));
    }
}
