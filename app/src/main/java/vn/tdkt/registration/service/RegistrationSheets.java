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
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.SheetImport;
import vn.tdkt.registration.domain.SheetOutcome;
import vn.tdkt.registration.domain.SheetPlan;
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
            progress.update(f.getFileName().toString(), i++, files.size());
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
