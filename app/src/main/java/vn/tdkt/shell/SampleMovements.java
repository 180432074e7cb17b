package vn.tdkt.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementStatus;

/**
 * The sample's movements as an office would have them on the day the sample is loaded (decision 123): what the plans
 * carry beside the workbook's columns ({@link SampleMovementDetails}), the milestones the units have done, with the day
 * and the document that fulfilled each ({@value #DONE}: Mã phong trào, Mã đơn vị, Ngày hoàn thành, Văn bản hoàn thành,
 * Nội dung — empty unit: the milestone of every participating unit), then the milestones of the movement running on the
 * load day moved by the days between {@link #WRITTEN_FOR} (the day the sample's near milestones were written around)
 * and the load day, kept inside the movement's period, so that a few are overdue by days and a few due in the next
 * week whenever the sample is loaded during that movement; last each movement's dated status changes (the
 * {@value #STATUS} lines of {@link SampleMovementDetails#FILE}: Trạng thái, Ngày, Ghi chú) up to the load day.
 */
final class SampleMovements {

    /** The lines of the details file that move a movement on: status label, day, note. */
    static final String STATUS = "status";

    /**
     * The lines of the details file giving the number and day a plan printed unnumbered (the draft the seed is, "Số:
     * /KH-KHCN") got when the office issued it: Số kế hoạch, Ngày kế hoạch. The Kế hoạch under samples/forms keeps the
     * seed's blank; the first start records the issued plan, which its launch needs (decision 154).
     */
    static final String ISSUED = "issued";

    /** The file beside the movements sample: what the units have done. */
    static final String DONE = "phong-trao-hoan-thanh.csv";

    /** The day the sample's current-year milestones were written around (their due and done days count from it). */
    static final LocalDate WRITTEN_FOR = LocalDate.of(2026, 12, 3);

    private SampleMovements() {
    }

    /** Saves the plans' details, marks the milestones done, moves the running movement's milestones, then the statuses. */
    static void load(AppContext ctx, Path done, LocalDate today) {
        Path details = done.resolveSibling(SampleMovementDetails.FILE);
        SampleMovementDetails.load(ctx, details, Session.author());
        Map<String, Long> units = new HashMap<>();
        ctx.org().units().forEach(u -> units.put(u.code(), u.id()));
        if (Files.isRegularFile(done)) {
            try {
                for (String line : Files.readAllLines(done, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                    String[] cells = line.split(",", 5);
                    if (cells.length == 5) {
                        markDone(ctx, cells, units);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Movement m : ctx.movements().list()) {
            if (within(m, WRITTEN_FOR) && within(m, today)) {
                shift(ctx, m, ChronoUnit.DAYS.between(WRITTEN_FOR, today));
            }
        }
        List<SampleMovementDetails.Line> lines = SampleMovementDetails.read(details);
        issued(ctx, lines, today);
        statuses(ctx, lines, today);
    }

    /** Records the number and day each {@value #ISSUED} line gives its plan, when that day is not after the load day. */
    private static void issued(AppContext ctx, List<SampleMovementDetails.Line> lines, LocalDate today) {
        for (SampleMovementDetails.Line l : lines) {
            if (!l.key().equals(ISSUED)) {
                continue;
            }
            LocalDate on = VnFormat.parseDate(l.value(1)).orElseThrow(() -> new IllegalStateException(l.value(1)));
            if (on.isAfter(today)) {
                continue;
            }
            Movement m = ctx.movements().byCode(l.code()).orElseThrow(() -> new IllegalStateException(l.code()));
            vn.tdkt.movement.domain.MovementDetails d = ctx.movements().find(m.id()).orElseThrow();
            ctx.movements().save(new vn.tdkt.movement.domain.MovementDetails(d.movement().withPlan(l.value(0), on),
                    d.phases(), d.items(), d.unitIds(), d.blocIds(), d.rewards(), d.texts()), d, Session.author());
        }
    }

    /**
     * Each status line moves its movement on, on its day (never before the last change); a movement stops at its first
     * line after the load day.
     */
    private static void statuses(AppContext ctx, List<SampleMovementDetails.Line> lines, LocalDate today) {
        java.util.Set<String> stopped = new java.util.HashSet<>();
        for (SampleMovementDetails.Line l : lines) {
            if (!l.key().equals(STATUS) || stopped.contains(l.code())) {
                continue;
            }
            Movement m = ctx.movements().byCode(l.code()).orElseThrow(() -> new IllegalStateException(l.code()));
            MovementStatus target = Labelled.parse(MovementStatus.class, l.value(0))
                    .orElseThrow(() -> new IllegalStateException(l.value(0)));
            LocalDate on = VnFormat.parseDate(l.value(1)).orElseThrow(() -> new IllegalStateException(l.value(1)));
            if (m.statusDate() != null && on.isBefore(m.statusDate())) {
                on = m.statusDate();
            }
            if (on.isAfter(today)) {
                stopped.add(l.code());
                continue;
            }
            ctx.movements().move(m.id(), target, on, l.value(2), Session.author());
        }
    }

    private static void markDone(AppContext ctx, String[] cells, Map<String, Long> units) {
        Movement m = ctx.movements().byCode(cells[0].strip()).orElseThrow(() -> new IllegalStateException(cells[0]));
        Long unit = cells[1].isBlank() ? null : units.get(cells[1].strip());
        String content = VietnameseText.fold(cells[4].strip());
        Milestone milestone = ctx.movements().milestones(m.id()).stream().map(MilestoneRow::milestone)
                .filter(x -> VietnameseText.fold(x.content()).equals(content) && java.util.Objects.equals(x.unitId(), unit))
                .findFirst().orElseThrow(() -> new IllegalStateException(String.join(",", cells)));
        ctx.movements().saveMilestone(milestone.withDone(VnFormat.parseDate(cells[2].strip()).orElseThrow(), cells[3].strip()), milestone);
    }

    private static boolean within(Movement m, LocalDate day) {
        return m.startDate() != null && m.endDate() != null && !day.isBefore(m.startDate()) && !day.isAfter(m.endDate());
    }

    private static void shift(AppContext ctx, Movement m, long days) {
        if (days == 0) {
            return;
        }
        List<Milestone> milestones = ctx.movements().milestones(m.id()).stream().map(MilestoneRow::milestone).toList();
        for (Milestone x : milestones) {
            ctx.movements().saveMilestone(new Milestone(x.id(), x.movementId(), x.content(), moved(m, x.due(), days),
                    x.unitId(), x.doneDate() == null ? null : moved(m, x.doneDate(), days), x.doneDocument()), x);
        }
    }

    private static LocalDate moved(Movement m, LocalDate day, long days) {
        LocalDate to = day.plusDays(days);
        return to.isBefore(m.startDate()) ? m.startDate() : to.isAfter(m.endDate()) ? m.endDate() : to;
    }
}
