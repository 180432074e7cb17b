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
        // household: the catalogue's 2,25 (BK tỉnh) and 0,45 (Giấy khen) = 1,5 × cá nhân
        "BK_TINH, HO_GIA_DINH, 2026-07-01, 5700000",
        "GIAY_KHEN, HO_GIA_DINH, 2026-07-01, 1140000",
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

    @Test
    void householdWithoutItsOwnCoefficientGetsOneAndAHalfTimesTheIndividualOne() {
        // NĐ 98 period: the catalogue has no household coefficient; 1,5 × 1,0 × 2.340.000
        Payment bk = one(new AwardFact(null, Recipient.HO_GIA_DINH, "BK_TINH", 2024, 2024, "1/QĐ-UBND", LocalDate.of(2025, 3, 1)));
        assertEquals(3_510_000, bk.amount());
        assertEquals(0, new BigDecimal("1.5").compareTo(bk.coefficient()));
        assertTrue(bk.note().contains("1,5 × hệ số cá nhân 1"), bk.note());
        // Huân chương: 1,5 × 4,5 = 6,75 × 2.530.000 = 17.077.500 → 17.080.000
        Payment hc = one(new AwardFact(null, Recipient.HO_GIA_DINH, "HCLD_BA", 2026, 2026, "1/QĐ-UBND", LocalDate.of(2026, 8, 1)));
        assertEquals(17_080_000, hc.amount());
    }

    @Test
    void noCoefficientMeansNoMoneyWithANote() {
        // base salary 1.300.000 from 01/07/2017, coefficients of NĐ 91 only from 31/07/2017
        Payment p = one(person("LDTT", 2016, 2016, "1/QĐ-UBND", LocalDate.of(2017, 7, 15)));
        assertEquals(0, p.amount());
        assertNull(p.coefficient());
        assertEquals("Không kèm tiền thưởng: không có hệ số tiền thưởng cho \"Lao động tiên tiến\" (cá nhân) tại ngày 15/07/2017",
                p.explanation());
        Payment early = one(person("LDTT", 2015, 2015, "1/QĐ-UBND", LocalDate.of(2016, 1, 15)));
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
        assertEquals(2_340_000, paid.get(1).amount());
        assertNull(paid.get(1).note());
    }

    @Test
    void higherTitleAfterALowerOneOfTheSameYearPaysInFullAndFlagsTheLowerOne() {
        AwardFact ldtt = person("LDTT", 2025, 2025, "10/QĐ-SNV", LocalDate.of(2025, 12, 20));
        AwardFact cstdcs = person("CSTDCS", 2025, 2025, "2/QĐ-UBND", LocalDate.of(2026, 2, 1));
        Payment p = rules.pay(List.of(cstdcs), List.of(ldtt)).get(0);
        assertEquals(2_340_000, p.amount());
        assertTrue(p.note().contains("\"Lao động tiên tiến\" (Quyết định số 10/QĐ-SNV): không được nhận tiền thưởng, "
                + "nếu đã chi thì phải thu hồi"), p.note());
    }

    @Test
    void lowerTitleAfterAHigherOneOfTheSameYearPaysNothing() {
        AwardFact cstdcs = person("CSTDCS", 2025, 2025, "2/QĐ-UBND", LocalDate.of(2026, 1, 5));
        AwardFact ldtt = person("LDTT", 2025, 2025, "10/QĐ-SNV", LocalDate.of(2026, 2, 1));
        Payment p = rules.pay(List.of(ldtt), List.of(cstdcs)).get(0);
        assertEquals(0, p.amount());
        assertTrue(p.explanation().contains("Quyết định số 2/QĐ-UBND ngày 05/01/2026"), p.explanation());
        // the same title twice for one year: only the first decision pays
        Payment twice = rules.pay(List.of(person("CSTDCS", 2025, 2025, "3/QĐ-UBND", LocalDate.of(2026, 3, 1))),
                List.of(cstdcs)).get(0);
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
