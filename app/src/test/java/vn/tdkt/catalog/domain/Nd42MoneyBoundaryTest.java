package vn.tdkt.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;

/**
 * Money of a decision dated before 01/10/2017 is NĐ 42/2010's (Chương VI, Điều 70–76, with NĐ 65/2014), from 01/10/2017
 * NĐ 91/2017's (NĐ 91/2017 took effect 01/10/2017, not on its signing date 31/07/2017): the coefficient row chosen
 * on each side of the boundary, × the base salary of the decision date (NĐ 47/2016: 1.210.000 to 30/06/2017; NĐ 47/2017:
 * 1.300.000 from 01/07/2017), rounded up to 10.000 đ (#8, decision 141, record 0122).
 */
class Nd42MoneyBoundaryTest {

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

    @ParameterizedTest(name = "{0} {1}, quyết định ngày {2}: {3} đ theo {4}")
    @CsvSource({
        "LDTT, CA_NHAN, 2014-08-19, 350000, 42/2010",
        "BK_TINH, CA_NHAN, 2014-08-19, 1150000, 42/2010",
        "LDTT, CA_NHAN, 2017-06-30, 370000, 42/2010",
        "LDTT, CA_NHAN, 2017-07-31, 390000, 42/2010",
        "LDTT, CA_NHAN, 2017-09-30, 390000, 42/2010",
        "LDTT, CA_NHAN, 2017-10-01, 390000, 91/2017",
        "CSTDCS, CA_NHAN, 2017-09-30, 1300000, 42/2010",
        "CSTDCS, CA_NHAN, 2017-10-01, 1300000, 91/2017",
        "BK_TTG, CA_NHAN, 2017-09-30, 4550000, 42/2010",
        "BK_TTG, TAP_THE, 2017-10-01, 9100000, 91/2017",
        "HCLD_BA, TAP_THE, 2017-09-30, 11700000, 42/2010",
        "HCLD_BA, TAP_THE, 2017-10-01, 11700000, 91/2017",
        "CO_TD_CP, TAP_THE, 2017-09-30, 15600000, 42/2010",
        "CO_TD_TINH, TAP_THE, 2017-10-01, 10400000, 91/2017",
        "GIAY_KHEN, CA_NHAN, 2017-09-30, 390000, 42/2010",
        "GIAY_KHEN, TAP_THE, 2017-10-01, 780000, 91/2017"
    })
    void nd42BeforeTheFirstOfOctober2017Nd91From(String kind, Recipient recipient, LocalDate decided, long amount,
                                                  String decree) {
        Bonus b = catalogue.bonus(kind, recipient, decided).orElseThrow();
        assertEquals(amount, b.amount());
        assertTrue(b.coefficientRef().contains(decree), b.coefficientRef());
    }
}
