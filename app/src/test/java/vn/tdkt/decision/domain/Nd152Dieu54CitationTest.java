package vn.tdkt.decision.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;

/**
 * Issue #8, "wrong article cited": the Bằng khen / Giấy khen coefficients of NĐ 152/2025 are in Điều 54 (Điều 52 is
 * another subject). V2 seeded them as Điều 52 and V40 corrected the rows; what a clerk reads in a payment's explanation
 * on the migrated catalogue cites Điều 54 on both sides of 01/07/2025 and of the 2026 slot, never Điều 52, and a date
 * under NĐ 98/2023 keeps that decree.
 */
class Nd152Dieu54CitationTest {

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

    @ParameterizedTest(name = "NĐ 152 Điều 54: {0} {1} ngày {2} → {3}")
    @CsvSource({
        "BK_TTG, CA_NHAN, 2025-07-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        "BK_TTG, TAP_THE, 2026-09-30, Nghị định 152/2025/NĐ-CP, Điều 54",
        "BK_TTG, HO_GIA_DINH, 2026-10-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        "BK_TINH, CA_NHAN, 2025-07-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        "BK_TINH, TAP_THE, 2026-10-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        "BK_TINH, HO_GIA_DINH, 2025-07-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        "GIAY_KHEN, CA_NHAN, 2026-07-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        "GIAY_KHEN, TAP_THE, 2025-07-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        "GIAY_KHEN, HO_GIA_DINH, 2026-10-01, Nghị định 152/2025/NĐ-CP, Điều 54",
        // the day before NĐ 152/2025: NĐ 98/2023's own article
        "BK_TINH, CA_NHAN, 2025-06-30, Nghị định 98/2023/NĐ-CP, ''",
    })
    void nd152Dieu54TheBangKhenAndGiayKhenCoefficientsCiteDieu54(String kind, Recipient recipient, LocalDate date,
                                                                  String decree, String article) {
        String key = recipient == Recipient.HO_GIA_DINH ? null : recipient == Recipient.CA_NHAN ? "P1" : "U1";
        Payment p = rules.pay(List.of(new AwardFact(key, recipient, kind, 2025, 2025, "1/QĐ-UBND", date)), List.of()).get(0);
        String why = p.explanation();
        // the payment list's short form ("Nghị định 152/2025/NĐ-CP, Điều 54"), or the official one the household's
        // Diễn giải uses ("Điều 54 Nghị định số 152/2025/NĐ-CP", decision 166)
        String official = (article.isEmpty() ? "" : article + " ") + decree.replace("Nghị định ", "Nghị định số ");
        assertTrue(why.contains(decree + (article.isEmpty() ? "" : ", " + article)) || why.contains(official), why);
        assertFalse(why.contains("Nghị định 152/2025/NĐ-CP, Điều 52"), why);
        assertFalse(why.contains("Điều 52 Nghị định số 152/2025/NĐ-CP"), why);
    }
}
