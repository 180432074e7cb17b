package vn.tdkt.home.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.home.domain.UnitYearCount;
import vn.tdkt.home.ui.HomeViewModel;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;

/**
 * The start screen's cards, each one query, on the committed sample (150 people, 713 award lines): the charts agree
 * with a plain row-by-row count of the award history, and the view model fills every card.
 */
class HomeServiceTest {

    private static Database db;
    private static AppContext ctx;

    @BeforeAll
    static void open() {
        db = Database.inMemory();
        ctx = new AppContext(db);
        ctx.workbook().importFile(Path.of("..", "samples", "data", "so-noi-vu-hung-yen.xlsx"), Progress.NONE);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    /** Every award of the years as (unit, year, kind): a collective's unit, or the person's current unit. */
    private static List<String[]> awards(int from, int to) {
        return db.dsl().connectionResult(c -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(a.unit_id, p.unit_id), a.year_to, k.name, "
                    + "u.name, u.sort_key FROM award a LEFT JOIN person p ON p.id = a.person_id JOIN award_kind k ON "
                    + "k.code = a.kind_code LEFT JOIN unit u ON u.id = COALESCE(a.unit_id, p.unit_id) "
                    + "WHERE a.year_to BETWEEN ? AND ?")) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                    }
                }
            }
            return rows;
        });
    }

    @Test
    void theBarChartIsTheUnitsWithTheMostAwardsCountedRowByRow() {
        int year = 2025;
        List<String[]> rows = awards(year - HomeService.CHART_YEARS + 1, year);
        assertFalse(rows.isEmpty(), "the sample has awards in the chart's years");
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Integer> byUnitYear = new HashMap<>();
        Map<String, String[]> unit = new HashMap<>();
        for (String[] r : rows) {
            if (r[0] == null) {
                continue;
            }
            totals.merge(r[0], 1, Integer::sum);
            byUnitYear.merge(r[0] + "/" + r[1], 1, Integer::sum);
            unit.put(r[0], new String[] {r[3], r[4]});
        }
        List<String> top = totals.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> Long.parseLong(e.getKey()))).limit(HomeService.CHART_UNITS).map(Map.Entry::getKey).toList();
        List<UnitYearCount> expected = byUnitYear.entrySet().stream().filter(e -> top.contains(e.getKey().split("/")[0]))
                .map(e -> new String[] {e.getKey().split("/")[0], e.getKey().split("/")[1], String.valueOf(e.getValue())})
                .sorted(Comparator.comparing((String[] e) -> unit.get(e[0])[1]).thenComparing(e -> Integer.parseInt(e[1])))
                .map(e -> new UnitYearCount(unit.get(e[0])[0], Integer.parseInt(e[1]), Integer.parseInt(e[2]))).toList();
        assertEquals(expected, ctx.home().awardsByUnitYear(year));
        assertTrue(expected.stream().map(UnitYearCount::unitName).distinct().count() <= HomeService.CHART_UNITS);
    }

    @Test
    void thePieCountsEveryAwardOfTheYearsByTitleLargestFirst() {
        int year = 2025;
        Map<String, Integer> counts = new HashMap<>();
        awards(year - HomeService.CHART_YEARS + 1, year).forEach(r -> counts.merge(r[2], 1, Integer::sum));
        Map<String, Integer> expected = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> expected.put(e.getKey(), e.getValue()));
        Map<String, Integer> pie = ctx.home().titles(year);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(pie.entrySet()), "same counts, same order");
    }

    @Test
    void theViewModelFillsEveryCardTheChartsAfterTheSummary() {
        HomeViewModel vm = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("vi"),
                () -> LocalDate.of(2025, 12, 1), item -> { });
        List<Boolean> chartsWhenSummary = new ArrayList<>();
        vm.data.addListener((obs, o, d) -> chartsWhenSummary.add(vm.chartsLoaded.get()));
        vm.load();
        assertEquals(List.of(false, true), chartsWhenSummary, "the summary first, then the data with the charts");
        assertTrue(vm.chartsLoaded.get());
        assertEquals(ctx.home().awardsByUnitYear(2025), vm.awardsByUnitYear.get());
        assertEquals(ctx.home().titles(2025), vm.titles.get());
        assertEquals(vm.awardsByUnitYear.get(), vm.data.get().awardsByUnitYear());
        assertNotNull(vm.data.get().movementsByStatus());
        assertTrue(vm.decisions.get().startsWith("Năm 2025:"), vm.decisions.get());
        assertTrue(vm.summary.get().startsWith("Hôm nay 01/12/2025"), vm.summary.get());
    }

    @Test
    void theRegistrationCardShowsTheRoundsDeadline() {
        MovementDetails m = ctx.movements().save(new MovementDetails(Movement.draft("TDHOME", "Thi đua năm 2025",
                MovementKind.THUONG_XUYEN, LaunchLevel.BO_TINH), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of()), "test");
        LocalDate due = LocalDate.of(2025, 3, 14);
        ctx.registrations().setRound(2025, m.movement().id(), due);
        assertEquals(due, ctx.home().registrations(2025).deadline());
        HomeViewModel vm = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("vi"),
                () -> LocalDate.of(2025, 12, 1), item -> { });
        vm.load();
        assertTrue(vm.registrations.get().startsWith("Đăng ký thi đua năm 2025: "), vm.registrations.get());
        assertTrue(vm.registrations.get().endsWith(" Hạn gửi bản đăng ký: 14/03/2025."), vm.registrations.get());
        HomeViewModel en = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("en"),
                () -> LocalDate.of(2025, 12, 1), item -> { });
        en.load();
        assertTrue(en.registrations.get().endsWith(" Registrations due by 14/03/2025."), en.registrations.get());
    }

    @Test
    void thePieShowsEightSlicesAtMostTheSmallestTitlesAsOne() {
        HomeViewModel vm = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("vi"),
                () -> LocalDate.of(2025, 12, 1), item -> { });
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 10; i >= 1; i--) {
            counts.put("Danh hiệu " + i, i);
        }
        List<Map.Entry<String, Integer>> slices = vm.slices(counts);
        assertEquals(HomeViewModel.PIE_SLICES, slices.size());
        assertEquals(Map.entry("Danh hiệu 10 (10)", 10), slices.get(0));
        assertEquals(Map.entry("Khác: 3 danh hiệu, hình thức (6)", 6), slices.get(7), "3 + 2 + 1");
        assertEquals(55, slices.stream().mapToInt(Map.Entry::getValue).sum(), "every award counted once");
        counts.keySet().removeIf(k -> !k.endsWith(" 10") && !k.endsWith(" 9"));
        assertEquals(List.of(Map.entry("Danh hiệu 10 (10)", 10), Map.entry("Danh hiệu 9 (9)", 9)), vm.slices(counts));
    }
}
