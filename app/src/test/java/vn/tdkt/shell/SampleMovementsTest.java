package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.DeadlineStatus;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.samples.MovementSamples;

/**
 * The movements of the first-start sample as an office has them on the load day (decision 123): every milestone of
 * the seeds' years done with its day and document, and the running year's movement with two milestones overdue by
 * days and three due in the week, wherever in its year the sample is loaded.
 */
class SampleMovementsTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path tmp;

    private static AppContext loaded(LocalDate today) {
        AppContext ctx = AppContext.inMemory();
        Path workbook = SAMPLES.resolve(SampleData.WORKBOOK);
        ctx.workbook().importFile(workbook, Progress.NONE);
        Path movements = SampleData.movements(workbook).orElseThrow();
        ctx.workbook().importFile(movements, Progress.NONE);
        SampleMovements.load(ctx, movements.resolveSibling(SampleMovements.DONE), today);
        return ctx;
    }

    @Test
    void theCommittedFileIsWhatTheGeneratorWrites() throws Exception {
        Path fresh = tmp.resolve(SampleMovements.DONE);
        MovementSamples.writeDone(fresh);
        assertEquals(Files.readAllLines(fresh, StandardCharsets.UTF_8),
                Files.readAllLines(SAMPLES.resolve("data").resolve(SampleMovements.DONE), StandardCharsets.UTF_8));
    }

    @Test
    void onTheDayItWasWrittenForTwoAreOverdueByDaysAndThreeDueThisWeek() {
        try (AppContext ctx = loaded(SampleMovements.WRITTEN_FOR)) {
            for (Movement m : ctx.movements().list()) {
                for (MilestoneRow r : ctx.movements().milestones(m.id())) {
                    if (r.milestone().due().isBefore(LocalDate.of(2026, 1, 1))) {
                        assertTrue(r.milestone().done() && r.milestone().doneDocument() != null,
                                m.code() + " " + r.milestone().content() + ": a past year's milestone is done with its document");
                    }
                    if (r.milestone().done()) {
                        assertFalse(r.milestone().doneDate().isAfter(SampleMovements.WRITTEN_FOR), "done in the past");
                    }
                }
            }
            near(ctx, SampleMovements.WRITTEN_FOR);
            Deadline saturday = ctx.movements().deadlines(SampleMovements.WRITTEN_FOR, 7).stream()
                    .filter(d -> d.moved()).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2026, 12, 5), saturday.due(), "a due day on a Saturday");
            assertEquals(LocalDate.of(2026, 12, 7), saturday.effectiveDue(), "shown with the Monday after");
        }
    }

    @Test
    void loadedOnAnotherDayOfTheYearTheRunningMovementsMilestonesMoveWithIt() {
        LocalDate spring = SampleMovements.WRITTEN_FOR.minusWeeks(20); // the same weekdays: no due day lands on a weekend
        try (AppContext ctx = loaded(spring)) {
            near(ctx, spring);
            Movement current = ctx.movements().byCode(MovementSamples.CURRENT).orElseThrow();
            for (MilestoneRow r : ctx.movements().milestones(current.id())) {
                assertFalse(r.milestone().due().isBefore(current.startDate()), "kept inside the movement's year");
                assertTrue(!r.milestone().done() || !r.milestone().doneDate().isAfter(spring), "nothing done after the day");
            }
        }
    }

    /** Two lines overdue by 6 and 2 days (one unit's report, every unit's scoring), three due within the week. */
    private static void near(AppContext ctx, LocalDate today) {
        List<Deadline> due = ctx.movements().deadlines(today, 7);
        List<Deadline> late = due.stream().filter(d -> d.status() == DeadlineStatus.QUA_HAN).toList();
        assertEquals(2, late.size(), late.toString());
        assertTrue(late.stream().allMatch(d -> d.row().movementCode().equals(MovementSamples.CURRENT)));
        assertTrue(late.stream().allMatch(d -> d.days() >= -7), "overdue by days, not years: " + late);
        assertEquals(3, due.size() - late.size(), due.toString());
    }
}
