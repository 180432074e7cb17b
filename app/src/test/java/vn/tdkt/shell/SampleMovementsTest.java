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
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.home.domain.YearDecisions;
import vn.tdkt.movement.domain.LogEntry;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.samples.MovementSamples;
import vn.tdkt.samples.SampleDrift;

/**
 * The movements of the first-start sample as an office has them on the load day (decision 123): every milestone of
 * the seeds' years done with its day and document, the seeds closed with the dated statuses their plans imply, the
 * running year's movement with its whole plan (issuer, signer, participants) and two milestones overdue by days and
 * three due in the week, wherever in its year the sample is loaded, and the year's decisions under it.
 */
class SampleMovementsTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String PLAN_2026 = "ke-hoach-15-KH-SNV-2026.docx";
    private static final String REMINDER_2026 = "cong-van-don-doc-15-KH-SNV-2026.docx";
    private static final String REPORT_2026 = "bao-cao-so-ket-15-KH-SNV-2026.docx";

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

    @Test
    void theSeedsStandWhereTheirPlansTookThemAndTheYearsPlanIsComplete() {
        try (AppContext ctx = loaded(SampleMovements.WRITTEN_FOR)) {
            for (int i = 1; i <= 20; i++) {
                Movement sub = ctx.movements().byCode(String.format("HY-KH90-%02d", i)).orElseThrow();
                assertEquals(MovementStatus.TONG_KET, sub.status(), sub.code() + ": closed with plan 90/KH-UBND");
                List<LogEntry> log = ctx.movements().log(sub.id());
                assertEquals(List.of(MovementStatus.DU_THAO, MovementStatus.PHAT_DONG, MovementStatus.DANG_TRIEN_KHAI,
                        MovementStatus.TONG_KET), log.stream().map(LogEntry::to).toList(), sub.code());
                assertEquals(LocalDate.of(2021, 6, 11), log.get(1).on(), "launched by the parent's plan on its day");
            }
            for (Movement m : ctx.movements().list()) {
                if (!m.code().equals(MovementSamples.CURRENT)) {
                    assertEquals(MovementStatus.TONG_KET, m.status(), m.code() + ": the seeds' periods are over");
                }
            }
            Movement current = ctx.movements().byCode(MovementSamples.CURRENT).orElseThrow();
            assertEquals(MovementStatus.SO_KET, current.status());
            assertEquals(LocalDate.of(2026, 6, 12), current.statusDate(), "the day of its sơ kết report");
            MovementDetails d = ctx.movements().find(current.id()).orElseThrow();
            assertEquals("Sở Nội vụ", d.movement().authority());
            assertEquals("UBND tỉnh Hưng Yên", d.movement().authorityParent());
            assertEquals("Tạ Phương Giang", d.movement().signerName());
            assertEquals(10, d.unitIds().size(), "every room and centre of the department takes part");
            assertEquals(4, d.items().size());
            assertTrue(d.text(PlanPart.BASIS).contains("Nghị định số 152/2025/NĐ-CP"));
        }
    }

    /**
     * Seed 001 is the plan as circulated for signature ("Số: /KH-KHCN", "ngày … tháng 12 năm 2022"); its registrations
     * (31/01/2023), its bloc's covenant (10/02/2023) and its tổng kết report (08/12/2023) say it ran: the first start
     * records the issued plan and the statuses those days imply, and stops at the load day.
     */
    @Test
    void seed001RanThroughItsYearOnTheDaysItsPlanAndReportsGive() {
        try (AppContext ctx = loaded(SampleMovements.WRITTEN_FOR)) {
            Movement tn = ctx.movements().byCode("TN-KH-2023").orElseThrow();
            assertEquals(MovementStatus.TONG_KET, tn.status());
            assertEquals("612/KH-KHCN", tn.planNo());
            assertEquals(LocalDate.of(2022, 12, 28), tn.planDate());
            List<LogEntry> log = ctx.movements().log(tn.id());
            assertEquals(List.of(MovementStatus.DU_THAO, MovementStatus.PHAT_DONG, MovementStatus.DANG_TRIEN_KHAI,
                    MovementStatus.TONG_KET), log.stream().map(LogEntry::to).toList());
            assertEquals(List.of(LocalDate.of(2022, 12, 28), LocalDate.of(2023, 1, 31), LocalDate.of(2023, 12, 8)),
                    log.stream().skip(1).map(LogEntry::on).toList());
        }
        try (AppContext ctx = loaded(LocalDate.of(2023, 6, 15))) {
            assertEquals(MovementStatus.DANG_TRIEN_KHAI, ctx.movements().byCode("TN-KH-2023").orElseThrow().status(),
                    "loaded in the middle of 2023, the year's movement is running");
        }
        try (AppContext ctx = loaded(LocalDate.of(2022, 12, 1))) {
            Movement tn = ctx.movements().byCode("TN-KH-2023").orElseThrow();
            assertEquals(MovementStatus.DU_THAO, tn.status(), "before its plan was issued it is a draft");
            assertEquals("/KH-KHCN", tn.planNo(), "still unnumbered");
        }
    }

    @Test
    void theRunningYearsStatusesMoveWithItsMilestonesAndStopAtTheLoadDay() {
        LocalDate spring = SampleMovements.WRITTEN_FOR.minusWeeks(20);
        try (AppContext ctx = loaded(spring)) {
            Movement current = ctx.movements().byCode(MovementSamples.CURRENT).orElseThrow();
            List<LogEntry> log = ctx.movements().log(current.id()).stream().filter(e -> e.from() != null).toList();
            assertEquals(3, log.size(), "launched, running, sơ kết: " + log);
            assertTrue(log.stream().noneMatch(e -> e.on().isAfter(spring)), "nothing after the load day: " + log);
            assertFalse(log.get(log.size() - 1).on().isBefore(log.get(log.size() - 2).on()), "in order: " + log);
        }
        try (AppContext ctx = loaded(LocalDate.of(2026, 1, 25))) {
            assertEquals(MovementStatus.PHAT_DONG, ctx.movements().byCode(MovementSamples.CURRENT).orElseThrow().status(),
                    "loaded before its registrations, the year's movement is only launched");
        }
    }

    @Test
    void theYearsDecisionsAreRecordedUnderItsMovementUpToTheLoadDay() {
        try (AppContext ctx = AppContext.inMemory()) {
            SampleOffer.loadSample(ctx, SAMPLES.resolve(SampleData.WORKBOOK), SampleMovements.WRITTEN_FOR, Progress.NONE);
            YearDecisions year = ctx.home().decisions(2026);
            assertEquals(3, year.decisions());
            assertEquals(12, year.recipients());
            assertTrue(year.money() > 0, "priced under the regime of the day");
            Movement current = ctx.movements().byCode(MovementSamples.CURRENT).orElseThrow();
            assertEquals(3, ctx.movementLinks().links(current.id()).decisions().size(), "each names the year's movement");
            Decision gk = ctx.decisions().drafting().find("172/QĐ-SNV", LocalDate.of(2026, 6, 9)).orElseThrow();
            assertTrue(gk.info().legalBasis().stream().anyMatch(l -> l.contains("152/2025")), gk.info().legalBasis().toString());
            assertEquals("Theo đề nghị của Trưởng phòng Thi đua - Khen thưởng.",
                    gk.info().legalBasis().get(gk.info().legalBasis().size() - 1));
        }
        try (AppContext ctx = AppContext.inMemory()) {
            SampleOffer.loadSample(ctx, SAMPLES.resolve(SampleData.WORKBOOK), LocalDate.of(2026, 7, 1), Progress.NONE);
            assertEquals(2, ctx.home().decisions(2026).decisions(), "the October decision is not there in July");
        }
    }

    /** The year's Kế hoạch, công văn đôn đốc and báo cáo sơ kết as the first start writes them (samples/forms/movement). */
    @Test
    void theYearsDocumentsAreTheCommittedSamples() throws Exception {
        try (AppContext ctx = AppContext.inMemory()) {
            SampleOffer.loadSample(ctx, SAMPLES.resolve(SampleData.WORKBOOK), SampleMovements.WRITTEN_FOR, Progress.NONE);
            String code = MovementSamples.CURRENT;
            ctx.movementDocuments().writePlan(code, tmp.resolve(PLAN_2026));
            ctx.movementReports().writeReminder(code, SampleMovements.WRITTEN_FOR, tmp.resolve(REMINDER_2026));
            ctx.movementReports().writeReport(code, MovementReport.Kind.SO_KET, LocalDate.of(2026, 6, 12),
                    tmp.resolve(REPORT_2026));
            for (String f : List.of(PLAN_2026, REMINDER_2026, REPORT_2026)) {
                SampleDrift.assertSameAsCommitted(tmp.resolve(f), "movement/" + f);
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
