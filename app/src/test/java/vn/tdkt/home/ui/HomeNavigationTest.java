package vn.tdkt.home.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.home.domain.UnitYearCount;
import vn.tdkt.home.service.HomeService;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.ui.MovementViewModel;
import vn.tdkt.record.domain.AwardEntry;
import vn.tdkt.record.domain.AwardQuery;
import vn.tdkt.shell.FxTestSupport;

/**
 * Every item of Tổng quan opens what it names, without the toolkit: the view model asks for a screen with a filter
 * (a {@link HomeLink}) and what that screen then shows is what the item counted.
 */
class HomeNavigationTest {

    /** The day the first-start sample was written around: its running movement and its decisions are of that year. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static AppContext ctx;
    private final List<HomeLink> opened = new ArrayList<>();
    private HomeViewModel vm;

    @BeforeAll
    static void open() {
        ctx = new AppContext(Database.inMemory());
        FxTestSupport.loadFirstStartSample(ctx, TODAY); // everything the first start loads, on that day
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private HomeViewModel loaded() {
        vm = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("vi"), () -> TODAY,
                opened::add);
        vm.load();
        return vm;
    }

    private HomeLink last() {
        assertFalse(opened.isEmpty(), "the item asked for a screen");
        return opened.get(opened.size() - 1);
    }

    @Test
    void aStatusOpensTheMovementsOfThatStatusAndTheMovementWhenItIsTheOnlyOne() {
        loaded();
        assertEquals(MovementStatus.values().length, vm.statusCounts.size(), "one entry per status, in status order");
        assertEquals(MovementStatus.DU_THAO, vm.statusCounts.get(0).status());
        MovementViewModel movements = new MovementViewModel(ctx.movements(), ctx.org(), ctx.catalogue(),
                ctx.movementDocuments(), ctx.movementReports(), ctx.movementLinks(), new DirectTaskExecutor(), Messages.of("vi"), "test");
        for (HomeViewModel.StatusCount c : vm.statusCounts) {
            vm.openStatus(c.status());
            assertEquals(new HomeLink.Movements(c.status()), last());
            movements.showStatus(((HomeLink.Movements) last()).status());
            assertEquals(c.count(), movements.shown.size(), c.status() + ": the list shows what the card counts");
            assertTrue(movements.shown.stream().allMatch(m -> m.status() == c.status()));
            if (c.count() == 1) {
                assertEquals(movements.shown.get(0).id(), movements.selected.get().id(), "the only one is opened");
            }
        }
        Movement draft = movements.shown.isEmpty() ? null : movements.shown.get(0);
        movements.statusFilter.set(null);
        assertEquals(movements.movements.size(), movements.shown.size(), "lifting the filter shows every movement");
        assertTrue(draft == null || movements.shown.contains(draft));
    }

    /** The công văn đôn đốc of an overdue line is offered under its movement's code and the screen's day (decision 159). */
    @Test
    void theReminderOfAnOverdueLineIsNamedByItsMovementAndTheDay() {
        loaded();
        vn.tdkt.home.domain.DueItem late = vm.due.stream().filter(vm::canRemind).findFirst().orElseThrow();
        assertEquals("CV-don-doc_SNV-KH15-2026_03-12-2026.docx", vm.reminderName(late));
    }

    @Test
    void theDecisionsAndRegistrationCardsOpenTheirYear() {
        loaded();
        assertTrue(vm.decisions.get().startsWith("Năm 2026: 3 quyết định khen thưởng, 12 lượt khen, tiền thưởng "),
                "the sample's decisions of the year: " + vm.decisions.get());
        vm.openDecisions();
        assertEquals(new HomeLink.Decisions(2026), last());
        vm.openRegistrations();
        if (vm.registrations.get().isEmpty()) {
            assertFalse(last() instanceof HomeLink.Registrations, "no card, nothing to open");
        } else {
            assertTrue(vm.registrations.get().contains(String.valueOf(((HomeLink.Registrations) last()).year())));
        }
    }

    @Test
    void aBarOpensTheAwardRegisterOnWhatItCounts() {
        loaded();
        List<UnitYearCount> bars = vm.awardsByUnitYear.get();
        assertFalse(bars.isEmpty(), "the sample has awards in the chart's years");
        for (UnitYearCount bar : bars) {
            vm.openBar(bar.unitName(), bar.year());
            AwardQuery q = ((HomeLink.Awards) last()).query();
            assertEquals(new AwardQuery(bar.unitName(), List.of(), bar.year(), bar.year()), q);
            List<AwardEntry> lines = ctx.records().register(q);
            assertEquals(bar.count(), lines.size(), bar + ": the register lists what the bar counts");
            assertTrue(lines.stream().allMatch(l -> bar.unitName().equals(l.unitName())));
            for (int i = 1; i < lines.size(); i++) {
                AwardEntry a = lines.get(i - 1);
                AwardEntry b = lines.get(i);
                if (a.personName() != null && b.personName() != null && a.decisionNo().equals(b.decisionNo())) {
                    assertTrue(VietnameseText.nameSortKey(a.personName()).compareTo(VietnameseText.nameSortKey(b.personName())) <= 0,
                            bar + ": people of one decision in given-name order, " + a.personName() + " before " + b.personName());
                }
            }
        }
    }

    @Test
    void aSliceOpensTheAwardRegisterOnItsTitlesOverTheChartsYears() {
        loaded();
        Map<String, Integer> titles = new java.util.LinkedHashMap<>(vm.titles.get());
        for (int i = 0; titles.size() <= HomeViewModel.PIE_SLICES; i++) {
            titles.put("Danh hiệu không có " + i, 0); // the "Khác" slice too
        }
        for (Map.Entry<String, Integer> slice : vm.slices(titles)) {
            vm.openSlice(slice.getKey());
            AwardQuery q = ((HomeLink.Awards) last()).query();
            assertEquals(TODAY.getYear() - HomeService.CHART_YEARS + 1, q.fromYear());
            assertEquals(TODAY.getYear(), q.toYear());
            assertEquals(slice.getValue().intValue(), ctx.records().register(q).size(), slice.getKey());
        }
    }
}
