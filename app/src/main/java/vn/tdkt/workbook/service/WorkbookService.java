package vn.tdkt.workbook.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.export.TableFile;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TableSheet;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.movement.service.MovementImports;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.workbook.data.WorkbookRepository;
import vn.tdkt.workbook.data.WorkbookRepository.PersonState;
import vn.tdkt.workbook.data.WorkbookRepository.Snapshot;
import vn.tdkt.workbook.domain.ExemplarySheets;
import vn.tdkt.workbook.domain.HistoryKeys;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.domain.ImportResult;
import vn.tdkt.workbook.domain.SheetCount;
import vn.tdkt.workbook.domain.WorkbookData;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * The import workbook: analyse (read and check everything, write nothing), apply (one transaction, idempotent),
 * export and the empty template. Long work reports progress and can be cancelled; a cancelled import writes nothing.
 */
public final class WorkbookService {

    private static final Logger LOGGER = LoggerFactory.getLogger(WorkbookService.class);
    private static final int CHUNK = 5_000;

    private final Database db;
    private final CatalogueService catalogues;
    private final WorkbookRepository repository = new WorkbookRepository();
    private final MovementImports movementImports = new MovementImports();
    private final ExemplarySheetStore exemplary;

    /**
     * @param exemplary where the sheets Điển hình tiên tiến and Công nhận điển hình are checked and written (the
     *                  composition root passes the exemplary package's; {@link ExemplarySheetStore#NONE} ignores them)
     */
    public WorkbookService(Database db, CatalogueService catalogues, ExemplarySheetStore exemplary) {
        this.db = db;
        this.catalogues = catalogues;
        this.exemplary = exemplary;
    }

    public WorkbookService(Database db, CatalogueService catalogues) {
        this(db, catalogues, ExemplarySheetStore.NONE);
    }

    public WorkbookService(Database db) {
        this(db, new CatalogueService(db));
    }

    /**
     * Reads and checks the whole file against itself and the database; collects every problem; writes nothing.
     * Cells typed in TCVN3 or VNI are read as Unicode and listed in the plan's conversions (decision 10): a file with
     * legacy text is read a second time after a look at every cell, so that the encoding the file shows decides the
     * cells either encoding could explain.
     */
    public ImportPlan analyze(Path file, Progress progress) {
        long t0 = System.nanoTime();
        progress.step(Msg.of("workbook.progress.reading", String.valueOf(file.getFileName())), 0, -1);
        Reading r;
        try {
            r = read(file, progress, new LegacyConverter());
            if (!r.legacy().conversions().isEmpty() || !r.legacy().problems().isEmpty()) {
                progress.checkCancelled();
                progress.step(Msg.of("workbook.progress.legacy"), 0, -1);
                LegacyConverter evidence = new LegacyConverter();
                LegacyCells.observe(file, WorkbookService::contractSheet, evidence);
                r = read(file, progress, evidence);
            }
        } catch (UnreadableFileException e) {
            Problems problems = new Problems();
            problems.add(Problem.file(e.text()));
            return new ImportPlan(file, WorkbookData.empty(), problems.listed(), problems.count(), List.of());
        }
        Problems problems = r.problems();
        WorkbookData data = r.parser().finish();
        progress.checkCancelled();
        progress.step(Msg.of("workbook.progress.comparing"), 0, -1);
        Snapshot snapshot = repository.snapshot(db.dsl());
        List<SheetCount> counts = new ArrayList<>(new WorkbookValidator(problems, snapshot).validate(data, r.parser().sheetsPresent()));
        MovementSheets.Data movements = r.movements().finish();
        Set<String> unitCodes = new java.util.HashSet<>(snapshot.units().keySet());
        data.units().forEach(u -> unitCodes.add(u.code()));
        movementImports.check(db.dsl(), movements, unitCodes).forEach(problems::add);
        movementImports.preview(db.dsl(), movements).forEach(c -> counts.add(new SheetCount(c.sheet(), c.inserted(), c.updated())));
        ExemplarySheets.Data models = r.exemplary().finish();
        exemplary.check(db.dsl(), models, codes(snapshot, data, movements)).forEach(problems::add);
        counts.addAll(exemplary.preview(db.dsl(), models));
        List<LegacyConverter.Conversion> conversions = r.legacy().conversions();
        LOGGER.info("Analysed {}: {} units, {} people, {} history rows, {} problems, {} converted cells in {} ms", file,
                data.units().size(), data.people().size(), data.historyRows(), problems.count(), conversions.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return new ImportPlan(file, data, problems.listed(), problems.count(), counts, movements, conversions, false,
                models);
    }

    /** The codes an exemplary row may name: the file's units, people and movements and those of the data. */
    private ExemplarySheetStore.Codes codes(Snapshot snapshot, WorkbookData data, MovementSheets.Data movements) {
        Set<String> units = new java.util.HashSet<>(snapshot.units().keySet());
        data.units().forEach(u -> units.add(u.code()));
        Set<String> people = new java.util.HashSet<>(snapshot.people().keySet());
        data.people().forEach(p -> people.add(p.code()));
        Set<String> codes = new java.util.HashSet<>();
        movementImports.export(db.dsl()).movements().forEach(m -> codes.add(m.code().toUpperCase(java.util.Locale.ROOT)));
        movements.movements().forEach(m -> codes.add(m.code().toUpperCase(java.util.Locale.ROOT)));
        return new ExemplarySheetStore.Codes(units, people, codes);
    }

    /** One read of the file: the readers of every sheet behind the legacy-encoding converter. */
    private record Reading(Problems problems, WorkbookParser parser, MovementSheetsIO.Reader movements,
                           ExemplarySheetsIO.Reader exemplary, LegacyConverter legacy) {
    }

    private Reading read(Path file, Progress progress, LegacyConverter legacy) {
        Problems problems = new Problems();
        WorkbookParser parser = new WorkbookParser(catalogues.catalogue(), problems, progress);
        MovementSheetsIO.Reader movementReader = new MovementSheetsIO.Reader(problems);
        ExemplarySheetsIO.Reader exemplaryReader = new ExemplarySheetsIO.Reader(problems);
        XlsxReader.read(file, new LegacyCells(name -> MovementSheetsIO.handles(name) ? movementReader.sheet(name)
                : exemplary.active() && ExemplarySheetsIO.handles(name) ? exemplaryReader.sheet(name)
                : parser.sheet(name), legacy, problems::add));
        legacy.problems().forEach(problems::add);
        return new Reading(problems, parser, movementReader, exemplaryReader, legacy);
    }

    /** A sheet of the contract (the cells whose encoding counts as the file's). */
    private static boolean contractSheet(String name) {
        return WorkbookLayout.sheet(name).isPresent() || MovementSheetsIO.handles(name) || ExemplarySheetsIO.handles(name);
    }

    /**
     * Writes a valid plan in one transaction: all or nothing. Re-importing updates by code and natural key. A plan
     * with converted cells is refused, with the list of them, until the clerk accepts them.
     */
    public ImportResult apply(ImportPlan plan, Progress progress) {
        Permission.require(Action.IMPORT_WORKBOOK);
        if (!plan.valid()) {
            throw new ValidationException(plan.problems());
        }
        if (!plan.writable()) {
            throw new ValidationException(conversionsToAccept(plan));
        }
        long t0 = System.nanoTime();
        Set<String> present = plan.counts().stream().map(SheetCount::sheet).collect(Collectors.toSet());
        List<SheetCount> all = db.exclusive(Database.IMPORT_LOCK, Msg.of("db.importBusy"), tx -> {
            List<SheetCount> c = new ArrayList<>(new Writer(tx, plan.data(), progress).run());
            movementImports.write(tx, plan.movements(), repository.unitIds(tx), java.time.LocalDateTime.now())
                    .forEach(m -> c.add(new SheetCount(m.sheet(), m.inserted(), m.updated())));
            c.addAll(exemplary.write(tx, plan.exemplary()));
            return c;
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LOGGER.info("Imported {} in {} ms ({} converted cells accepted): {}", plan.file(), ms, plan.conversions().size(), all);
        return new ImportResult(all.stream().filter(c -> present.contains(c.sheet())).toList(), ms);
    }

    /** The refusal of a plan whose conversions were not accepted: a first line, then each cell, before → after. */
    public static List<Problem> conversionsToAccept(ImportPlan plan) {
        List<Problem> out = new ArrayList<>();
        out.add(Problem.file(Msg.of("workbook.problem.conversionsNotAccepted", String.valueOf(plan.conversions().size()))));
        plan.conversions().forEach(c -> out.add(conversion(c)));
        return out;
    }

    /** One converted cell as a located line: sheet, row, column, encoding, before → after. */
    public static Problem conversion(LegacyConverter.Conversion c) {
        return new Problem(c.sheet(), c.row(), c.column(), Msg.of("workbook.conversion", c.encoding(), c.before(), c.after()));
    }

    /** Analyse, refuse with every problem if any (and with the converted cells), else apply. */
    public ImportResult importFile(Path file, Progress progress) {
        return importFile(file, false, progress);
    }

    /** Analyse, refuse with every problem if any, else apply; converted cells are written when {@code accept}. */
    public ImportResult importFile(Path file, boolean acceptConversions, Progress progress) {
        Permission.require(Action.IMPORT_WORKBOOK);
        ImportPlan plan = analyze(file, progress);
        if (!plan.valid()) {
            throw new ValidationException(plan.problems());
        }
        return apply(acceptConversions ? plan.acceptConversions() : plan, progress);
    }

    /** Writes everything in the import format (import → export → import gives the same content). */
    public void exportTo(Path file, Progress progress) {
        progress.step(Msg.of("workbook.progress.loading"), 0, -1);
        WorkbookData data = repository.export(db.dsl());
        new WorkbookWriter(catalogues.catalogue(), progress).movements(movementImports.export(db.dsl()))
                .exemplary(exemplary.active(), exemplary.export(db.dsl())).write(file, data);
    }

    /**
     * The problems of a refused file as a print-ready list (Trang tính, Dòng, Cột, Lỗi), so the clerk can send it to
     * whoever keeps the file; the words in the given language, sheet and column names as in the file (a contract).
     */
    public void writeProblems(List<Problem> problems, Path file, java.util.Locale locale) {
        TableFile.write(file, w -> {
            w.write(String.join(",", header(locale)) + "\r\n");
            for (Problem p : problems) {
                w.write(String.join(",", csv(p.sheet()), p.row() > 0 ? String.valueOf(p.row()) : "", csv(p.column()),
                        csv(p.text().in(locale))) + "\r\n");
            }
        }, wb -> {
            Sheet sheet = wb.createSheet(Texts.get(locale, "window.import.errorsSheet"));
            CellStyles styles = new CellStyles(wb);
            TableSheet.header(sheet, 0, header(locale), styles);
            int r = 1;
            for (Problem p : problems) {
                Row row = sheet.createRow(r++);
                cell(row, 0, p.sheet(), styles.get(CellStyles.Style.TEXT));
                Cell n = row.createCell(1);
                if (p.row() > 0) {
                    n.setCellValue(p.row());
                }
                n.setCellStyle(styles.get(CellStyles.Style.CENTER));
                cell(row, 2, p.column(), styles.get(CellStyles.Style.TEXT));
                cell(row, 3, p.text().in(locale), styles.get(CellStyles.Style.TEXT));
            }
            TableSheet.widths(sheet, 18, 7, 24, 80);
            SheetPrint.apply(sheet, true, 0, 0);
        }, Msg.of("window.import.errorsFormat"));
    }

    private static List<String> header(java.util.Locale locale) {
        return List.of(Texts.get(locale, "import.col.sheet"),
                Texts.get(locale, "import.col.row"),
                Texts.get(locale, "import.col.column"),
                Texts.get(locale, "import.col.message"));
    }

    private static void cell(Row row, int col, String value,
                             CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }

    private static String csv(String v) {
        return v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** The empty workbook with its instructions and drop-down lists. */
    public void writeTemplate(Path file) {
        new WorkbookWriter(catalogues.catalogue(), Progress.NONE).exemplary(exemplary.active(), ExemplarySheets.Data.EMPTY)
                .write(file, WorkbookData.empty());
    }

    /** One apply, inside the transaction. */
    private final class Writer {
        private final DSLContext tx;
        private final WorkbookData d;
        private final Progress progress;
        private final long total;
        private final List<SheetCount> counts = new ArrayList<>();
        private long done;

        Writer(DSLContext tx, WorkbookData d, Progress progress) {
            this.tx = tx;
            this.d = d;
            this.progress = progress;
            this.total = 2L * d.people().size() + d.units().size() + d.historyRows();
        }

        private <T> void chunks(List<T> rows, Consumer<List<T>> write) {
            for (int i = 0; i < rows.size(); i += CHUNK) {
                progress.checkCancelled();
                List<T> part = rows.subList(i, Math.min(rows.size(), i + CHUNK));
                write.accept(part);
                done += part.size();
                progress.step(Msg.of("workbook.progress.writing"), done, total);
            }
        }

        /** Writes in chunks; the number of rows the updates really changed. */
        private <T> int changed(List<T> rows, java.util.function.ToIntFunction<List<T>> update) {
            int[] changed = {0};
            chunks(rows, part -> changed[0] += update.applyAsInt(part));
            return changed[0];
        }

        private <T> void write(String sheet, List<T> inserts, List<T> updates, Consumer<List<T>> insert,
                               java.util.function.ToIntFunction<List<T>> update) {
            chunks(inserts, insert);
            int changed = changed(updates, update);
            counts.add(new SheetCount(sheet, inserts.size(), changed, updates.size() - changed));
        }

        List<SheetCount> run() {
            progress.step(Msg.of("workbook.progress.writing"), 0, total);
            Snapshot s = repository.snapshot(tx);
            Map<String, Long> blocs = blocs(s);
            Map<String, Long> unitIds = units(s, blocs);
            Map<String, Long> personIds = people(s, unitIds);
            ratings(s, unitIds, personIds);
            disciplines(s, personIds);
            initiatives(s, personIds);
            awards(s, unitIds, personIds);
            leaders(s, blocs, unitIds);
            progress.checkCancelled();
            return counts;
        }

        private Map<String, Long> blocs(Snapshot s) {
            Map<String, String> names = new LinkedHashMap<>();
            d.units().stream().filter(u -> u.blocName() != null)
                    .forEach(u -> names.putIfAbsent(VietnameseText.fold(u.blocName()), u.blocName()));
            List<String> missing = names.entrySet().stream().filter(e -> !s.blocs().containsKey(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            repository.insertBlocs(tx, missing);
            return missing.isEmpty() ? s.blocs() : repository.blocIds(tx);
        }

        private Long bloc(Map<String, Long> blocs, String name) {
            return name == null ? null : blocs.get(VietnameseText.fold(name));
        }

        private Map<String, Long> units(Snapshot s, Map<String, Long> blocs) {
            List<Unit> inserts = d.units().stream().filter(u -> !s.units().containsKey(u.code()))
                    .map(u -> new Unit(0, u.code(), u.name(), null, bloc(blocs, u.blocName()), type(s, u))).toList();
            chunks(inserts, part -> repository.insertUnits(tx, part));
            Map<String, Long> ids = inserts.isEmpty() ? codeIds(s) : repository.unitIds(tx);
            List<Unit> all = d.units().stream().map(u -> new Unit(ids.get(u.code()), u.code(), u.name(),
                    u.parentCode() == null ? null : ids.get(u.parentCode()), bloc(blocs, u.blocName()), type(s, u)))
                    .toList();
            List<Unit> added = all.stream().filter(u -> !s.units().containsKey(u.code())).toList();
            List<Unit> existing = all.stream().filter(u -> s.units().containsKey(u.code())).toList();
            chunks(added, part -> repository.updateUnits(tx, part));
            int changed = changed(existing, part -> repository.updateUnits(tx, part));
            counts.add(new SheetCount(WorkbookLayout.UNITS, inserts.size(), changed, existing.size() - changed));
            return ids;
        }

        /** The row's loại hình, or the stored one when the sheet has no such column. */
        private static UnitType type(Snapshot s, WorkbookData.UnitRow u) {
            if (u.typeGiven()) {
                return u.type();
            }
            WorkbookRepository.UnitState stored = s.units().get(u.code());
            return stored == null ? null : stored.type();
        }

        private Map<String, Long> codeIds(Snapshot s) {
            Map<String, Long> ids = new java.util.HashMap<>();
            s.units().forEach((code, u) -> ids.put(code, u.id()));
            return ids;
        }

        private Map<String, Long> people(Snapshot s, Map<String, Long> unitIds) {
            List<Person> inserts = new ArrayList<>();
            List<Person> updates = new ArrayList<>();
            List<Long> freedIds = new ArrayList<>();
            for (WorkbookData.PersonRow p : d.people()) {
                PersonState st = s.people().get(p.code());
                Person person = new Person(st == null ? 0 : st.id(), p.code(), p.fullName(), p.gender(), p.birthDate(),
                        p.personalId(), p.position(), unitIds.get(p.unitCode()), p.startDate(), p.endDate(), p.profile());
                if (st == null) {
                    inserts.add(person);
                } else {
                    updates.add(person);
                    if (st.personalId() != null && !st.personalId().equals(p.personalId())) {
                        freedIds.add(st.id());
                    }
                }
            }
            chunks(freedIds, part -> repository.clearPersonalIds(tx, part));
            write(WorkbookLayout.PEOPLE, inserts, updates, part -> repository.insertPersons(tx, part),
                    part -> repository.updatePersons(tx, part, d.people().stream().anyMatch(x -> x.profile() != null)));
            Map<String, Long> ids = repository.personIds(tx);
            assignments(s, inserts, updates, ids);
            return ids;
        }

        /**
         * A new person gets one assignment. A person whose unit or position changed has the open assignment closed
         * (the day before the new start date, or today) and a new one opened. Otherwise the current assignment
         * follows the person's dates.
         */
        private void assignments(Snapshot s, List<Person> inserts, List<Person> updates, Map<String, Long> ids) {
            LocalDate today = LocalDate.now();
            List<Assignment> opened = new ArrayList<>();
            List<Assignment> closed = new ArrayList<>();
            List<Assignment> redated = new ArrayList<>();
            for (Person p : inserts) {
                opened.add(new Assignment(0, ids.get(p.code()), p.unitId(), p.position(), p.startDate(), p.endDate()));
            }
            for (Person p : updates) {
                PersonState st = s.people().get(p.code());
                Assignment next = new Assignment(0, p.id(), p.unitId(), p.position(), p.startDate(), p.endDate());
                if (st.assignmentId() == null) {
                    opened.add(next);
                } else if (st.unitId() != p.unitId() || !Objects.equals(st.position(), p.position())) {
                    LocalDate end = p.startDate() != null ? p.startDate().minusDays(1) : today;
                    closed.add(new Assignment(st.assignmentId(), p.id(), st.unitId(), st.position(), null, end));
                    opened.add(next);
                } else {
                    redated.add(new Assignment(st.assignmentId(), p.id(), p.unitId(), p.position(), p.startDate(),
                            p.endDate()));
                }
            }
            chunks(closed, part -> repository.closeAssignments(tx, part));
            chunks(opened, part -> repository.insertAssignments(tx, part));
            chunks(redated, part -> repository.updateAssignmentDates(tx, part));
        }

        private static Long id(Map<String, Long> ids, String code) {
            return code == null ? null : ids.get(code);
        }

        private void ratings(Snapshot s, Map<String, Long> unitIds, Map<String, Long> personIds) {
            List<Rating> inserts = new ArrayList<>();
            List<Rating> updates = new ArrayList<>();
            for (WorkbookData.RatingRow r : d.ratings()) {
                Long existing = s.ratings().get(HistoryKeys.rating(r.personCode(), r.unitCode(), r.year()));
                Rating row = new Rating(existing == null ? 0 : existing, id(personIds, r.personCode()),
                        id(unitIds, r.unitCode()), r.year(), r.level());
                (existing == null ? inserts : updates).add(row);
            }
            write(WorkbookLayout.RATINGS, inserts, updates, part -> repository.insertRatings(tx, part),
                    part -> repository.updateRatings(tx, part));
        }

        private void disciplines(Snapshot s, Map<String, Long> personIds) {
            List<Discipline> inserts = new ArrayList<>();
            List<Discipline> updates = new ArrayList<>();
            for (WorkbookData.DisciplineRow r : d.disciplines()) {
                Long existing = s.disciplines().get(HistoryKeys.discipline(r.personCode(), r.decisionNo(), r.decisionDate()));
                Discipline row = new Discipline(existing == null ? 0 : existing, personIds.get(r.personCode()),
                        r.form(), r.decisionNo(), r.decisionDate(), r.effectiveUntil());
                (existing == null ? inserts : updates).add(row);
            }
            write(WorkbookLayout.DISCIPLINE, inserts, updates, part -> repository.insertDisciplines(tx, part),
                    part -> repository.updateDisciplines(tx, part));
        }

        private void initiatives(Snapshot s, Map<String, Long> personIds) {
            List<Initiative> inserts = new ArrayList<>();
            List<Initiative> updates = new ArrayList<>();
            for (WorkbookData.InitiativeRow r : d.initiatives()) {
                Long existing = s.initiatives().get(HistoryKeys.initiative(r.personCode(),
                        VietnameseText.fold(r.title())));
                Initiative row = new Initiative(existing == null ? 0 : existing, personIds.get(r.personCode()),
                        r.kind(), r.title(), r.scope(), r.year(), r.decisionNo(), r.decisionDate());
                (existing == null ? inserts : updates).add(row);
            }
            write(WorkbookLayout.INITIATIVES, inserts, updates, part -> repository.insertInitiatives(tx, part),
                    part -> repository.updateInitiatives(tx, part));
        }

        private void awards(Snapshot s, Map<String, Long> unitIds, Map<String, Long> personIds) {
            List<Award> inserts = new ArrayList<>();
            List<Award> updates = new ArrayList<>();
            for (WorkbookData.AwardRow r : d.awards()) {
                Long existing = s.awards().get(HistoryKeys.award(r.personCode(), r.unitCode(), r.kindCode(),
                        r.decisionNo(), r.decisionDate()));
                Award row = new Award(existing == null ? 0 : existing, id(personIds, r.personCode()),
                        id(unitIds, r.unitCode()), r.kindCode(), r.formType(), r.yearFrom(), r.yearTo(), r.decisionNo(),
                        r.decisionDate(), r.authority());
                (existing == null ? inserts : updates).add(row);
            }
            write(WorkbookLayout.AWARDS, inserts, updates, part -> repository.insertAwards(tx, part),
                    part -> repository.updateAwards(tx, part));
        }

        private void leaders(Snapshot s, Map<String, Long> blocs, Map<String, Long> unitIds) {
            List<BlocLeader> inserts = new ArrayList<>();
            List<BlocLeader> updates = new ArrayList<>();
            for (WorkbookData.LeaderRow r : d.leaders()) {
                BlocLeader row = new BlocLeader(bloc(blocs, r.blocName()), r.year(), unitIds.get(r.unitCode()));
                boolean exists = s.leaders().contains(HistoryKeys.leader(VietnameseText.fold(r.blocName()), r.year()));
                (exists ? updates : inserts).add(row);
            }
            write(WorkbookLayout.LEADERS, inserts, updates, part -> repository.insertLeaders(tx, part),
                    part -> repository.updateLeaders(tx, part));
        }
    }
}
