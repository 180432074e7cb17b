package vn.tdkt.regime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.regime.domain.Amendment;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.Milestone;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.RegimeDocument;
import vn.tdkt.regime.domain.RegimeField;
import vn.tdkt.regime.domain.WorkingDays;

/** One table of legal regimes: boundaries, inherited rules and căn cứ, the 2026 amendment slot, the time limits. */
class RegimeServiceTest {

    private final Database db = Database.inMemory();
    private final RegimeService service = new RegimeService(db);

    @AfterEach
    void tearDown() {
        db.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2010-06-01, LUAT2003_ND42",
        // NĐ 91/2017/NĐ-CP was signed 31/07/2017 and took effect 01/10/2017
        "2017-07-31, LUAT2003_ND42",
        "2017-09-30, LUAT2003_ND42",
        "2017-10-01, LUAT2003_ND91",
        "2023-12-31, LUAT2003_ND91",
        "2024-01-01, LUAT2022_ND98",
        "2025-06-30, LUAT2022_ND98",
        "2025-07-01, LUAT2022_ND152",
        "2026-09-30, LUAT2022_ND152",
        "2026-10-01, LUAT2026_ND152",
    })
    void theRegimeInForceOnADate(LocalDate day, String code) {
        assertEquals(code, service.regimeOn(day).orElseThrow().code());
    }

    @Test
    void beforeNd42ThereIsNoRegime() {
        assertTrue(service.regimeOn(LocalDate.of(2010, 5, 31)).isEmpty());
        AppException e = assertThrows(AppException.class, () -> service.catalog().requireOn(LocalDate.of(2010, 5, 31)));
        assertEquals("Không có chế độ pháp lý nào áp dụng cho ngày 31/05/2010 (chương trình hỗ trợ từ ngày 01/06/2010).",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}: the decision cites {1}")
    @CsvSource({
        "2017-09-30, Nghị định số 42/2010/NĐ-CP",
        "2017-10-01, Nghị định số 91/2017/NĐ-CP",
        "2023-12-31, Nghị định số 91/2017/NĐ-CP",
        "2024-01-01, Nghị định số 98/2023/NĐ-CP",
        "2025-06-30, Nghị định số 98/2023/NĐ-CP",
        "2025-07-01, Nghị định số 152/2025/NĐ-CP",
        "2026-09-30, Nghị định số 152/2025/NĐ-CP",
        "2026-10-01, Nghị định số 152/2025/NĐ-CP",
    })
    void eachDocumentCitesTheLinesOfTheRegimeOfItsDate(LocalDate day, String decree) {
        for (RegimeDocument doc : RegimeDocument.values()) {
            List<String> lines = service.basisOn(day, doc);
            assertFalse(lines.isEmpty(), doc + " " + day);
            assertTrue(lines.stream().anyMatch(l -> l.contains(decree.replace("Nghị định số ", "").trim())), doc + " " + lines);
        }
        List<String> decision = service.basisOn(day, RegimeDocument.QUYET_DINH);
        assertTrue(decision.stream().allMatch(l -> l.endsWith(";")), decision.toString());
        assertTrue(decision.stream().anyMatch(l -> l.startsWith("Căn cứ " + decree)), decision.toString());
    }

    @Test
    void theAmendmentOf2026InheritsNd152UntilTheProvinceRecordsItsText() {
        RegimeCatalog cat = service.catalog();
        LegalRegime slot = cat.require("LUAT2026_ND152");
        assertFalse(slot.verified());
        assertEquals("LUAT2022_ND152", cat.rulesRegime(slot).code());
        assertEquals(cat.basis(cat.require("LUAT2022_ND152"), RegimeDocument.TO_TRINH), cat.basis(slot, RegimeDocument.TO_TRINH));

        LegalRegime saved = service.recordAmendment("LUAT2026_ND152",
                new Amendment(" 06/2026/QH16 ", LocalDate.of(2026, 4, 23), LocalDate.of(2026, 10, 1)), "admin");
        assertTrue(saved.verified());
        assertEquals("LUAT2022_ND152", saved.rulesOf(), "the rules stay those of NĐ 152");
        assertEquals(LocalDate.of(2026, 10, 1), saved.validFrom());
        assertTrue(saved.legalRefs().contains("sửa đổi, bổ sung bởi Luật số 06/2026/QH16"), saved.legalRefs());
        List<String> decision = service.basisOn(LocalDate.of(2026, 10, 1), RegimeDocument.QUYET_DINH);
        assertEquals(List.of("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 06/2026/QH16 ngày 23 tháng 4 năm 2026;",
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền "
                        + "trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi "
                        + "đua, khen thưởng;"), decision);
        assertEquals(List.of("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022, được sửa đổi, bổ sung bởi Luật số "
                + "06/2026/QH16 và Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ"),
                service.basisOn(LocalDate.of(2026, 12, 1), RegimeDocument.TRICH_DAN));
        assertFalse(service.basisOn(LocalDate.of(2026, 9, 30), RegimeDocument.QUYET_DINH).stream()
                .anyMatch(l -> l.contains("06/2026/QH16")), "NĐ 152's own lines are untouched");

        // a later in-force date moves both boundaries
        service.recordAmendment("LUAT2026_ND152", new Amendment("06/2026/QH16", LocalDate.of(2026, 4, 23),
                LocalDate.of(2026, 11, 1)), "admin");
        assertEquals("LUAT2022_ND152", service.regimeOn(LocalDate.of(2026, 10, 31)).orElseThrow().code());
        assertEquals("LUAT2026_ND152", service.regimeOn(LocalDate.of(2026, 11, 1)).orElseThrow().code());
    }

    @Test
    void aBadAmendmentIsRefusedWithEveryProblemInVietnamese() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.recordAmendment("LUAT2026_ND152",
                new Amendment("06-2026", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1)), "admin"));
        assertEquals(List.of(RegimeField.NUMBER, RegimeField.IN_FORCE), e.problems().stream().map(Problem::field).toList());
        assertEquals("số luật \"06-2026\" không đúng dạng số/năm/QHkhóa (ví dụ 06/2026/QH16)", e.problems().get(0).message());
        ValidationException missing = assertThrows(ValidationException.class, () -> service.recordAmendment("LUAT2026_ND152",
                new Amendment("", null, null), "admin"));
        assertEquals(3, missing.problems().size());
        ValidationException early = assertThrows(ValidationException.class, () -> service.recordAmendment("LUAT2026_ND152",
                new Amendment("06/2026/QH16", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)), "admin"));
        assertTrue(early.problems().get(0).message().startsWith("ngày có hiệu lực 01/06/2025 phải sau ngày bắt đầu"),
                early.problems().get(0).message());
        ValidationException own = assertThrows(ValidationException.class, () -> service.recordAmendment("LUAT2022_ND152",
                new Amendment("06/2026/QH16", LocalDate.of(2026, 4, 23), LocalDate.of(2026, 10, 1)), "admin"));
        assertTrue(own.problems().get(0).message().contains("không phải chế độ chờ luật sửa đổi"));
        assertThrows(ValidationException.class, () -> service.recordAmendment("LUAT2003_ND42",
                new Amendment("06/2026/QH16", LocalDate.of(2026, 4, 23), LocalDate.of(2026, 10, 1)), "admin"),
                "NĐ 42 borrows NĐ 91's review rules but is not an amendment slot");
        assertEquals(LocalDate.of(2026, 10, 1), service.catalog().require("LUAT2026_ND152").validFrom(), "nothing written");
    }

    @Test
    void theShippedTimeLimitsAndTheMinistrysYearlyDates() {
        var cal = service.calendar();
        // NĐ 98/2023 Điều 32 khoản 2 / QĐ 638/QĐ-BNV: 20 ngày làm việc from the complete dossier
        assertEquals(LocalDate.of(2025, 12, 29), cal.deadline("THAM_DINH", LocalDate.of(2025, 12, 1), WorkingDays.WEEKDAYS)
                .orElseThrow());
        List<Milestone> m = cal.milestones(2025, WorkingDays.WEEKDAYS);
        assertEquals(List.of("BAO_CAO_THONG_KE", "NOP_CO_TD_CP", "NOP_CSTD_TQ"), m.stream().map(Milestone::code).toList());
        assertEquals(LocalDate.of(2025, 12, 15), m.get(0).date());
        assertEquals(LocalDate.of(2026, 6, 30), m.get(1).date());
        assertEquals(LocalDate.of(2026, 12, 31), m.get(2).date());
    }
}
