package vn.tdkt.movement.service;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.jooq.DSLContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ConversionsNotAccepted;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.movement.data.BlocRepository;
import vn.tdkt.movement.domain.BlocChanges;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocField;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.BlocRules;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.Covenant;

/**
 * Khối thi đua through the year: the covenant (giao ước thi đua) of a bloc for a year signed by its member units, the
 * year-end scoring (criteria and points typed in, or imported from the sheet {@value #SHEET}), the ranking and its
 * confirmation, which makes the first unit the bloc's leader of that year (bloc_leader, read by the review engine)
 * and proposes it for the Cờ thi đua and the second for a Bằng khen. Every write is one transaction.
 */
public final class BlocService {

    /** The scoring sheet: row 1 headers, row 2 điểm chuẩn, then one row per unit. */
    public static final String SHEET = "Chấm điểm khối";
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String UNIT_NAME = "Tên đơn vị";
    public static final String MAX_ROW = "Điểm chuẩn";

    private final Database db;
    private final BlocRepository repo = new BlocRepository();
    private final MovementRepository movements = new MovementRepository();

    public BlocService(Database db) {
        this.db = db;
    }

    /** The covenant of a bloc for a year, if signed. */
    public Optional<Covenant> covenant(long blocId, int year) {
        return db.transaction(tx -> repo.covenant(tx, blocId, year));
    }

    /** Saves a covenant with its signers and criteria, all or nothing; refused once its ranking is confirmed. */
    public Covenant save(Covenant draft) {
        return save(draft, null);
    }

    /**
     * Saves the covenant as the clerk {@code loaded} it on the page (a new one: {@link Covenant#draft}): refused with
     * what the other clerk changed when someone else saved the bloc's covenant of that year since (issue #14), and
     * nothing is written. Null is not checked (imports, the command line).
     */
    public Covenant save(Covenant draft, Covenant loaded) {
        Covenant c = clean(draft);
        return db.transaction(tx -> {
            Map<Long, String> names = movements.unitNames(tx);
            if (loaded != null) {
                sinceOpened(tx, loaded, names);
            }
            ProblemCollector p = BlocRules.check(c, repo.members(tx, c.blocId()), id -> names.getOrDefault(id, "#" + id));
            p.require(repo.blocExists(tx, c.blocId()), BlocField.BLOC, "bloc.problem.noBloc");
            Optional<Covenant> same = repo.covenant(tx, c.blocId(), c.year());
            if (same.isPresent() && same.get().id() != c.id()) {
                p.add(BlocField.YEAR, "bloc.problem.yearTaken", String.valueOf(c.year()));
            }
            if (c.id() != 0) {
                repo.covenant(tx, c.id()).filter(old -> old.confirmedOn() != null)
                        .ifPresent(old -> p.add(BlocField.RANKING, "bloc.problem.confirmed", String.valueOf(old.year())));
            }
            p.throwIfAny();
            return repo.covenant(tx, repo.save(tx, c)).orElseThrow();
        });
    }

    /** The stored covenant of the loaded one's bloc and year, locked and compared with what the clerk opened. */
    private void sinceOpened(DSLContext tx, Covenant loaded, Map<Long, String> names) {
        if (loaded.id() != 0) {
            repo.lockCovenant(tx, loaded.id());
        }
        Optional<Covenant> stored = loaded.id() != 0 ? repo.covenant(tx, loaded.id())
                : repo.covenant(tx, loaded.blocId(), loaded.year());
        if (loaded.id() != 0 && stored.isEmpty()) {
            throw new AppException(Msg.of("bloc.problem.gone"));
        }
        stored.ifPresent(now -> BlocChanges.covenant(id -> names.getOrDefault(id, "#" + id),
                        mid -> movements.find(tx, mid).map(vn.tdkt.movement.domain.Movement::code).orElse("#" + mid))
                .require(loaded, now, Msg.of("edit.record.covenant", repo.blocName(tx, now.blocId()).orElse(""),
                        String.valueOf(now.year()))));
    }

    public List<BlocScore> scores(long covenantId) {
        return db.transaction(tx -> repo.scores(tx, covenantId));
    }

    /** Replaces the covenant's scores by these, all or nothing; returns the new ranking. */
    public BlocRanking saveScores(long covenantId, List<BlocScore> scores) {
        return saveScores(covenantId, scores, null);
    }

    /**
     * Replaces the scores as the clerk {@code loaded} them in the grid: refused with the points the other clerk changed
     * when someone else saved scores of this covenant since (issue #14). Null is not checked.
     */
    public BlocRanking saveScores(long covenantId, List<BlocScore> scores, List<BlocScore> loaded) {
        return db.transaction(tx -> {
            if (loaded != null) {
                repo.lockCovenant(tx, covenantId);
            }
            Covenant c = open(tx, covenantId);
            Map<Long, String> names = movements.unitNames(tx);
            if (loaded != null) {
                BlocChanges.scores(c, id -> names.getOrDefault(id, "#" + id)).require(loaded, repo.scores(tx, covenantId),
                        Msg.of("edit.record.blocScores", repo.blocName(tx, c.blocId()).orElse(""), String.valueOf(c.year())));
            }
            BlocRules.checkScores(c, scores, id -> names.getOrDefault(id, "#" + id)).throwIfAny();
            repo.replaceScores(tx, covenantId, scores);
            return BlocRanking.of(c, repo.scores(tx, covenantId), id -> names.getOrDefault(id, "#" + id));
        });
    }

    /** The ranking as the scores stand. */
    public BlocRanking ranking(long covenantId) {
        return db.transaction(tx -> {
            Covenant c = repo.covenant(tx, covenantId).orElseThrow(() -> new AppException(Msg.of("bloc.problem.gone")));
            Map<Long, String> names = movements.unitNames(tx);
            return BlocRanking.of(c, repo.scores(tx, covenantId), id -> names.getOrDefault(id, "#" + id));
        });
    }

    /**
     * Confirms the ranking on a day: refused while a unit is not scored on every criterion or the first rank is
     * shared; the first unit becomes the bloc's leader of the covenant's year (trưởng khối), in the same transaction.
     */
    public BlocRanking confirm(long covenantId, LocalDate on, String user) {
        return db.transaction(tx -> {
            Covenant c = open(tx, covenantId);
            Map<Long, String> names = movements.unitNames(tx);
            BlocRanking r = BlocRanking.of(c, repo.scores(tx, covenantId), id -> names.getOrDefault(id, "#" + id));
            List<Problem> refusals = r.refusals();
            if (!refusals.isEmpty()) {
                throw new ValidationException(refusals);
            }
            repo.confirm(tx, covenantId, on, user);
            repo.setLeader(tx, c.blocId(), c.year(), r.leader().orElseThrow().unitId());
            return BlocRanking.of(repo.covenant(tx, covenantId).orElseThrow(), repo.scores(tx, covenantId),
                    id -> names.getOrDefault(id, "#" + id));
        });
    }

    /** Reopens a confirmed ranking (the bloc leader set stays until another confirmation replaces it). */
    public Covenant reopen(long covenantId) {
        return db.transaction(tx -> {
            repo.covenant(tx, covenantId).orElseThrow(() -> new AppException(Msg.of("bloc.problem.gone")));
            repo.confirm(tx, covenantId, null, null);
            return repo.covenant(tx, covenantId).orElseThrow();
        });
    }

    /**
     * Imports the criteria and the points from the sheet {@value #SHEET} of an xlsx (see the class comment of
     * {@link BlocService}): replaces the covenant's criteria and scores, all or nothing; every problem names the sheet,
     * the row and the column. Cells typed in TCVN3 or VNI are converted (decision 10); a valid file with converted
     * cells is refused with them ({@link ConversionsNotAccepted}) unless {@code acceptConversions}, nothing written.
     */
    public BlocRanking importScores(long covenantId, Path file, boolean acceptConversions) {
        LegacyConverter legacy = new LegacyConverter();
        Parsed parsed = parse(file, legacy);
        return db.transaction(tx -> {
            Covenant c = open(tx, covenantId);
            Map<Long, String> names = movements.unitNames(tx);
            Map<String, Long> byCode = new HashMap<>();
            movements.unitCodes(tx).forEach((id, code) -> byCode.put(code.toUpperCase(java.util.Locale.ROOT), id));
            List<Problem> problems = new ArrayList<>(legacy.problems());
            problems.addAll(parsed.problems());
            List<BlocScore> scores = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (ParsedRow row : parsed.rows()) {
                Long unit = byCode.get(row.code().toUpperCase(java.util.Locale.ROOT));
                if (unit == null) {
                    problems.add(new Problem(SHEET, row.row(), UNIT_CODE, BlocField.UNIT, Msg.of("bloc.import.unknownUnit", row.code())));
                    continue;
                }
                if (!c.signedBy(unit)) {
                    problems.add(new Problem(SHEET, row.row(), UNIT_CODE, BlocField.UNIT,
                            Msg.of("bloc.import.notSigner", row.code(), names.get(unit))));
                }
                if (!seen.add(unit)) {
                    problems.add(new Problem(SHEET, row.row(), UNIT_CODE, BlocField.UNIT, Msg.of("bloc.import.unitTwice", row.code())));
                }
                row.points().forEach((line, v) -> scores.add(new BlocScore(unit, line, v)));
            }
            Covenant withCriteria = c.withCriteria(parsed.criteria());
            boolean badMax = parsed.problems().stream().anyMatch(x -> x.field() == BlocField.CRITERION_MAX);
            BlocRules.check(withCriteria, repo.members(tx, c.blocId()), id -> names.getOrDefault(id, "#" + id)).problems()
                    .stream().filter(x -> !(badMax && x.field() == BlocField.CRITERION_MAX)).forEach(x -> problems.add(
                            new Problem(SHEET, 1, x.column() == null ? "" : x.column(), x.field(), x.text())));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            legacy.requireAccepted(acceptConversions);
            repo.save(tx, withCriteria);
            repo.replaceScores(tx, covenantId, scores);
            return BlocRanking.of(repo.covenant(tx, covenantId).orElseThrow(), repo.scores(tx, covenantId),
                    id -> names.getOrDefault(id, "#" + id));
        });
    }

    /**
     * Creates a whole covenant from a workbook (record 0063): the sheet {@value CovenantWorkbook#SHEET} names the bloc,
     * the year, the plan, the signing day and place, the content and, when filled, the day the ranking was confirmed;
     * the sheet {@value #SHEET} gives the signing units, the criteria and the points. All or nothing, in one
     * transaction; with a confirmation day the first unit becomes the bloc's leader of the year, as on the screen.
     * Cells of both sheets typed in TCVN3 or VNI are converted and written only when {@code acceptConversions}, as in
     * {@link #importScores}.
     */
    public BlocRanking importCovenant(Path file, String user, boolean acceptConversions) {
        LegacyConverter legacy = new LegacyConverter();
        CovenantWorkbook.Line line = CovenantWorkbook.read(file, legacy);
        Parsed parsed = parse(file, legacy);
        return db.transaction(tx -> {
            List<Problem> problems = new ArrayList<>(legacy.problems());
            problems.addAll(parsed.problems());
            String key = VietnameseText.fold(line.bloc());
            Long blocId = repo.blocNames(tx).entrySet().stream().filter(e -> VietnameseText.fold(e.getValue()).equals(key))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (blocId == null) {
                problems.add(new Problem(CovenantWorkbook.SHEET, 2, CovenantWorkbook.BLOC, BlocField.BLOC,
                        Msg.of("bloc.covenant.unknownBloc", line.bloc())));
            } else if (repo.covenant(tx, blocId, line.year()).isPresent()) {
                problems.add(new Problem(CovenantWorkbook.SHEET, 2, CovenantWorkbook.YEAR, BlocField.YEAR,
                        Msg.of("bloc.problem.yearTaken", String.valueOf(line.year()))));
            }
            Long planId = null;
            if (line.planCode() != null) {
                planId = movements.byCode(tx, line.planCode()).map(m -> m.id()).orElse(null);
                if (planId == null) {
                    problems.add(new Problem(CovenantWorkbook.SHEET, 2, CovenantWorkbook.PLAN, BlocField.BLOC,
                            Msg.of("bloc.covenant.unknownPlan", line.planCode())));
                }
            }
            Map<Long, String> names = movements.unitNames(tx);
            Map<String, Long> byCode = new HashMap<>();
            movements.unitCodes(tx).forEach((id, code) -> byCode.put(code.toUpperCase(java.util.Locale.ROOT), id));
            List<Covenant.CovenantSigner> signers = new ArrayList<>();
            List<BlocScore> scores = new ArrayList<>();
            for (ParsedRow row : parsed.rows()) {
                Long unit = byCode.get(row.code().toUpperCase(java.util.Locale.ROOT));
                if (unit == null) {
                    problems.add(new Problem(SHEET, row.row(), UNIT_CODE, BlocField.UNIT, Msg.of("bloc.import.unknownUnit", row.code())));
                } else if (signers.stream().anyMatch(s -> s.unitId() == unit)) {
                    problems.add(new Problem(SHEET, row.row(), UNIT_CODE, BlocField.UNIT, Msg.of("bloc.import.unitTwice", row.code())));
                } else {
                    signers.add(new Covenant.CovenantSigner(unit, null));
                    row.points().forEach((k, v) -> scores.add(new BlocScore(unit, k, v)));
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Covenant c = clean(new Covenant(0, blocId, line.year(), planId, line.signedOn(), line.place(), line.content(),
                    signers, parsed.criteria(), null, null));
            BlocRules.check(c, repo.members(tx, blocId), id -> names.getOrDefault(id, "#" + id)).problems().forEach(x ->
                    problems.add(new Problem(SHEET, 1, x.column() == null ? "" : x.column(), x.field(), x.text())));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            legacy.requireAccepted(acceptConversions);
            long id = repo.save(tx, c);
            repo.replaceScores(tx, id, scores);
            BlocRanking r = BlocRanking.of(repo.covenant(tx, id).orElseThrow(), repo.scores(tx, id),
                    u -> names.getOrDefault(u, "#" + u));
            if (line.confirmedOn() != null) {
                List<Problem> refusals = r.refusals();
                if (!refusals.isEmpty()) {
                    throw new ValidationException(refusals);
                }
                repo.confirm(tx, id, line.confirmedOn(), user);
                repo.setLeader(tx, blocId, line.year(), r.leader().orElseThrow().unitId());
                r = BlocRanking.of(repo.covenant(tx, id).orElseThrow(), repo.scores(tx, id), u -> names.getOrDefault(u, "#" + u));
            }
            return r;
        });
    }

    private Covenant open(DSLContext tx, long covenantId) {
        Covenant c = repo.covenant(tx, covenantId).orElseThrow(() -> new AppException(Msg.of("bloc.problem.gone")));
        if (c.confirmedOn() != null) {
            throw new AppException(Msg.of("bloc.problem.confirmed", String.valueOf(c.year())));
        }
        return c;
    }

    private record ParsedRow(int row, String code, Map<Integer, BigDecimal> points) {
    }

    private record Parsed(List<BlocCriterion> criteria, List<ParsedRow> rows, List<Problem> problems) {
    }

    /**
     * Reads the sheet: criteria from rows 1–2 (name, điểm chuẩn), a unit per following row; points checked here. Every
     * text cell is evidence of the file's encoding; the criteria's names and the unit codes go through the converter.
     */
    static Parsed parse(Path file, LegacyConverter legacy) {
        if (!Files.isRegularFile(file)) {
            throw new AppException(Msg.of("bloc.import.noFile", file.toString()));
        }
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = wb.getSheet(SHEET);
            if (sh == null) {
                throw new ValidationException(List.of(new Problem(SHEET, 0, "", BlocField.POINTS, Msg.of("bloc.import.noSheet", SHEET))));
            }
            observe(sh, legacy);
            List<Problem> problems = new ArrayList<>();
            Row head = sh.getRow(0);
            Row max = sh.getRow(1);
            if (head == null || !UNIT_CODE.equals(text(fmt, head.getCell(0))) || max == null
                    || !VietnameseText.fold(MAX_ROW).equals(VietnameseText.fold(text(fmt, max.getCell(0))))) {
                throw new ValidationException(List.of(new Problem(SHEET, 1, UNIT_CODE, BlocField.POINTS,
                        Msg.of("bloc.import.layout", SHEET, UNIT_CODE, MAX_ROW))));
            }
            List<BlocCriterion> criteria = new ArrayList<>();
            Map<Integer, String> columns = new HashMap<>();
            for (int col = 2; col < head.getLastCellNum(); col++) {
                String name = text(fmt, head.getCell(col), legacy, SHEET, CellReference.convertNumToColString(col));
                if (name.isEmpty()) {
                    continue;
                }
                int line = criteria.size() + 1;
                BigDecimal m = number(fmt, max.getCell(col));
                if (m == null) {
                    problems.add(new Problem(SHEET, 2, name, BlocField.CRITERION_MAX, Msg.of("bloc.import.badMax", name)));
                }
                criteria.add(new BlocCriterion(0, line, name, m == null ? BigDecimal.ZERO : m));
                columns.put(col, name);
            }
            if (criteria.isEmpty()) {
                problems.add(new Problem(SHEET, 1, "", BlocField.CRITERION_NAME, Msg.of("bloc.import.noCriteria")));
            }
            List<ParsedRow> rows = new ArrayList<>();
            for (int r = 2; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                String code = row == null ? "" : text(fmt, row.getCell(0), legacy, SHEET, UNIT_CODE);
                if (code.isEmpty()) {
                    continue;
                }
                Map<Integer, BigDecimal> points = new HashMap<>();
                for (Map.Entry<Integer, String> e : columns.entrySet()) {
                    Cell cell = row.getCell(e.getKey());
                    String raw = text(fmt, cell);
                    if (raw.isEmpty()) {
                        continue;
                    }
                    BigDecimal v = number(fmt, cell);
                    int line = criteria.stream().filter(k -> k.name().equals(e.getValue())).findFirst().orElseThrow().lineNo();
                    BlocCriterion k = criteria.get(line - 1);
                    if (k.maxPoints().signum() == 0) {
                        continue; // its điểm chuẩn is refused already
                    }
                    if (v == null) {
                        problems.add(new Problem(SHEET, r + 1, e.getValue(), BlocField.POINTS, Msg.of("bloc.import.badPoints", raw)));
                    } else if (v.signum() < 0 || v.compareTo(k.maxPoints()) > 0) {
                        problems.add(new Problem(SHEET, r + 1, e.getValue(), BlocField.POINTS, Msg.of("bloc.import.outOfRange",
                                v.stripTrailingZeros().toPlainString(), k.maxPoints().stripTrailingZeros().toPlainString())));
                    } else {
                        points.put(line, v);
                    }
                }
                rows.add(new ParsedRow(r + 1, code, points));
            }
            return new Parsed(criteria, rows, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException || e instanceof AppException) {
                throw (RuntimeException) e;
            }
            throw new AppException(Msg.of("bloc.import.unreadable", file.getFileName().toString()));
        }
    }

    /** Gives the converter every text cell of the sheet as evidence of the file's encoding. */
    static void observe(Sheet sh, LegacyConverter legacy) {
        for (Row r : sh) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    legacy.observe(c.getStringCellValue());
                }
            }
        }
    }

    /** A text cell converted from TCVN3 / VNI when it is typed so (the converter keeps it for the preview), cleaned. */
    static String text(DataFormatter fmt, Cell c, LegacyConverter legacy, String sheet, String column) {
        if (c == null) {
            return "";
        }
        String raw = fmt.formatCellValue(c);
        if (c.getCellType() == CellType.STRING) {
            raw = legacy.convert(sheet, c.getRowIndex() + 1, column, raw);
        }
        return VietnameseText.clean(raw).strip();
    }

    private static String text(DataFormatter fmt, Cell c) {
        return c == null ? "" : VietnameseText.clean(fmt.formatCellValue(c)).strip();
    }

    /** A number cell, or a text like "9,5" or "9.5"; null when it is not a number. */
    private static BigDecimal number(DataFormatter fmt, Cell c) {
        if (c == null) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC || (c.getCellType() == CellType.FORMULA
                && c.getCachedFormulaResultType() == CellType.NUMERIC)) {
            return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
        }
        String t = text(fmt, c).replace(',', '.');
        try {
            return t.isEmpty() ? null : new BigDecimal(t).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Covenant clean(Covenant c) {
        List<BlocCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < c.criteria().size(); i++) {
            BlocCriterion k = c.criteria().get(i);
            criteria.add(new BlocCriterion(k.id(), i + 1, ProblemCollector.blankToNull(k.name() == null ? null
                    : VietnameseText.clean(k.name())), k.maxPoints()));
        }
        return new Covenant(c.id(), c.blocId(), c.year(), c.movementId(), c.signedOn(),
                c.place() == null || c.place().isBlank() ? null : VietnameseText.clean(c.place()),
                MovementService.multiline(c.content()), c.signers(), criteria, c.confirmedOn(), c.confirmedBy());
    }
}
