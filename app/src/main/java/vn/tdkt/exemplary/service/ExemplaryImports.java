package vn.tdkt.exemplary.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.exemplary.data.ExemplaryImportRepository;
import vn.tdkt.exemplary.data.ExemplaryRepository;
import vn.tdkt.exemplary.domain.ExemplaryModel;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.workbook.domain.ExemplarySheets;
import vn.tdkt.workbook.domain.ExemplarySheets.HistoryLine;
import vn.tdkt.workbook.domain.ExemplarySheets.ModelLine;
import vn.tdkt.workbook.domain.ExemplarySheets.RecognitionLine;
import vn.tdkt.workbook.domain.SheetCount;
import vn.tdkt.workbook.service.ExemplarySheetStore;

/**
 * The workbook's sheets Điển hình tiên tiến, Công nhận điển hình and Giai đoạn điển hình against the data (decisions 84,
 * 132): the checks across rows and with what is stored, the write inside the import's one transaction (models by code,
 * recognitions by model and year; a stage only forward, logged on its Ngày giai đoạn; a model's rows of the history
 * replacing its stored history) and the rows of the export.
 */
public final class ExemplaryImports implements ExemplarySheetStore {

    /** The note of the stage log lines an import writes. */
    static final String IMPORTED = "Nhập từ bảng tính";

    private final Clock clock;
    private final ExemplaryRepository repo = new ExemplaryRepository();
    private final ExemplaryImportRepository codes = new ExemplaryImportRepository();

    public ExemplaryImports(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Problem> check(DSLContext dsl, ExemplarySheets.Data data, Codes known) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ExemplaryModel> stored = new HashMap<>();
        codes.modelIds(dsl).forEach((code, id) -> repo.find(dsl, id).ifPresent(m -> stored.put(code, m)));
        Map<String, List<HistoryLine>> history = history(data);
        LocalDate today = LocalDate.now(clock);
        Set<String> inFile = new HashSet<>();
        for (ModelLine l : data.models()) {
            String key = key(l.code());
            if (!inFile.add(key)) {
                problems.add(model(l, ExemplarySheets.CODE, Msg.of("exemplary.import.duplicateModel", l.code())));
            }
            ModelKind kind = parse(ModelKind.class, l.kind());
            if (l.personCode() != null) {
                if (!known.people().contains(l.personCode())) {
                    problems.add(model(l, ExemplarySheets.PERSON, Msg.of("exemplary.import.unknownPerson", l.personCode())));
                } else if (kind != ModelKind.CA_NHAN) {
                    problems.add(model(l, ExemplarySheets.PERSON, Msg.of("exemplary.problem.personNotPerson", l.kind())));
                }
            }
            if (l.unitCode() != null) {
                if (!known.units().contains(l.unitCode())) {
                    problems.add(model(l, ExemplarySheets.UNIT, Msg.of("movement.import.unknownUnit", l.unitCode())));
                } else if (kind != ModelKind.TAP_THE && kind != ModelKind.DOANH_NGHIEP) {
                    problems.add(model(l, ExemplarySheets.UNIT, Msg.of("exemplary.import.unitNotCollective", l.kind())));
                }
            }
            if (l.gender() != null && kind != ModelKind.CA_NHAN) {
                problems.add(model(l, ExemplarySheets.GENDER, Msg.of("exemplary.problem.genderNotPerson", l.kind())));
            }
            if (l.movementCode() != null && !known.movements().contains(key(l.movementCode()))) {
                problems.add(model(l, ExemplarySheets.MOVEMENT, Msg.of("movement.import.unknownMovement", l.movementCode())));
            }
            ExemplaryModel before = stored.get(key);
            Stage stage = parse(Stage.class, l.stage());
            List<HistoryLine> rows = history.get(key);
            if (rows != null) {
                HistoryLine last = rows.get(rows.size() - 1);
                if (l.stageDate() != null && !l.stageDate().equals(last.on())) {
                    problems.add(model(l, ExemplarySheets.STAGE_DATE, Msg.of("exemplary.import.historyDate",
                            VnFormat.date(l.stageDate()), VnFormat.date(last.on()), String.valueOf(last.row()))));
                }
                continue;
            }
            if (before != null && stage.isBefore(before.stage())) {
                problems.add(model(l, ExemplarySheets.STAGE, Msg.of("exemplary.import.stageBack", before.code(),
                        before.stage().label(), stage.label())));
            }
            if (l.stageDate() != null) {
                LocalDate previous = before == null ? null : stage == before.stage() ? previousStageDate(dsl, before)
                        : before.stageDate();
                stageDate(l.stageDate(), previous, today)
                        .ifPresent(m -> problems.add(model(l, ExemplarySheets.STAGE_DATE, m)));
            }
        }
        checkHistory(data, history, stored, today, problems);
        Set<String> years = new HashSet<>();
        for (RecognitionLine r : data.recognitions()) {
            String key = key(r.modelCode());
            if (!data.modelCodes().contains(key) && !stored.containsKey(key)) {
                problems.add(recognition(r, ExemplarySheets.CODE, Msg.of("exemplary.import.unknownModel", r.modelCode())));
            } else if (!years.add(key + "|" + r.year())) {
                problems.add(recognition(r, ExemplarySheets.YEAR, Msg.of("exemplary.import.duplicateRecognition",
                        r.modelCode(), String.valueOf(r.year()))));
            }
            if (r.decisionDate().getYear() < r.year()) {
                problems.add(recognition(r, ExemplarySheets.DECISION_DATE, Msg.of("exemplary.problem.decisionBeforeYear",
                        VnFormat.date(r.decisionDate()), String.valueOf(r.year()))));
            }
        }
        return problems;
    }

    /** The rows of the history sheet by model (upper-case code), in the sheet's order. */
    private static Map<String, List<HistoryLine>> history(ExemplarySheets.Data data) {
        Map<String, List<HistoryLine>> out = new HashMap<>();
        data.history().forEach(h -> out.computeIfAbsent(key(h.modelCode()), k -> new ArrayList<>()).add(h));
        return out;
    }

    /**
     * Each model's rows of sheet Giai đoạn điển hình: a known model; forward one stage at a time or back with a reason
     * (ModelRules' moves); never dated before the row above nor after today; ending at the model's stage.
     */
    private static void checkHistory(ExemplarySheets.Data data, Map<String, List<HistoryLine>> history,
                                     Map<String, ExemplaryModel> stored, LocalDate today, List<Problem> problems) {
        Map<String, ModelLine> lines = new HashMap<>();
        data.models().forEach(l -> lines.putIfAbsent(key(l.code()), l));
        for (List<HistoryLine> rows : history.values()) {
            String key = key(rows.get(0).modelCode());
            if (!data.modelCodes().contains(key) && !stored.containsKey(key)) {
                rows.forEach(h -> problems.add(history(h, ExemplarySheets.CODE,
                        Msg.of("exemplary.import.unknownModel", h.modelCode()))));
                continue;
            }
            HistoryLine previous = null;
            for (HistoryLine h : rows) {
                Stage stage = parse(Stage.class, h.stage());
                if (previous != null) {
                    Stage from = parse(Stage.class, previous.stage());
                    if (stage == from) {
                        problems.add(history(h, ExemplarySheets.STAGE, Msg.of("exemplary.import.sameStage",
                                h.modelCode(), stage.label(), String.valueOf(previous.row()))));
                    } else if (from.isBefore(stage) && stage != from.next()) {
                        problems.add(history(h, ExemplarySheets.STAGE, Msg.of("exemplary.import.skipForward",
                                h.modelCode(), from.label(), stage.label(), from.next().label())));
                    } else if (stage.isBefore(from) && h.note() == null) {
                        problems.add(history(h, ExemplarySheets.NOTE, Msg.of("exemplary.import.backNeedsReason",
                                from.label(), stage.label())));
                    }
                }
                stageDate(h.on(), previous == null ? null : previous.on(), today)
                        .ifPresent(m -> problems.add(history(h, ExemplarySheets.STAGE_DATE, m)));
                previous = h;
            }
            ModelLine line = lines.get(key);
            Stage expected = line != null ? parse(Stage.class, line.stage()) : stored.get(key).stage();
            Stage last = parse(Stage.class, previous.stage());
            if (last != expected) {
                problems.add(history(previous, ExemplarySheets.STAGE, Msg.of("exemplary.import.historyEnds",
                        previous.modelCode(), last.label(), expected.label())));
            }
        }
    }

    /** A day of a stage: not before the previous stage's (when known), not after today. */
    private static Optional<Msg> stageDate(LocalDate on, LocalDate previous, LocalDate today) {
        if (on.isAfter(today)) {
            return Optional.of(Msg.of("exemplary.import.stageFuture", VnFormat.date(on), VnFormat.date(today)));
        }
        if (previous != null && on.isBefore(previous)) {
            return Optional.of(Msg.of("exemplary.import.stageBeforePrevious", VnFormat.date(on), VnFormat.date(previous)));
        }
        return Optional.empty();
    }

    /** The day of the stage before the model's current one (its log's last line but one), or null. */
    private LocalDate previousStageDate(DSLContext dsl, ExemplaryModel m) {
        List<StageChange> log = repo.stages(dsl, m.id());
        return log.size() < 2 ? null : log.get(log.size() - 2).on();
    }

    @Override
    public List<SheetCount> preview(DSLContext dsl, ExemplarySheets.Data data) {
        Map<String, Long> models = codes.modelIds(dsl);
        Set<String> recognised = new HashSet<>();
        repo.allRecognitions(dsl).forEach(r -> recognised.add(r.modelId() + "|" + r.year()));
        List<SheetCount> out = new ArrayList<>();
        if (!data.models().isEmpty()) {
            int existing = (int) data.models().stream().filter(l -> models.containsKey(key(l.code()))).count();
            out.add(new SheetCount(ExemplarySheets.MODELS, data.models().size() - existing, existing));
        }
        if (!data.recognitions().isEmpty()) {
            int existing = (int) data.recognitions().stream().filter(r -> {
                Long id = models.get(key(r.modelCode()));
                return id != null && recognised.contains(id + "|" + r.year());
            }).count();
            out.add(new SheetCount(ExemplarySheets.RECOGNITIONS, data.recognitions().size() - existing, existing));
        }
        if (!data.history().isEmpty()) {
            int existing = (int) data.history().stream().filter(h -> models.containsKey(key(h.modelCode()))).count();
            out.add(new SheetCount(ExemplarySheets.HISTORY, data.history().size() - existing, existing));
        }
        return out;
    }

    @Override
    public List<SheetCount> write(DSLContext tx, ExemplarySheets.Data data) {
        List<SheetCount> out = new ArrayList<>();
        if (data.models().isEmpty() && data.recognitions().isEmpty() && data.history().isEmpty()) {
            return out;
        }
        Map<String, List<HistoryLine>> history = history(data);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Long> units = codes.unitIds(tx);
        Map<String, Long[]> people = codes.people(tx);
        Map<String, Long> movements = codes.movementIds(tx);
        Map<String, Long> leads = codes.movementLeads(tx);
        Map<String, Long> ids = codes.modelIds(tx);
        int[] models = new int[3];
        for (ModelLine l : data.models()) {
            Long[] person = l.personCode() == null ? null : people.get(l.personCode());
            Long unit = l.unitCode() == null ? null : units.get(l.unitCode());
            Long movement = l.movementCode() == null ? null : movements.get(key(l.movementCode()));
            Long id = ids.get(key(l.code()));
            Optional<ExemplaryModel> before = id == null ? Optional.empty() : repo.find(tx, id);
            Stage stage = parse(Stage.class, l.stage());
            String gender = person != null || l.gender() == null ? null : l.gender().label();
            boolean logged = history.containsKey(key(l.code()));
            LocalDate on = l.stageDate() != null ? l.stageDate() : now.toLocalDate();
            if (before.isEmpty()) {
                Long proposer = unit != null ? unit : person != null ? person[1]
                        : l.movementCode() == null ? null : leads.get(key(l.movementCode()));
                ExemplaryModel m = new ExemplaryModel(0, l.code(), l.name(), parse(ModelKind.class, l.kind()),
                        person == null ? null : person[0], unit, gender, l.field(), movement, proposer, stage, on, null);
                ExemplaryModel saved = repo.save(tx, m, now);
                if (!logged) {
                    repo.log(tx, saved.id(), new StageChange(0, null, stage, on, ExemplaryService.who(null), IMPORTED, now));
                }
                ids.put(key(l.code()), saved.id());
                models[0]++;
                continue;
            }
            ExemplaryModel b = before.get();
            ExemplaryModel m = new ExemplaryModel(b.id(), l.code(), l.name(), parse(ModelKind.class, l.kind()),
                    person == null ? null : person[0], unit, gender, l.field(), movement, b.proposingUnitId(), b.stage(),
                    b.stageDate(), b.description());
            boolean changed = !m.equals(b);
            if (changed) {
                repo.save(tx, m, now);
            }
            if (!logged && stage != b.stage()) {
                repo.setStage(tx, b.id(), stage, on, now);
                repo.log(tx, b.id(), new StageChange(0, b.stage(), stage, on, ExemplaryService.who(null), IMPORTED, now));
                changed = true;
            } else if (!logged && l.stageDate() != null && !l.stageDate().equals(b.stageDate())) {
                redate(tx, b, l.stageDate(), now);
                changed = true;
            }
            models[changed ? 1 : 2]++;
        }
        if (!data.models().isEmpty()) {
            out.add(new SheetCount(ExemplarySheets.MODELS, models[0], models[1], models[2]));
        }
        if (!data.history().isEmpty()) {
            out.add(writeHistory(tx, history, ids, now));
        }
        Map<String, Recognition> stored = new HashMap<>();
        repo.allRecognitions(tx).forEach(r -> stored.put(r.modelId() + "|" + r.year(), r));
        int[] recognitions = new int[3];
        for (RecognitionLine l : data.recognitions()) {
            long model = ids.get(key(l.modelCode()));
            Recognition before = stored.get(model + "|" + l.year());
            if (before != null && before.decisionNo().equals(l.decisionNo())
                    && before.decisionDate().equals(l.decisionDate())) {
                recognitions[2]++;
                continue;
            }
            repo.putRecognition(tx, new Recognition(0, model, l.year(), l.decisionNo(), l.decisionDate()));
            recognitions[before == null ? 0 : 1]++;
        }
        if (!data.recognitions().isEmpty()) {
            out.add(new SheetCount(ExemplarySheets.RECOGNITIONS, recognitions[0], recognitions[1], recognitions[2]));
        }
        return out;
    }

    /** A corrected day of the current stage: the model's and its last log line's. */
    private void redate(DSLContext tx, ExemplaryModel b, LocalDate on, LocalDateTime now) {
        repo.setStage(tx, b.id(), b.stage(), on, now);
        List<StageChange> log = repo.stages(tx, b.id());
        if (log.isEmpty()) {
            repo.log(tx, b.id(), new StageChange(0, null, b.stage(), on, ExemplaryService.who(null), IMPORTED, now));
            return;
        }
        repo.deleteStages(tx, b.id());
        for (int i = 0; i < log.size(); i++) {
            StageChange c = log.get(i);
            repo.log(tx, b.id(), i < log.size() - 1 ? c : new StageChange(0, c.from(), c.to(), on, c.user(), c.note(),
                    c.loggedAt()));
        }
    }

    /**
     * Each model's rows of the history sheet become its stage history (replacing the stored one when they differ) and
     * its stage and day the last row's; a row equal to the stored line at its place counts unchanged.
     */
    private SheetCount writeHistory(DSLContext tx, Map<String, List<HistoryLine>> history, Map<String, Long> ids,
                                    LocalDateTime now) {
        int[] n = new int[3];
        for (Map.Entry<String, List<HistoryLine>> e : history.entrySet()) {
            long id = ids.get(e.getKey());
            List<StageChange> stored = repo.stages(tx, id);
            List<StageChange> lines = new ArrayList<>();
            Stage from = null;
            for (HistoryLine h : e.getValue()) {
                Stage to = parse(Stage.class, h.stage());
                lines.add(new StageChange(0, from, to, h.on(), ExemplaryService.who(h.by()), h.note(), now));
                from = to;
            }
            for (int i = 0; i < lines.size(); i++) {
                n[i >= stored.size() ? 0 : same(lines.get(i), stored.get(i)) ? 2 : 1]++;
            }
            boolean same = lines.size() == stored.size()
                    && java.util.stream.IntStream.range(0, lines.size()).allMatch(i -> same(lines.get(i), stored.get(i)));
            if (!same) {
                repo.deleteStages(tx, id);
                lines.forEach(c -> repo.log(tx, id, c));
                StageChange last = lines.get(lines.size() - 1);
                repo.setStage(tx, id, last.to(), last.on(), now);
            }
        }
        return new SheetCount(ExemplarySheets.HISTORY, n[0], n[1], n[2]);
    }

    private static boolean same(StageChange a, StageChange b) {
        return a.from() == b.from() && a.to() == b.to() && a.on().equals(b.on()) && Objects.equals(a.user(), b.user())
                && Objects.equals(a.note(), b.note());
    }

    @Override
    public ExemplarySheets.Data export(DSLContext dsl) {
        List<ModelRow> rows = repo.rows(dsl);
        List<ModelLine> models = new ArrayList<>();
        Map<Long, String> codeOf = new HashMap<>();
        int r = 2;
        for (ModelRow row : rows) {
            ExemplaryModel m = row.model();
            codeOf.put(m.id(), m.code());
            Gender gender = m.personId() != null || m.gender() == null ? null : Gender.parse(m.gender()).orElse(null);
            models.add(new ModelLine(r++, m.code(), m.name(), m.kind().label(), row.personCode(), row.unitCode(), m.field(),
                    row.movementCode(), m.stage().label(), gender, m.stageDate()));
        }
        List<HistoryLine> history = new ArrayList<>();
        int hr = 2;
        for (ModelRow row : rows) {
            for (StageChange c : repo.stages(dsl, row.model().id())) {
                history.add(new HistoryLine(hr++, row.model().code(), c.to().label(), c.on(), c.user(), c.note()));
            }
        }
        List<RecognitionLine> recognitions = new ArrayList<>();
        int rr = 2;
        for (Recognition x : repo.allRecognitions(dsl).stream()
                .sorted(Comparator.comparing((Recognition x) -> codeOf.get(x.modelId())).thenComparing(Recognition::year))
                .toList()) {
            recognitions.add(new RecognitionLine(rr++, codeOf.get(x.modelId()), x.year(), x.decisionNo(), x.decisionDate()));
        }
        return new ExemplarySheets.Data(models, recognitions, history);
    }

    private static String key(String code) {
        return Objects.requireNonNull(code).toUpperCase(Locale.ROOT);
    }

    /** A value of the contract's Loại / Giai đoạn (the reader gives it as spelled there). */
    private static <E extends Enum<E> & Labelled> E parse(Class<E> type, String label) {
        return Labelled.parse(type, label).orElseThrow();
    }

    private static Problem model(ModelLine l, String column, Msg text) {
        return new Problem(ExemplarySheets.MODELS, l.row(), column, text);
    }

    private static Problem history(HistoryLine l, String column, Msg text) {
        return new Problem(ExemplarySheets.HISTORY, l.row(), column, text);
    }

    private static Problem recognition(RecognitionLine l, String column, Msg text) {
        return new Problem(ExemplarySheets.RECOGNITIONS, l.row(), column, text);
    }
}
