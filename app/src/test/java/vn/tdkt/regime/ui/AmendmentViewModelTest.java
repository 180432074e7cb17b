package vn.tdkt.regime.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.regime.domain.RegimeDocument;
import vn.tdkt.regime.service.RegimeService;

/** The parameters screen's amendment form, without a toolkit. */
class AmendmentViewModelTest {

    private final Database db = Database.inMemory();
    private final RegimeService regimes = new RegimeService(db);
    private final AmendmentViewModel model = new AmendmentViewModel(regimes, new DirectTaskExecutor(), Texts.VIETNAMESE,
            "admin");

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void showsTheSlotOf2026AndRecordsThePublishedLaw() {
        model.load();
        assertEquals(List.of("LUAT2026_ND152"), model.pending().stream().map(r -> r.code()).toList());
        assertTrue(model.description().get().contains("đang áp dụng quy định của chế độ \"Luật Thi đua, khen thưởng 2022 và "
                + "Nghị định 152/2025/NĐ-CP\""), model.description().get());
        assertEquals("01/10/2026", model.inForce().get());
        model.number().set("06/2026/QH16");
        model.passed().set("23/04/2026");
        model.save();
        assertEquals(List.of(), model.problems());
        assertTrue(model.status().get().startsWith("Đã cập nhật"), model.status().get());
        assertTrue(regimes.basisOn(LocalDate.of(2026, 10, 1), RegimeDocument.TO_TRINH).stream()
                .anyMatch(l -> l.contains("06/2026/QH16 ngày 23 tháng 4 năm 2026")));
        assertTrue(model.description().get().contains("đã cập nhật văn bản"), model.description().get());
    }

    @Test
    void everyProblemAtOnceInVietnamese() {
        model.load();
        model.passed().set("31/02/2026");
        model.inForce().set("x");
        model.save();
        assertEquals(List.of("Ngày \"31/02/2026\" không đúng dạng dd/MM/yyyy.", "Ngày \"x\" không đúng dạng dd/MM/yyyy."),
                model.problems());
        model.passed().set("");
        model.inForce().set("01/10/2026");
        model.save();
        assertEquals(2, model.problems().size(), model.problems().toString());
        assertTrue(model.problems().get(0).contains("chưa nhập số của luật sửa đổi"), model.problems().get(0));
    }
}
