package vn.tdkt.home.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.shell.FxTestSupport;

/**
 * The ministry's yearly submission dates on Tổng quan, without the toolkit (README decision 171): each is a line of its
 * own kind (Hạn của Trung ương) from {@link HomeViewModel#DAYS} days before to as many days after the day that counts,
 * named by the row of legal_time_limit with its legal reference (TT 02/2023/TT-BNV; NĐ 98/2023 Điều 32, 33), beside
 * the sample's movement milestones, never twice.
 */
class HomeCentralDatesTest {

    private static AppContext ctx;

    @BeforeAll
    static void open() {
        ctx = new AppContext(Database.inMemory());
        FxTestSupport.loadFirstStartSample(ctx, LocalDate.of(2026, 12, 3));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static HomeViewModel loaded(LocalDate today, String lang, List<HomeLink> opened) {
        HomeViewModel vm = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of(lang),
                () -> today, opened::add);
        vm.load();
        return vm;
    }

    private static List<DueItem> central(HomeViewModel vm) {
        return vm.due.stream().filter(d -> d.kind() == DueKind.CENTRAL).toList();
    }

    @ParameterizedTest(name = "TT 02/2023/TT-BNV, NĐ 98/2023 Điều 33: on {0} → {1}")
    @CsvSource(delimiter = ';', value = {
        // 15/12/2026 (Tuesday), the statistics of the achievements of 2026: 8 days before it, not yet
        "2026-12-07; ''",
        "2026-12-08; BAO_CAO_THONG_KE@2026-12-15 Còn 7 ngày",
        "2026-12-15; BAO_CAO_THONG_KE@2026-12-15 Hôm nay",
        // 7 days after it, overdue; 8 days after, gone (nothing marks it done) …
        "2026-12-22; BAO_CAO_THONG_KE@2026-12-15 Quá hạn 7 ngày",
        // … while 31/12/2026, the Chiến sĩ thi đua toàn quốc dossier of the achievements of 2025, is 8 days ahead
        "2026-12-23; ''",
        "2026-12-24; NOP_CSTD_TQ@2026-12-31 Còn 7 ngày",
    })
    void theMinistrysDatesWithinTheListsDaysBeforeAndAfter(LocalDate today, String expected) {
        HomeViewModel vm = loaded(today, "vi", new ArrayList<>());
        String got = String.join(" | ", central(vm).stream().map(d -> d.code() + "@" + d.date() + " " + vm.when(d)).toList());
        assertEquals(expected, got);
    }

    @org.junit.jupiter.api.Test
    void aLineIsNamedByTheRowWithItsLegalReferenceBesideTheMilestonesAndOpensNothing() {
        List<HomeLink> opened = new ArrayList<>();
        HomeViewModel vm = loaded(LocalDate.of(2026, 12, 10), "vi", opened);
        List<DueItem> c = central(vm);
        assertEquals(1, c.size(), vm.due.toString());
        DueItem d = c.get(0);
        assertEquals("Báo cáo thống kê thi đua, khen thưởng (biểu 0601.N, 0602.N, 0603.N) gửi Bộ Nội vụ", d.title());
        assertEquals("Thông tư 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ)", vm.detail(d));
        assertEquals("Hạn của Trung ương", Messages.of("vi").label(d.kind()));
        assertEquals(5, d.days());
        assertFalse(d.overdue());
        // beside the sample's movement milestones, by date
        assertTrue(vm.due.stream().anyMatch(x -> x.kind() == DueKind.MILESTONE), vm.due.toString());
        for (int i = 1; i < vm.due.size(); i++) {
            assertFalse(vm.due.get(i).date().isBefore(vm.due.get(i - 1).date()), vm.due.toString());
        }
        // counted in the summary like every line
        long late = vm.due.stream().filter(DueItem::overdue).count();
        assertTrue(vm.summary.get().contains((vm.due.size() - late) + " việc đến hạn"), vm.summary.get());
        // no record of the office behind it: opening it asks for no screen, nor is it a reminder's line
        vm.open(d);
        assertEquals(List.of(), opened);
        assertFalse(vm.canRemind(d));
    }

    @org.junit.jupiter.api.Test
    void neverTwiceAndInEnglishItsKindIsEnglish() {
        HomeViewModel vm = loaded(LocalDate.of(2026, 12, 31), "en", new ArrayList<>());
        List<String> keys = vm.due.stream().map(d -> d.kind() + "|" + d.title() + "|" + d.date()).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
        List<DueItem> c = central(vm);
        // 15/12/2026 passed 16 days ago (gone); 31/12/2026 today
        assertEquals(List.of("NOP_CSTD_TQ"), c.stream().map(DueItem::code).toList());
        assertEquals("Central submission date", Messages.of("en").label(c.get(0).kind()));
        assertEquals("Today", vm.when(c.get(0)));
    }

    @org.junit.jupiter.api.Test
    void blds2015Dieu148ADateOnADayOffSaysSoInItsDetail() {
        // 15/12/2024 is a Sunday: the statistics report counts on Monday 16/12/2024, the line says the day it moved from
        HomeViewModel vm = loaded(LocalDate.of(2024, 12, 12), "vi", new ArrayList<>());
        DueItem d = central(vm).get(0);
        assertEquals(LocalDate.of(2024, 12, 16), d.date());
        assertEquals(4, d.days());
        assertEquals("Thông tư 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ) (hạn 15/12/2024 là ngày nghỉ)",
                vm.detail(d));
    }
}
