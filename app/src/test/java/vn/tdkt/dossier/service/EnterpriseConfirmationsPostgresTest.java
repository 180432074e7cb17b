package vn.tdkt.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.org.service.OrgService;

/**
 * V194 on the embedded PostgreSQL server (#8, decision 140): the unit's loại hình with its CHECK, the checklist rules
 * of one loại hình ({@code dossier_requirement.subject_kind}) and the tax and social-insurance confirmations (Cổng Dịch
 * vụ công quốc gia, câu hỏi 16437) migrate to the same rows as on the embedded H2 store, and a dossier of an enterprise
 * asks them there from Đủ hồ sơ — the parent's loại hình read up the tree by the server's own SQL.
 */
class EnterpriseConfirmationsPostgresTest {

    private static final String PER_REGIME = "SELECT r.code, (SELECT COUNT(*) FROM dossier_requirement q "
            + "WHERE q.regime_code = r.code "
            + "AND q.component_code IN ('XN_THUE', 'XN_BHXH') AND q.subject_kind IN ('DOANH_NGHIEP', 'HOP_TAC_XA') "
            + "AND q.required AND q.needed_at = 'DU_HO_SO' AND q.legal_ref LIKE '%câu hỏi số 16437%') FROM legal_regime r";

    /** Regime code → its confirmation rows (2 procedures × 2 components × 2 loại hình = 8 in each regime). */
    private static Map<String, Integer> confirmationRows(Database db) {
        Map<String, Integer> rows = new TreeMap<>();
        db.dsl().fetch(PER_REGIME).forEach(r -> rows.put(r.get(0, String.class), r.get(1, Integer.class)));
        return rows;
    }

    @Test
    void v194MigratesToTheSameConfirmationRowsOnBothStores() {
        Map<String, Integer> h2;
        try (Database db = Database.inMemory()) {
            h2 = confirmationRows(db);
        }
        try (Database pg = PostgresTestServer.freshDatabase()) {
            Map<String, Integer> server = confirmationRows(pg);
            assertEquals(h2, server);
            assertTrue(server.size() >= 5, "every regime from NĐ 42/2010 to the 2026 slot: " + server);
            server.forEach((regime, n) -> assertEquals(8, n, regime));
            assertEquals(2, ((Number) pg.dsl().fetchValue(
                    "SELECT COUNT(*) FROM dossier_component WHERE code IN ('XN_THUE', 'XN_BHXH') AND NOT generated")).intValue());
        }
    }

    @Test
    void theUnitTypeIsCheckedAndKeptByTheServer() {
        try (Database pg = PostgresTestServer.freshDatabase()) {
            OrgService org = new OrgService(pg);
            Unit coop = org.saveUnit(new Unit(0, "HTX", "Hợp tác xã Nông nghiệp Đồng Tâm", null, null, UnitType.HOP_TAC_XA));
            Unit none = org.saveUnit(new Unit(0, "TO", "Tổ sản xuất", coop.id(), null));
            Map<String, Unit> byCode = new TreeMap<>();
            org.units().forEach(u -> byCode.put(u.code(), u));
            assertEquals(UnitType.HOP_TAC_XA, byCode.get("HTX").type());
            assertNull(byCode.get("TO").type(), "none recorded stays none; the parent's is read when needed");
            assertThrows(DataAccessException.class, () -> pg.dsl().execute("UPDATE unit SET unit_type = 'CONG_TY' WHERE id = "
                    + none.id()), "ck_unit_type refuses a loại hình outside the list");
            assertNull(pg.dsl().fetchValue("SELECT unit_type FROM unit WHERE id = " + none.id()), "data unchanged");
        }
    }

    static Stream<Arguments> subjects() {
        return Stream.of(
                Arguments.of("Cổng DVC câu hỏi 16437 trên PostgreSQL: tập thể doanh nghiệp", UnitType.DOANH_NGHIEP,
                        EnterpriseConfirmationsTest.Subject.UNIT, LocalDate.of(2025, 7, 1), true),
                Arguments.of("Cổng DVC câu hỏi 16437 trên PostgreSQL: phân xưởng của hợp tác xã (loại hình của cấp trên)",
                        UnitType.HOP_TAC_XA, EnterpriseConfirmationsTest.Subject.SUB_UNIT, LocalDate.of(2017, 9, 30), true),
                Arguments.of("Cổng DVC câu hỏi 16437 trên PostgreSQL: giám đốc doanh nghiệp (cá nhân)", UnitType.DOANH_NGHIEP,
                        EnterpriseConfirmationsTest.Subject.PERSON, LocalDate.of(2026, 10, 1), true),
                Arguments.of("PostgreSQL: cơ quan nhà nước không cần xác nhận", UnitType.CO_QUAN_NHA_NUOC,
                        EnterpriseConfirmationsTest.Subject.SUB_UNIT, LocalDate.of(2024, 1, 1), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void subjects(String label, UnitType type, EnterpriseConfirmationsTest.Subject who, LocalDate day, boolean asked) {
        try (Database pg = PostgresTestServer.freshDatabase()) {
            EnterpriseConfirmationsTest.Result r = EnterpriseConfirmationsTest.dossier(pg, day, Procedure.THUONG, type, who);
            for (String c : List.of("XN_THUE", "XN_BHXH")) {
                assertEquals(asked, r.items().containsKey(c), r.items().keySet().toString());
                if (asked) {
                    assertEquals(DossierStatus.DU_HO_SO, r.items().get(c).item().neededAt());
                    assertTrue(r.items().get(c).item().legalRef().contains("câu hỏi số 16437"));
                }
            }
            boolean blocked = r.findings().stream()
                    .anyMatch(f -> f.isBlocking() && f.message().contains("xác nhận của cơ quan thuế"));
            assertEquals(asked, blocked, r.findings().toString());
            assertEquals(asked, r.findings().stream().anyMatch(f -> f.isBlocking()
                    && f.message().contains("cơ quan bảo hiểm xã hội")), r.findings().toString());
        }
    }
}
