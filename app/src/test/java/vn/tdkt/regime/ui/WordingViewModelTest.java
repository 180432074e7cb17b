package vn.tdkt.regime.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.regime.domain.Wording;
import vn.tdkt.regime.service.RegimeService;

/** The parameters screen's wording form (README decision 149), without a toolkit. */
class WordingViewModelTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Clock clock = Clock.fixed(LocalDate.of(2026, 1, 10).atStartOfDay(ZONE).toInstant(), ZONE);
    private final Database db = Database.inMemory();
    private final RegimeService regimes = new RegimeService(db);

    @AfterEach
    void tearDown() {
        db.close();
    }

    private WordingViewModel model() {
        WordingViewModel m = new WordingViewModel(regimes, new DirectTaskExecutor(), Texts.VIETNAMESE, "admin", clock);
        m.load();
        return m;
    }

    @Test
    void showsTheRegimeInForceWithTheDefaultWordingAndThePlaceholders() {
        WordingViewModel m = model();
        assertEquals("LUAT2022_ND152", m.selected().get().code());
        assertEquals(Wording.QD_CAN_CU.defaultText(), m.text(Wording.QD_CAN_CU).get());
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), m.text(Wording.TO_TRINH_NOI_DUNG).get());
        assertTrue(m.placeholders(Wording.QD_CAN_CU).contains("{can_cu_che_do}, {nam}"), m.placeholders(Wording.QD_CAN_CU));
    }

    @Test
    void everyProblemIsShownAtOnceAndNothingIsSaved() {
        WordingViewModel m = model();
        m.text(Wording.QD_CAN_CU).set("");
        m.text(Wording.TO_TRINH_NOI_DUNG).set("{don_vi_trinh} đề nghị tặng {ten_danh_hieu}.");
        m.save();
        assertEquals(2, m.problems().size(), m.problems().toString());
        assertTrue(m.problems().stream().anyMatch(p -> p.contains("{ten_danh_hieu}")), m.problems().toString());
        assertEquals("", m.status().get());
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), model().text(Wording.TO_TRINH_NOI_DUNG).get(), "nothing saved");
    }

    @Test
    void anEditIsKeptForItsRegimeAndTheDefaultsComeBack() {
        WordingViewModel m = model();
        String edited = "{don_vi_trinh} trân trọng đề nghị {kinh_gui} tặng {danh_hieu} cho {so_luong}.";
        m.text(Wording.TO_TRINH_NOI_DUNG).set(edited);
        m.save();
        assertEquals(List.of(), m.problems());
        assertTrue(m.status().get().startsWith("Đã lưu mẫu lời văn"), m.status().get());

        WordingViewModel again = model();
        assertEquals(edited, again.text(Wording.TO_TRINH_NOI_DUNG).get());
        again.selected().set(again.choices().stream().filter(r -> r.code().equals("LUAT2022_ND98")).findFirst().orElseThrow());
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), again.text(Wording.TO_TRINH_NOI_DUNG).get(),
                "another regime keeps the default");

        WordingViewModel back = model();
        back.restoreDefaults();
        back.save();
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), model().text(Wording.TO_TRINH_NOI_DUNG).get());
    }
}
