package vn.tdkt.movement.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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
import vn.tdkt.movement.domain.ReportFigures;

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
    private final BiFunction<Integer, Set<Long>, ReportFigures> registrations;
    private final java.util.function.Function<LocalDate, vn.tdkt.movement.domain.OfficeIssuer> office;

    public MovementReports(Database db, MovementService movements) {
        this(db, movements, (year, units) -> ReportFigures.none(year));
    }

    public MovementReports(Database db, MovementService movements, BiFunction<Integer, Set<Long>, ReportFigures> registrations) {
        this(db, movements, registrations, day -> vn.tdkt.movement.domain.OfficeIssuer.NONE);
    }

    /**
     * @param registrations the registration figures of a year for a set of units (the registrations feature's, read
     *                      outside this package so that the two features do not depend on each other)
     * @param office        the office's issuer and signer on a day (the council in office and its chair), for a
     *                      movement that names none (decision 160)
     */
    public MovementReports(Database db, MovementService movements, BiFunction<Integer, Set<Long>, ReportFigures> registrations,
                           java.util.function.Function<LocalDate, vn.tdkt.movement.domain.OfficeIssuer> office) {
        this.db = db;
        this.movements = movements;
        this.registrations = registrations;
        this.office = office;
    }

    /**
     * The reminder of a movement on a day: its milestones overdue then (due, on the working calendar, before the day
     * and not done), each with the units that have not done it — the unit it names, else every participating unit.
     *
     * @throws AppException when nothing of the movement is overdue on that day
     */
    public Reminder reminder(long movementId, LocalDate day) {
        record Loaded(MovementDetails details, Set<Long> units) {
        }
        Loaded loaded = db.transaction(tx -> {
            Movement m = repo.find(tx, movementId).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            MovementDetails details = repo.details(tx, m);
            return new Loaded(details, takingPart(tx, details));
        });
        MovementDetails d = office.apply(day).fill(loaded.details());
        Map<Long, String> names = repo.unitNames(db.dsl());
        List<Deadline> late = movements.deadlines(day, 0).stream()
                .filter(x -> x.status() == DeadlineStatus.QUA_HAN && x.row().milestone().movementId() == movementId).toList();
        if (late.isEmpty()) {
            throw new AppException(Msg.of("movement.reminder.none", d.movement().code(), day));
        }
        List<String> everyone = loaded.units().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted(java.text.Collator
                .getInstance(java.util.Locale.forLanguageTag("vi"))).toList();
        Set<String> to = new LinkedHashSet<>();
        List<Reminder.Line> lines = new ArrayList<>();
        List<vn.tdkt.movement.domain.MilestoneRow> doneOwn = movements.milestones(movementId).stream()
                .filter(r -> r.unitName() != null && r.milestone().doneDate() != null && !r.milestone().doneDate().isAfter(day))
                .toList();
        for (Deadline x : late) {
            if (x.row().unitName() != null) {
                to.add(x.row().unitName());
                lines.add(new Reminder.Line(x, List.of(x.row().unitName()), false, List.of()));
                continue;
            }
            String content = vn.tdkt.common.domain.VietnameseText.fold(x.row().milestone().content());
            List<String> except = doneOwn.stream()
                    .filter(r -> vn.tdkt.common.domain.VietnameseText.fold(r.milestone().content()).equals(content))
                    .map(vn.tdkt.movement.domain.MilestoneRow::unitName).filter(everyone::contains).distinct().toList();
            List<String> units = everyone.isEmpty() ? List.of("Các cơ quan, đơn vị tham gia phong trào")
                    : everyone.stream().filter(u -> !except.contains(u)).toList();
            to.addAll(units);
            lines.add(new Reminder.Line(x, units, true, except));
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
     * the awards decided in that period to those units and their people; its dossiers, and its decisions up to that day.
     */
    public MovementReport report(long movementId, MovementReport.Kind kind, LocalDate day) {
        record Read(MovementReport report, Set<Long> units) {
        }
        Read read = db.transaction(tx -> {
            Movement m = repo.find(tx, movementId).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            MovementDetails d = repo.details(tx, m);
            LocalDate from = m.startDate() != null ? m.startDate() : m.planDate() != null ? m.planDate() : day.withDayOfYear(1);
            LocalDate to = m.endDate() != null && m.endDate().isBefore(day) ? m.endDate() : day;
            if (to.isBefore(from)) {
                throw new AppException(Msg.of("movement.report.beforeStart", m.code(), day, from));
            }
            Set<Long> units = takingPart(tx, d);
            Map<Long, String> names = repo.unitNames(tx);
            List<String> unitNames = units.stream().map(id -> names.getOrDefault(id, "#" + id)).toList();
            Set<Long> family = new LinkedHashSet<>(List.of(movementId));
            repo.list(tx).stream().filter(c -> c.parentId() != null && c.parentId() == movementId).map(Movement::id)
                    .forEach(family::add);
            int[] models = reports.models(tx, family, from.getYear(), to.getYear());
            return new Read(new MovementReport(d, kind, day, from, to, unitNames, repo.milestones(tx, movementId),
                    reports.awards(tx, units, from, to), new MovementLinks(links.dossiers(tx, movementId),
                    links.decisions(tx, movementId).stream().filter(x -> !x.decisionDate().isAfter(to)).toList()),
                    ReportFigures.none(to.getYear()).withModels(models[0], models[1])), units);
        });
        MovementReport r = read.report();
        ReportFigures f = registrations.apply(r.to().getYear(), read.units()).withModels(r.figures().models(),
                r.figures().recognised());
        MovementDetails d = office.apply(day).fill(r.movement());
        return new MovementReport(d, kind, day, r.from(), r.to(), r.units(), r.milestones(), r.awards(), r.links(), f);
    }

    /**
     * The units taking part in a movement: its participants; when it names none, its lead unit, the lead units of its
     * sub-movements and of the movements implementing it (seed 004: 20 sub-movements led by 20 agencies).
     */
    private Set<Long> takingPart(org.jooq.DSLContext tx, MovementDetails d) {
        Set<Long> units = new LinkedHashSet<>(d.unitIds());
        if (units.isEmpty()) {
            Movement m = d.movement();
            if (m.leadUnitId() != null) {
                units.add(m.leadUnitId());
            }
            d.items().stream().map(i -> i.leadUnitId()).filter(java.util.Objects::nonNull).forEach(units::add);
            repo.list(tx).stream().filter(c -> c.parentId() != null && c.parentId() == m.id()).map(Movement::leadUnitId)
                    .filter(java.util.Objects::nonNull).forEach(units::add);
        }
        return units;
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
