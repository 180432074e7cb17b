package vn.tdkt.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;

/** Tiền thưởng rules (NĐ 152/2025 Điều 49–54; docs/decisions/0003) on the real catalogue of V2. */
class BonusRulesTest {

    private static Database db;
    private static BonusRules rules;

    @BeforeAll
    static void load() {
        db = Database.inMemory();
        rules = new BonusRules(new CatalogueService(db).catalogue());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static AwardFact person(String kind, int from, int to, String no, LocalDate date) {
        return new AwardFact(AwardFact.personKey(1), Recipient.CA_NHAN, kind, from, to, no, date);
    }

    private static Payment one(AwardFact claim) {
        return rules.pay(List.of(claim), List.of()).get(0);
    }

    @ParameterizedTest(name = "{0} {1} on {2} → {3}")
    @CsvSource({
        // decision date selects the base salary: 2.340.000 until 30/06/2026, 2.530.000 from 01/07/2026
        "LDTT, CA_NHAN, 2026-06-30, 710000",
        "LDTT, CA_NHAN, 2026-07-01, 760000",
        // and the decree: Bằng khen tỉnh cá nhân 1,0 under NĐ 98 (to 30/06/2025), 1,5 under NĐ 152
        "BK_TINH, CA_NHAN, 2025-06-30, 2340000",
        "BK_TINH, CA_NHAN, 2025-07-01, 3510000",
        "BK_TINH, TAP_THE, 2025-06-30, 4680000",
        "BK_TINH, TAP_THE, 2026-07-01, 7590000",
        "CSTDCS, CA_NHAN, 2026-07-01, 2530000",
        "CSTD_TINH, CA_NHAN, 2026-07-01, 7590000",
        "TTLDXS, TAP_THE, 2025-12-01, 3510000",
        "TTLDTT, TAP_THE, 2026-07-01, 2030000",
        "CO_TD_TINH, TAP_THE, 2026-07-01, 20240000",
        "GIAY_KHEN, TAP_THE, 2026-07-01, 1520000",
        // NĐ 91 period with the 1.800.000 base salary: 0,3 × 1.800.000 = 540.000
        "LDTT, CA_NHAN, 2023-12-31, 540000",
        // household (NĐ 152 Điều 54): 1,5 × the individual's amount; both readings agree at 2.530.000
        "BK_TINH, HO_GIA_DINH, 2026-07-01, 5700000",
        "GIAY_KHEN, HO_GIA_DINH, 2026-07-01, 1140000",
        // regime boundaries for money: NĐ 42/2010 to 30/09/2017, NĐ 91/2017 from 01/10/2017 (same coefficients)
        "LDTT, CA_NHAN, 2017-09-30, 390000",
        "LDTT, CA_NHAN, 2017-10-01, 390000",
        "BK_TINH, CA_NHAN, 2016-03-01, 1150000",
        "BK_TINH, CA_NHAN, 2023-12-31, 1800000",
        "BK_TINH, CA_NHAN, 2024-01-01, 1800000",
        // the 2026 amendment (from 01/10/2026) keeps the NĐ 152 coefficients
        "BK_TINH, CA_NHAN, 2026-09-30, 3800000",
        "BK_TINH, CA_NHAN, 2026-10-01, 3800000",
        // Kỷ niệm chương of the province: at most 0,6 (NĐ 152 Điều 54 khoản 1)
        "KNC_TINH, CA_NHAN, 2026-07-01, 1520000",
    })
    void amountIsCoefficientTimesBaseSalaryOnTheDecisionDateRoundedUp(String kind, Recipient recipient, LocalDate date,
                                                                      long expected) {
        String key = recipient == Recipient.HO_GIA_DINH ? null : recipient == Recipient.CA_NHAN ? "P1" : "U1";
        Payment p = one(new AwardFact(key, recipient, kind, 2025, 2025, "1/QĐ-UBND", date));
        assertEquals(expected, p.amount());
    }

    @Test
    void explanationShowsCoefficientBaseSalaryRoundingAndLegalReferences() {
        Payment p = one(person("LDTT", 2025, 2025, "1/QĐ-UBND", LocalDate.of(2026, 6, 30)));
        assertEquals(new BigDecimal("0.30"), p.coefficient());
        assertEquals(2_340_000L, p.baseSalary());
        assertEquals("0,3 × 2.340.000 = 702.000 đ, làm tròn lên 710.000 đ (Nghị định 152/2025/NĐ-CP, Điều 50; "
                + "Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2)", p.explanation());
        Payment exact = one(person("CSTDCS", 2025, 2025, "1/QĐ-UBND", LocalDate.of(2026, 7, 1)));
        assertEquals("1 × 2.530.000 = 2.530.000 đ (Nghị định 152/2025/NĐ-CP, Điều 50; Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2)",
                exact.explanation());
    }

    /**
     * NĐ 152/2025 Điều 54: "mức tiền thưởng bằng 1,5 lần mức tiền thưởng tương ứng với các hình thức khen thưởng tặng
     * cho cá nhân" — 1,5 × the individual's AMOUNT (already rounded by Điều 49), rounded up again; not 1,5 × the
     * coefficient. The cases where the two readings differ, and where they agree.
     */
    @ParameterizedTest(name = "NĐ 152 Điều 54 hộ gia đình: {0} on {1} → {2} (1,5 × hệ số would give {3})")
    @CsvSource({
        // Giấy khen at 2.340.000: 1,5 × 710.000 = 1.065.000 → 1.070.000; 0,45 × 2.340.000 = 1.053.000 → 1.060.000
        "GIAY_KHEN, 2026-06-30, 1070000, 1060000",
        // HCLĐ hạng Ba at 2.530.000: 1,5 × 11.390.000 = 17.085.000 → 17.090.000; 6,75 × 2.530.000 → 17.080.000
        "HCLD_BA, 2026-08-01, 17090000, 17080000",
        // Bằng khen tỉnh at 2.340.000 and 2.530.000: both readings agree
        "BK_TINH, 2026-06-30, 5270000, 5270000",
        "BK_TINH, 2026-07-01, 5700000, 5700000",
        // NĐ 98 period (no household row): 1,5 × 2.340.000 = 3.510.000
        "BK_TINH, 2025-03-01, 3510000, 3510000",
    })
    void nd152Dieu54HouseholdGetsOneAndAHalfTimesTheIndividualsAmount(String kind, LocalDate date, long expected,
                                                                        long coefficientReading) {
        Payment p = one(new AwardFact(null, Recipient.HO_GIA_DINH, kind, 2025, 2025, "1/QĐ-UBND", date));
        assertEquals(expected, p.amount());
        assertNull(p.coefficient(), "a household line has no coefficient of its own");
        assertTrue(p.note().startsWith("hộ gia đình = 1,5 × "), p.note());
        assertTrue(expected >= coefficientReading, "never less than the coefficient reading");
    }

    @Test
    void nd152Dieu54HouseholdExplanationShowsTheIndividualAmountAndTheRounding() {
        Payment p = one(new AwardFact(null, Recipient.HO_GIA_DINH, "GIAY_KHEN", 2025, 2025, "1/QĐ-UBND",
                LocalDate.of(2026, 6, 30)));
        assertEquals("hộ gia đình = 1,5 × 710.000 đ (mức tiền thưởng của cá nhân: 0,3 × 2.340.000 = 702.000 đ, làm tròn lên "
                + "710.000 đ) = 1.065.000 đ, làm tròn lên 1.070.000 đ (Điều 54 Nghị định số 152/2025/NĐ-CP; khoản 2 Điều 3 "
                + "Nghị định số 73/2024/NĐ-CP)", p.explanation());
        assertEquals(p.explanation(), p.documentExplanation(), "the Diễn giải cites the texts in their official form");
        assertTrue(p.legalRef().contains("chưa đối chiếu"), "the record keeps the data's references as written");
        assertTrue(p.explanation(java.util.Locale.ENGLISH).startsWith("household = 1,5 × 710.000 đ (the individual's bonus: "
                + "0,3 × 2.340.000 = 702.000 đ, rounded up to 710.000 đ) = 1.065.000 đ, rounded up to 1.070.000 đ ("),
                p.explanation(java.util.Locale.ENGLISH));
    }

    @Test
    void noCoefficientMeansNoMoneyWithANote() {
        // base salary 730.000 from 01/05/2010, coefficients of NĐ 42/2010 only from 01/06/2010
        Payment p = one(person("LDTT", 2009, 2009, "1/QĐ-UBND", LocalDate.of(2010, 5, 15)));
        assertEquals(0, p.amount());
        assertNull(p.coefficient());
        assertEquals("Không kèm tiền thưởng: không có hệ số tiền thưởng cho \"Lao động tiên tiến\" (cá nhân) tại ngày 15/05/2010",
                p.explanation());
        assertEquals("No bonus: no bonus coefficient for \"Lao động tiên tiến\" (individual) on 15/05/2010",
                p.explanation(java.util.Locale.ENGLISH), "the window's language; documents keep Vietnamese");
        Payment early = one(person("LDTT", 2009, 2009, "1/QĐ-UBND", LocalDate.of(2010, 4, 15)));
        assertEquals(0, early.amount());
        assertTrue(early.note().contains("chưa có mức lương cơ sở"), early.note());
    }

    @Test
    void sameYearTitlesInOneDecisionPayOnlyTheHighest() {
        LocalDate d = LocalDate.of(2026, 1, 20);
        List<Payment> paid = rules.pay(List.of(person("LDTT", 2025, 2025, "1/QĐ-UBND", d),
                person("CSTDCS", 2025, 2025, "1/QĐ-UBND", d)), List.of());
        assertEquals(0, paid.get(0).amount());
        assertTrue(paid.get(0).note().contains("có danh hiệu cao hơn \"Chiến sĩ thi đua cơ sở\" (cùng quyết định)"),
                paid.get(0).note());
        assertTrue(paid.get(0).note().contains("theo Nghị định 152/2025/NĐ-CP"), paid.get(0).note());
        assertTrue(paid.get(0).note(java.util.Locale.ENGLISH).startsWith("Not paid: the same achievement period 2025 has the "
                + "higher title \"Chiến sĩ thi đua cơ sở\" (the same decision); only the highest title"), paid.get(0).note());
        assertEquals(2_340_000, paid.get(1).amount());
        assertNull(paid.get(1).note());
    }

    /** The cases: titles of one period decided at different moments are each paid, both ways round. */
    @ParameterizedTest(name = "NĐ 152 Điều 49 khoản 5: {0} {2} then {1} {3} → both paid")
    @CsvSource({
        "LDTT, CSTDCS, 2024-12-20, 2025-01-10, 710000, 2340000",
        "CSTDCS, CSTD_TINH, 2024-01-10, 2024-04-09, 1800000, 5400000",
        "CSTDCS, LDTT, 2026-01-05, 2026-02-01, 2340000, 710000",
    })
    void nd152Dieu49Khoan5TitlesOfOnePeriodAtDifferentMomentsAreEachPaid(String first, String second, LocalDate d1,
                                                                          LocalDate d2, long paid1, long paid2) {
        int year = d1.getMonthValue() == 12 ? d1.getYear() : d1.getYear() - 1;
        AwardFact a = person(first, year, year, "10/QĐ-SNV", d1);
        AwardFact b = person(second, year, year, "2/QĐ-UBND", d2);
        List<AwardFact> history = List.of(a, b);
        assertEquals(paid1, rules.pay(List.of(a), history).get(0).amount(), "the later decision changes nothing");
        Payment later = rules.pay(List.of(b), history).get(0);
        assertEquals(paid2, later.amount());
        assertNull(later.note());
    }

    @Test
    void nd152Dieu49Khoan5SameMomentOtherDecisionPaysOnlyTheHighestAndNamesTheRecovery() {
        LocalDate d = LocalDate.of(2026, 1, 20);
        AwardFact ldtt = person("LDTT", 2025, 2025, "10/QĐ-SNV", d);
        AwardFact cstdcs = person("CSTDCS", 2025, 2025, "2/QĐ-UBND", d);
        List<AwardFact> history = List.of(ldtt, cstdcs);
        assertEquals(0, rules.pay(List.of(ldtt), history).get(0).amount());
        Payment high = rules.pay(List.of(cstdcs), history).get(0);
        assertEquals(2_340_000, high.amount());
        assertTrue(high.note().contains("\"Lao động tiên tiến\" (Quyết định số 10/QĐ-SNV ngày 20/01/2026): danh sách đã ban "
                + "hành không thay đổi; nếu đã chi tiền thưởng của danh hiệu thấp hơn thì lập quyết định thu hồi riêng"),
                high.note());
    }

    @Test
    void luat2022Dieu5TheSameTitleTwiceForOnePeriodIsPaidOnceToTheFirstDecision() {
        AwardFact cstdcs = person("CSTDCS", 2025, 2025, "2/QĐ-UBND", LocalDate.of(2026, 1, 5));
        assertEquals(2_340_000, rules.pay(List.of(cstdcs),
                List.of(cstdcs, person("CSTDCS", 2025, 2025, "3/QĐ-UBND", LocalDate.of(2026, 3, 1)))).get(0).amount());
        // the same title twice for one year: only the first decision pays
        Payment twice = rules.pay(List.of(person("CSTDCS", 2025, 2025, "3/QĐ-UBND", LocalDate.of(2026, 3, 1))),
                List.of(cstdcs)).get(0);
        assertTrue(twice.explanation().contains("Quyết định số 2/QĐ-UBND ngày 05/01/2026"), twice.explanation());
        assertEquals(0, twice.amount());
        assertTrue(twice.note().startsWith("Không chi: danh hiệu \"Chiến sĩ thi đua cơ sở\" kỳ 2025 đã được khen"), twice.note());
    }

    @Test
    void differentPeriodsFormsAndOtherPeopleAreEachPaid() {
        LocalDate d = LocalDate.of(2026, 1, 20);
        List<Payment> paid = rules.pay(List.of(
                person("CSTD_TINH", 2023, 2025, "1/QĐ-UBND", d),
                person("CSTDCS", 2025, 2025, "1/QĐ-UBND", d),
                person("BK_TINH", 2025, 2025, "1/QĐ-UBND", d),
                person("GIAY_KHEN", 2025, 2025, "1/QĐ-UBND", d),
                new AwardFact(AwardFact.personKey(2), Recipient.CA_NHAN, "LDTT", 2025, 2025, "1/QĐ-UBND", d)),
                List.of());
        assertEquals(List.of(7_020_000L, 2_340_000L, 3_510_000L, 710_000L, 710_000L),
                paid.stream().map(Payment::amount).toList());
    }

    @Test
    void collectiveTitlesOfTheSameYearPayOnlyTheHighest() {
        LocalDate d = LocalDate.of(2026, 1, 20);
        List<Payment> paid = rules.pay(List.of(
                new AwardFact(AwardFact.unitKey(7), Recipient.TAP_THE, "TTLDTT", 2025, 2025, "1/QĐ-UBND", d),
                new AwardFact(AwardFact.unitKey(7), Recipient.TAP_THE, "TTLDXS", 2025, 2025, "1/QĐ-UBND", d)), List.of());
        assertEquals(0, paid.get(0).amount());
        assertEquals(3_510_000, paid.get(1).amount());
    }
}
