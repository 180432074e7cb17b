package vn.tdkt.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;

/** The catalogue as seeded by the migrations: names, versioned coefficients, base salaries, bonus rounding. */
class CatalogueTest {

    private static Database db;
    private static Catalogue catalogue;

    @BeforeAll
    static void load() {
        db = Database.inMemory();
        catalogue = new CatalogueService(db).catalogue();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "Lao động tiên tiến|LDTT",
        "lao dong tien tien|LDTT",
        "LĐTT|LDTT",
        "Chiến sĩ thi đua cơ sở|CSTDCS",
        "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh|CSTD_TINH",
        "Bằng khen của Chủ tịch UBND tỉnh|BK_TINH",
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh|BK_TINH",
        "“Tập thể lao động xuất sắc”|TTLDXS",
        "Cờ thi đua của UBND tỉnh|CO_TD_TINH",
        "Huân chương Lao động hạng Ba|HCLD_BA",
        "Giấy khen|GIAY_KHEN",
    })
    void resolvesNamesAsWrittenInTheLaw(String text, String code) {
        assertEquals(code, catalogue.resolve(text).orElseThrow().code());
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertTrue(catalogue.resolve("Bằng khen của Bộ trưởng").isEmpty());
        assertTrue(catalogue.resolve("").isEmpty());
    }

    @ParameterizedTest(name = "{0} {1} quyết định {2} → {3} đ")
    @CsvSource({
        // NĐ 152/2025 with LCS 2.530.000 (from 01/07/2026): 0,3 × 2.530.000 = 759.000 → 760.000
        "LDTT, CA_NHAN, 2026-07-01, 760000",
        "CSTDCS, CA_NHAN, 2026-11-20, 2530000",
        "CSTD_TINH, CA_NHAN, 2026-11-20, 7590000",
        "CSTD_TQ, CA_NHAN, 2026-11-20, 11390000",
        "BK_TINH, CA_NHAN, 2026-11-20, 3800000",
        "BK_TINH, TAP_THE, 2026-11-20, 7590000",
        "BK_TINH, HO_GIA_DINH, 2026-11-20, 5700000",
        "TTLDTT, TAP_THE, 2026-11-20, 2030000",
        "CO_TD_TINH, TAP_THE, 2026-11-20, 20240000",
        "HCLD_BA, CA_NHAN, 2026-11-20, 11390000",
        // the day before the new base salary: NĐ 152 with LCS 2.340.000 → 0,3 × 2.340.000 = 702.000 → 710.000
        "LDTT, CA_NHAN, 2026-06-30, 710000",
        "BK_TINH, CA_NHAN, 2026-06-30, 3510000",
        // NĐ 98/2023 (decision 30/06/2025): BK tỉnh cá nhân 1,0 × 2.340.000
        "BK_TINH, CA_NHAN, 2025-06-30, 2340000",
        // NĐ 152/2025 from 01/07/2025: 1,5 × 2.340.000
        "BK_TINH, CA_NHAN, 2025-07-01, 3510000",
        // NĐ 91/2017 with LCS 1.490.000 (2020): 0,3 × 1.490.000 = 447.000 → 450.000
        "LDTT, CA_NHAN, 2020-01-15, 450000",
        // LCS 1.800.000 (from 01/07/2023): 1,0 × 1.800.000
        "BK_TINH, CA_NHAN, 2023-12-31, 1800000",
    })
    void bonusIsCoefficientTimesBaseSalaryOnTheDecisionDateRoundedUp(String kind, Recipient r, LocalDate date, long amount) {
        assertEquals(amount, catalogue.bonus(kind, r, date).orElseThrow().amount());
    }

    @Test
    void bonusCarriesItsLegalReferences() {
        Bonus b = catalogue.bonus("BK_TINH", Recipient.CA_NHAN, LocalDate.of(2026, 11, 20)).orElseThrow();
        assertTrue(b.coefficientRef().contains("152/2025"), b.coefficientRef());
        assertTrue(b.salaryRef().contains("161/2026"), b.salaryRef());
    }

    @Test
    void noBonusWithoutACoefficientForTheRecipient() {
        assertTrue(catalogue.bonus("LDTT", Recipient.TAP_THE, LocalDate.of(2026, 11, 20)).isEmpty());
        assertTrue(catalogue.bonus("LDTT", Recipient.CA_NHAN, LocalDate.of(2010, 1, 1)).isEmpty());
    }

    @Test
    void baseSalarySeriesHasNoGapsSince2017() {
        LocalDate d = LocalDate.of(2017, 7, 1);
        while (d.isBefore(LocalDate.of(2027, 1, 1))) {
            LocalDate day = d;
            assertTrue(catalogue.baseSalary(day).isPresent(), () -> "no base salary on " + day);
            d = d.plusDays(1);
        }
    }

    @Test
    void coefficientsDoNotOverlapForAKindAndRecipient() {
        for (Coefficient a : catalogue.coefficients()) {
            for (Coefficient b : catalogue.coefficients()) {
                if (a != b && a.kindCode().equals(b.kindCode()) && a.recipient() == b.recipient()) {
                    boolean overlap = !(a.validTo() != null && a.validTo().isBefore(b.validFrom())
                            || b.validTo() != null && b.validTo().isBefore(a.validFrom()));
                    assertTrue(!overlap, () -> a + " overlaps " + b);
                }
            }
        }
    }
}
