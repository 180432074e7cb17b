package vn.tdkt.registration.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ConversionsNotAccepted;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.data.RegistrationRepository;
import vn.tdkt.registration.domain.FileProblem;
import vn.tdkt.registration.domain.FolderImport;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.SheetImport;
import vn.tdkt.registration.domain.SheetOutcome;
import vn.tdkt.registration.domain.SheetPlan;
import vn.tdkt.registration.domain.SheetsRefused;
import vn.tdkt.registration.domain.UnionTitle;
import vn.tdkt.registration.domain.UnitSheet;
import vn.tdkt.workbook.service.XlsxCell;
import vn.tdkt.workbook.service.XlsxReader;

/**
 * The unit sheets (sheet {@value UnitSheet#SHEET}): the template of a unit and year, and the import of many sheets,
 * each checked whole and written in its own transaction (a bad file is refused whole, the others are imported).
 * Re-importing a unit's sheet replaces that unit's registration of that year (the union titles entered on the
 * screen, which the sheet does not carry, are kept); the registration becomes Đã gửi, logged with the file's name.
 * Cells typed in TCVN3 or VNI are converted and listed for the preview (accepted before anything is written).
 */
public final class RegistrationSheets {

    private static final Logger LOGGER = LoggerFactory.getLogger(RegistrationSheets.class);

    private final Database db;
    private final CatalogueService catalogue;
    private final RegistrationService registrations;
    private final java.time.Clock clock;
    private final RegistrationRepository repo = new RegistrationRepository();

    public RegistrationSheets(Database db, CatalogueService catalogue, RegistrationService registrations, java.time.Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Writes the unit's sheet for the year: its members working there that year, the titles to choose. */
    public void writeTemplate(String unitCode, int year, Path out) {
        Unit unit = unit(repo.units(db.dsl()), unitCode).orElseThrow(() -> RegistrationService.unknownUnit(unitCode));
        List<Member> members = registrations.members(unit.id(), year);
        UnitSheetWriter.write(unit, year, members, registrations.titles(AwardSubject.CA_NHAN),
                registrations.titles(AwardSubject.TAP_THE), out);
    }

    /** The .xlsx files named, a folder standing for every .xlsx in it (name order; Excel's ~$ lock files skipped). */
    public static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                                    && !f.getFileName().toString().startsWith("~$"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new AppException(Msg.of("registration.import.folder", p.toString()), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads and checks every file (nothing is written): one plan per file, in order. */
    public List<SheetPlan> analyze(List<Path> files, Progress progress) {
        Catalogue cat = catalogue.catalogue();
        Map<String, UnionTitle> unions = registrations.unionMap();
        List<Unit> units = repo.units(db.dsl());
        Map<Integer, List<Member>> membersOfYear = new HashMap<>();
        List<SheetPlan> out = new ArrayList<>(files.size());
        int i = 0;
        for (Path f : files) {
            progress.step(Msg.of("registration.folder.reading", f.getFileName().toString(), String.valueOf(i + 1),
                    String.valueOf(files.size())), i++, files.size());
            progress.checkCancelled();
            out.add(analyze(f, cat, unions, units, membersOfYear));
        }
        return out;
    }

    private SheetPlan analyze(Path file, Catalogue cat, Map<String, UnionTitle> unions, List<Unit> units,
                              Map<Integer, List<Member>> membersOfYear) {
        List<XlsxCell[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        boolean[] found = {false};
        try {
            XlsxReader.read(file, name -> {
                if (!UnitSheet.SHEET.equals(VietnameseText.clean(name))) {
                    return null;
                }
                found[0] = true;
                return (n, cells) -> {
                    rows.add(cells.clone());
                    numbers.add(n);
                };
            });
        } catch (AppException e) {
            return refused(file, null, List.of(Problem.file(e.text())));
        }
        if (!found[0]) {
            return refused(file, null, List.of(Problem.file(Msg.of("registration.import.noSheet", file.getFileName().toString(),
                    UnitSheet.SHEET))));
        }
        LegacyConverter legacy = new LegacyConverter();
        for (XlsxCell[] r : rows) {
            for (XlsxCell c : r) {
                if (c != null && c.kind() == XlsxCell.Kind.TEXT) {
                    legacy.observe(c.text());
                }
            }
        }
        SheetReading reading = new SheetReading(rows, numbers, legacy);
        return reading.plan(file, cat, unions, units, membersOfYear, this::membersOfYear);
    }

    private List<Member> membersOfYear(Map<Integer, List<Member>> cache, int year) {
        return cache.computeIfAbsent(year, y -> repo.members(db.dsl(), y));
    }

    static SheetPlan refused(Path file, String unitCode, List<Problem> problems) {
        return new SheetPlan(file, unitCode, null, 0, problems, List.of());
    }

    /**
     * Writes every valid plan, each in its own transaction; refused plans are reported with their problems. A plan
     * that fails when written (the data changed since it was checked) is refused and the others go on.
     */
    public List<SheetOutcome> apply(List<SheetPlan> plans, String user, Progress progress) {
        Permission.require(Action.EDIT_REGISTRATIONS);
        List<SheetOutcome> out = new ArrayList<>(plans.size());
        int i = 0;
        for (SheetPlan p : plans) {
            progress.update(p.file().getFileName().toString(), i++, plans.size());
            if (!p.valid()) {
                out.add(new SheetOutcome(p.file(), false, p.rows(), 0, p.problems()));
                continue;
            }
            try {
                db.exclusive(Database.IMPORT_LOCK, Msg.of("db.importBusy"), dsl -> write(dsl, p, user));
                out.add(new SheetOutcome(p.file(), true, p.rows(), p.registered(), List.of()));
            } catch (RuntimeException e) {
                LOGGER.warn("Writing the registration sheet {} failed", p.file(), e);
                out.add(new SheetOutcome(p.file(), false, p.rows(), 0,
                        List.of(Problem.file(Msg.of("registration.import.writeFailed", p.file().getFileName().toString())))));
            }
        }
        return out;
    }

    /**
     * The window's import of one unit sheet, one call and one transaction: the file is read and checked whole, then
     * the unit's registration of the sheet's year replaced. A sheet with any problem is refused with all of them
     * (sheet, row, column); a valid sheet whose cells were read from TCVN3 / VNI is refused with
     * {@link ConversionsNotAccepted} until the clerk accepts them. Either way, and when the clerk cancels before the
     * commit, nothing is written.
     */
    public SheetImport importSheet(Path file, boolean acceptConversions, String user, Progress progress) {
        Permission.require(Action.EDIT_REGISTRATIONS);
        String name = file.getFileName().toString();
        progress.step(Msg.of("registration.import.reading", name), 0, 3);
        List<Unit> units = repo.units(db.dsl());
        Catalogue cat = catalogue.catalogue();
        SheetPlan plan = analyze(file, cat, registrations.unionMap(), units, new HashMap<>());
        progress.checkCancelled();
        if (!plan.valid()) {
            throw new ValidationException(plan.problems());
        }
        ConversionsNotAccepted.check(plan.conversions(), acceptConversions);
        progress.step(Msg.of("registration.import.writing", name), 1, 3);
        Registration r = plan.registration();
        db.exclusive(Database.IMPORT_LOCK, Msg.of("db.importBusy"), dsl -> {
            long id = write(dsl, plan, user);
            progress.checkCancelled(); // a cancel before the commit rolls the write back
            return id;
        });
        progress.step(Msg.of("registration.import.written", name), 3, 3);
        Unit unit = units.stream().filter(u -> u.id() == r.unitId()).findFirst().orElseThrow();
        return new SheetImport(name, unit.id(), unit.code(), unit.name(), r.year(), plan.rows(), plan.registered(),
                r.collectiveKind() == null ? null : cat.kind(r.collectiveKind()).map(AwardKind::name).orElse(r.collectiveKind()),
                plan.conversions().size());
    }

    /**
     * The window's import of a folder of unit sheets (every .xlsx in it, as {@code registration import FOLDER} reads
     * it), one call and one transaction, all or nothing: every file is read and checked as the command checks it
     * ({@link #analyze}), and two sheets of one unit and year are refused too (the command would keep the later one);
     * when any file has a problem, {@link SheetsRefused} lists every problem with its file and nothing is written; the
     * cells read from TCVN3 / VNI in all the files are refused together ({@link ConversionsNotAccepted}, each cell
     * naming its file) until the clerk accepts them; then every sheet replaces its unit's registration of its year in
     * one transaction under the import lock, as {@link #apply} writes each (Đã gửi, logged with the file's name). A
     * cancel before the commit rolls the whole folder back.
     */
    public FolderImport importFolder(Path folder, boolean acceptConversions, String user, Progress progress) {
        Permission.require(Action.EDIT_REGISTRATIONS);
        List<Path> files = expand(List.of(folder));
        String folderName = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (files.isEmpty()) {
            throw new ValidationException(List.of(Problem.file(Msg.of("registration.folder.empty", folderName))));
        }
        List<SheetPlan> plans = analyze(files, firstHalf(progress));
        progress.checkCancelled();
        List<FileProblem> problems = new ArrayList<>();
        Map<String, String> firstOf = new HashMap<>();
        List<LegacyConverter.Conversion> conversions = new ArrayList<>();
        for (SheetPlan p : plans) {
            String name = p.file().getFileName().toString();
            p.problems().forEach(x -> problems.add(new FileProblem(name, x)));
            if (p.valid()) {
                Registration r = p.registration();
                String other = firstOf.putIfAbsent(r.unitId() + "/" + r.year(), name);
                if (other != null) {
                    problems.add(new FileProblem(name, Problem.file(Msg.of("registration.folder.sameUnit", p.unitCode(),
                            String.valueOf(r.year()), other))));
                }
                p.conversions().forEach(c -> conversions.add(c.inFile(name)));
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetsRefused(problems, files.size());
        }
        ConversionsNotAccepted.check(conversions, acceptConversions);
        db.exclusive(Database.IMPORT_LOCK, Msg.of("db.importBusy"), dsl -> {
            int i = 0;
            for (SheetPlan p : plans) {
                progress.step(Msg.of("registration.folder.writing", p.file().getFileName().toString(), String.valueOf(i + 1),
                        String.valueOf(plans.size())), plans.size() + i++, 2L * plans.size());
                write(dsl, p, user);
                progress.checkCancelled(); // a cancel before the commit rolls the whole folder back
            }
            return plans.size();
        });
        progress.step(Msg.of("registration.folder.written", folderName), 1, 1);
        return new FolderImport(folderName, plans.size(),
                (int) plans.stream().map(p -> p.registration().unitId()).distinct().count(),
                plans.stream().map(p -> p.registration().year()).distinct().sorted().toList(),
                plans.stream().mapToInt(SheetPlan::rows).sum(), plans.stream().mapToInt(SheetPlan::registered).sum(),
                conversions.size());
    }

    /** The reading of a folder on the first half of the bar, its writing on the second. */
    private static Progress firstHalf(Progress whole) {
        return new Progress() {
            @Override
            public void update(String message, long done, long total) {
                whole.update(message, done, total < 0 ? total : 2 * total);
            }

            @Override
            public void step(vn.tdkt.common.domain.Localizable message, long done, long total) {
                whole.step(message, done, total < 0 ? total : 2 * total);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }

    /** Replaces the unit's registration of the year with a checked plan's, in the caller's transaction. */
    private long write(DSLContext dsl, SheetPlan p, String user) {
        Registration incoming = p.registration();
        Optional<Registration> old = repo.find(dsl, incoming.unitId(), incoming.year());
        Map<Long, String> unionOf = new HashMap<>();
        old.ifPresent(o -> o.entries().forEach(e -> {
            if (e.unionCode() != null) {
                unionOf.put(e.personId(), e.unionCode());
            }
        }));
        List<PersonEntry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (PersonEntry e : incoming.entries()) {
            seen.add(e.personId());
            PersonEntry merged = new PersonEntry(e.personId(), e.kindCode(), unionOf.get(e.personId()), e.note());
            if (!merged.empty()) {
                entries.add(merged);
            }
        }
        unionOf.forEach((person, code) -> {
            if (!seen.contains(person)) {
                entries.add(new PersonEntry(person, null, code, null));
            }
        });
        LocalDateTime now = LocalDateTime.now(clock);
        String source = p.file().getFileName().toString();
        Registration r = new Registration(0, incoming.unitId(), incoming.year(), incoming.collectiveKind(),
                old.map(Registration::unionCollective).orElse(null), RegistrationStatus.DA_GUI, null,
                now.toLocalDate(), source, entries);
        long id = repo.replace(dsl, r, now);
        if (old.map(o -> o.status() != RegistrationStatus.DA_GUI).orElse(true)) {
            repo.log(dsl, id, RegistrationStatus.DA_GUI, Msg.of("registration.import.logReason", source).vi(),
                    now.toLocalDate(), now, user);
        }
        return id;
    }

    static Optional<Unit> unit(List<Unit> units, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return units.stream().filter(u -> u.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    static AwardKind title(Catalogue cat, Map<String, UnionTitle> unions, String text, AwardSubject subject, String column,
                           int row, ProblemCollector p) {
        AwardKind k = cat.resolve(text).orElse(null);
        if (k == null) {
            boolean union = unions.values().stream().anyMatch(u -> VietnameseText.fold(u.name()).equals(VietnameseText.fold(text)));
            p.add(new Problem(UnitSheet.SHEET, row, column, Msg.of(union ? "registration.problem.unionInStateColumn"
                    : "registration.problem.unknownTitleText", text)));
            return null;
        }
        ProblemCollector check = new ProblemCollector();
        RegistrationService.checkTitle(cat, k.code(), subject, check);
        for (Problem x : check.problems()) {
            p.add(new Problem(UnitSheet.SHEET, row, column, x.text()));
        }
        return check.isEmpty() ? k : null;
    }
}
