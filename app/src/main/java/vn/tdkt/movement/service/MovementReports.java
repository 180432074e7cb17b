package vn.tdkt.movement.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.data.MovementLinkRepository;
import vn.tdkt.movement.data.MovementReportRepository;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.DeadlineStatus;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementLinks;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.movement.domain.Reminder;

/**
 * The documents that follow a movement's progress: the công văn đôn đốc, generated from the overdue list (Kính gửi
 * the units that have not done a milestone), and the báo cáo sơ kết / tổng kết with figures from the data.
 */
public final class MovementReports {

    /** Days the units are given to report after a reminder (then the next working day). */
    public static final int REPLY_DAYS = 7;

    private final Database db;
    private final MovementService movements;
    private final MovementRepository repo = new MovementRepository();
    private final MovementLinkRepository links = new MovementLinkRepository();
    private final MovementReportRepository reports = new MovementReportRepository();

    public MovementReports(Database db, MovementService movements) {
        this.db = db;
        this.movements = movements;
    }

    /**
     * The reminder of a movement on a day: its milestones overdue then (due, on the working calendar, before the day
     * and not done), each with the units that have not done it — the unit it names, else every participating unit.
     *
     * @throws AppException when nothing of the movement is overdue on that day
     */
    public Reminder reminder(long movementId, LocalDate day) {
        MovementDetails d = db.transaction(tx -> {
            Movement m = repo.find(tx, movementId).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            return repo.details(tx, m);
        });
        Map<Long, String> names = repo.unitNames(db.dsl());
        List<Deadline> late = movements.deadlines(day, 0).stream()
                .filter(x -> x.status() == DeadlineStatus.QUA_HAN && x.row().milestone().movementId() == movementId).toList();
        if (late.isEmpty()) {
            throw new AppException(Msg.of("movement.reminder.none", d.movement().code(), day));
        }
        List<String> everyone = d.unitIds().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted(java.text.Collator
                .getInstance(java.util.Locale.forLanguageTag("vi"))).toList();
        Set<String> to = new LinkedHashSet<>();
        List<Reminder.Line> lines = new ArrayList<>();
        for (Deadline x : late) {
            List<String> units = x.row().unitName() != null ? List.of(x.row().unitName())
                    : everyone.isEmpty() ? List.of("Các cơ quan, đơn vị tham gia phong trào") : everyone;
            to.addAll(units);
            lines.add(new Reminder.Line(x, units));
        }
        LocalDate replyBy = movements.effectiveDue(day.plusDays(REPLY_DAYS));
        return new Reminder(d, day, replyBy, lines, List.copyOf(to));
    }

    /** Writes the công văn đôn đốc of a movement on a day to a .docx file and returns it. */
    public Path writeReminder(long movementId, LocalDate day, Path file) {
        Reminder r = reminder(movementId, day);
        try (Nd30Document doc = new ReminderDocument(r).build()) {
            doc.write(file);
        }
        return file;
    }

    /**
     * The figures of the báo cáo sơ kết / tổng kết of a movement on a day: from its start (or its plan's date) to the
     * day (or its end when earlier); the units taking part (its participants, else its lead units); the milestones;
     * the awards decided in that period to those units and their people; its dossiers and decisions.
     */
    public MovementReport report(long movementId, MovementReport.Kind kind, LocalDate day) {
        return db.transaction(tx -> {
            Movement m = repo.find(tx, movementId).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            MovementDetails d = repo.details(tx, m);
            LocalDate from = m.startDate() != null ? m.startDate() : m.planDate() != null ? m.planDate() : day.withDayOfYear(1);
            LocalDate to = m.endDate() != null && m.endDate().isBefore(day) ? m.endDate() : day;
            if (to.isBefore(from)) {
                throw new AppException(Msg.of("movement.report.beforeStart", m.code(), day, from));
            }
            Set<Long> units = new LinkedHashSet<>(d.unitIds());
            if (units.isEmpty()) {
                if (m.leadUnitId() != null) {
                    units.add(m.leadUnitId());
                }
                d.items().stream().map(i -> i.leadUnitId()).filter(java.util.Objects::nonNull).forEach(units::add);
            }
            Map<Long, String> names = repo.unitNames(tx);
            List<String> unitNames = units.stream().map(id -> names.getOrDefault(id, "#" + id)).toList();
            return new MovementReport(d, kind, day, from, to, unitNames, repo.milestones(tx, movementId),
                    reports.awards(tx, units, from, to), new MovementLinks(links.dossiers(tx, movementId),
                    links.decisions(tx, movementId)));
        });
    }

    /** Writes the báo cáo sơ kết / tổng kết of a movement on a day to a .docx file and returns it. */
    public Path writeReport(long movementId, MovementReport.Kind kind, LocalDate day, Path file) {
        MovementReport r = report(movementId, kind, day);
        try (Nd30Document doc = new ReportDocument(r).build()) {
            doc.write(file);
        }
        return file;
    }

    /** Writes the báo cáo of the movement with that code. */
    public Path writeReport(String code, MovementReport.Kind kind, LocalDate day, Path file) {
        return writeReport(id(code), kind, day, file);
    }

    /** Writes the công văn đôn đốc of the movement with that code. */
    public Path writeReminder(String code, LocalDate day, Path file) {
        return writeReminder(id(code), day, file);
    }

    private long id(String code) {
        return repo.byCode(db.dsl(), code).orElseThrow(() -> new AppException(Msg.of("movement.problem.unknownCode", code)))
                .id();
    }
}
