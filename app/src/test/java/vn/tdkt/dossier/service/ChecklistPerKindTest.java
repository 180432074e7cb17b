package vn.tdkt.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.common.data.Database;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;

/**
 * The checklist of the award kinds the review added (#8, decision 109, V176), per regime and, for the simplified
 * procedure, per case: the components and the form (mẫu) each names, on both sides of 30/09 ↔ 01/10/2017, 31/12/2023 ↔
 * 01/01/2024, 30/06 ↔ 01/07/2025 and 30/09 ↔ 01/10/2026.
 */
class ChecklistPerKindTest {

    private static final SimplifiedCase CONG_HIEN = SimplifiedCase.CONG_HIEN_NIEN_HAN_DOI_NGOAI;

    static Stream<Arguments> checklists() {
        return Stream.of(
                Arguments.of("NĐ 152/2025: HCLĐ hạng Nhất, báo cáo Mẫu 04 (tập thể) / 05 (cá nhân), 01 bộ, tệp điện tử, ý kiến BTV",
                        d(2025, 12, 1), "HCLD_NHAT", "CHU_TICH_NUOC", null,
                        Map.of("BCTT", "tập thể Mẫu số 04, cá nhân Mẫu số 05", "TO_TRINH", "01 bộ bản chính",
                                "HS_DIEN_TU", "Điều 33", "VB_BTV_TINH_UY", "Ban Thường vụ", "BB_XET_KT", "Điều 84")),
                Arguments.of("NĐ 91/2017 (31/12/2023): HCLĐ hạng Nhất 03 bộ, báo cáo Mẫu 01 / 02", d(2023, 12, 31), "HCLD_NHAT",
                        "CHU_TICH_NUOC", null, Map.of("TO_TRINH", "03 bộ", "BCTT", "tập thể Mẫu số 01, cá nhân Mẫu số 02",
                                "HS_DIEN_TU", "file điện tử")),
                Arguments.of("NĐ 98/2023 (01/01/2024): HCLĐ hạng Nhất 01 bộ", d(2024, 1, 1), "HCLD_NHAT", "CHU_TICH_NUOC", null,
                        Map.of("TO_TRINH", "01 bộ bản chính", "BCTT", "Mẫu số 05")),
                Arguments.of("NĐ 98/2023 (30/06/2025): Bằng khen Thủ tướng, Điều 42", d(2025, 6, 30), "BK_TTG", "THU_TUONG", null,
                        Map.of("TO_TRINH", "NĐ 98/2023 Điều 42 [V2]", "BCTT", "tập thể Mẫu số 04")),
                Arguments.of("NĐ 152/2025 (01/07/2025): Bằng khen Thủ tướng", d(2025, 7, 1), "BK_TTG", "THU_TUONG", null,
                        Map.of("TO_TRINH", "theo NĐ 152/2025", "BCTT", "tập thể Mẫu số 04")),
                Arguments.of("NĐ 42/2010 (30/09/2017): HCLĐ hạng Nhì như NĐ 91", d(2017, 9, 30), "HCLD_NHI", "CHU_TICH_NUOC", null,
                        Map.of("TO_TRINH", "Như Tờ trình", "BCTT", "42/2010")),
                Arguments.of("NĐ 91/2017 (01/10/2017): HCLĐ hạng Nhì 03 bộ", d(2017, 10, 1), "HCLD_NHI", "CHU_TICH_NUOC", null,
                        Map.of("TO_TRINH", "03 bộ", "HS_DIEN_TU", "file điện tử")),
                Arguments.of("NĐ 152/2025 (30/09/2026): Bằng khen tỉnh, theo đợt Mẫu 08", d(2026, 9, 30), "BK_TINH",
                        "CHU_TICH_UBND_TINH", null, Map.of("BCTT", "theo đợt, chuyên đề Mẫu số 08")),
                Arguments.of("Luật sửa đổi 2026 (01/10/2026): Bằng khen tỉnh giữ như NĐ 152", d(2026, 10, 1), "BK_TINH",
                        "CHU_TICH_UBND_TINH", null, Map.of("BCTT", "Luật sửa đổi 2026")),
                Arguments.of("Thủ tục đơn giản, đột xuất (Luật 2022 Điều 85): báo cáo tóm tắt Mẫu 06", d(2025, 12, 1), "BK_TINH",
                        "CHU_TICH_UBND_TINH", SimplifiedCase.DOT_XUAT, Map.of("BCTT_TOM_TAT", "Mẫu số 06", "TO_TRINH", "Tờ trình")),
                Arguments.of("Thủ tục đơn giản, cống hiến (NĐ 152 Điều 9): Mẫu 07 và thông báo nghỉ hưu", d(2025, 12, 1), "HCLD_BA",
                        "CHU_TICH_NUOC", CONG_HIEN, Map.of("BCTT_TOM_TAT", "Mẫu số 07", "TB_NGHI_HUU", "Điều 9")),
                Arguments.of("Thủ tục đơn giản, cống hiến (NĐ 91, 31/12/2023): Mẫu 04 và thông báo nghỉ hưu", d(2023, 12, 31),
                        "HCLD_NHI", "CHU_TICH_NUOC", CONG_HIEN, Map.of("BCTT_TOM_TAT", "Mẫu số 04", "TB_NGHI_HUU", "91/2017")),
                Arguments.of("Thủ tục đơn giản, cống hiến (NĐ 98, 01/01/2024)", d(2024, 1, 1), "HCLD_NHAT", "CHU_TICH_NUOC", CONG_HIEN,
                        Map.of("BCTT_TOM_TAT", "Mẫu số 07", "TB_NGHI_HUU", "NĐ 98/2023 Điều 40")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void checklists(String label, LocalDate today, String award, String level, SimplifiedCase sc, Map<String, String> expected) {
        Map<String, ComponentStatus> items = checklist(today, award, level, sc);
        expected.forEach((component, text) -> {
            ComponentStatus cs = items.get(component);
            assertTrue(cs != null, component + " missing in " + items.keySet());
            assertTrue(cs.item().legalRef().contains(text), component + ": " + cs.item().legalRef());
        });
    }

    /** The component a case of the simplified procedure adds is not asked in another case, nor the other case's form. */
    static Stream<Arguments> casesApart() {
        return Stream.of(Arguments.of(SimplifiedCase.DOT_XUAT, false, "Mẫu số 06"), Arguments.of(CONG_HIEN, true, "Mẫu số 07"),
                Arguments.of(SimplifiedCase.NGUOI_DUNG_DAU_PHAT_HIEN, false, "Báo cáo tóm tắt thành tích (xác nhận"));
    }

    @ParameterizedTest(name = "Thủ tục đơn giản, {0}: thông báo nghỉ hưu {1}, báo cáo {2}")
    @MethodSource
    void casesApart(SimplifiedCase sc, boolean retirementNotice, String report) {
        Map<String, ComponentStatus> items = checklist(d(2025, 12, 1), "HCLD_BA", "CHU_TICH_NUOC", sc);
        assertEquals(retirementNotice, items.containsKey("TB_NGHI_HUU"), items.keySet().toString());
        assertTrue(items.get("BCTT_TOM_TAT").item().legalRef().contains(report), items.get("BCTT_TOM_TAT").item().legalRef());
        if (retirementNotice) {
            assertTrue(items.get("TB_NGHI_HUU").item().required());
        }
    }

    /** The electronic files are asked with every copy under NĐ 91/2017; under NĐ 98/2023 they are listed, not required. */
    static Stream<Arguments> electronicFiles() {
        return Stream.of(Arguments.of(d(2023, 12, 31), true), Arguments.of(d(2024, 1, 1), false));
    }

    @ParameterizedTest(name = "Tệp điện tử, ngày mở {0}: bắt buộc {1}")
    @MethodSource
    void electronicFiles(LocalDate today, boolean required) {
        assertEquals(required, checklist(today, "BK_TTG", "THU_TUONG", null).get("HS_DIEN_TU").item().required());
    }

    private static Map<String, ComponentStatus> checklist(LocalDate today, String award, String level, SimplifiedCase sc) {
        try (Database db = Database.inMemory()) {
            DossierFixture fx = new DossierFixture(db, today);
            Procedure p = sc == null ? Procedure.THUONG : Procedure.DON_GIAN;
            Dossier d = fx.service.save(Dossier.draft(award, level, today.getYear(), null, fx.so.id(), p, sc, null),
                    DossierFixture.USER);
            List<ComponentStatus> list = fx.attachments.checklist(d.id());
            return list.stream().collect(Collectors.toMap(cs -> cs.item().component().code(), cs -> cs));
        }
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
