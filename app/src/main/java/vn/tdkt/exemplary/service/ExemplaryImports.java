package vn.tdkt.exemplary.service;

import java.time.Clock;
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
import vn.tdkt.workbook.domain.ExemplarySheets.ModelLine;
import vn.tdkt.workbook.domain.ExemplarySheets.RecognitionLine;
import vn.tdkt.workbook.domain.SheetCount;
import vn.tdkt.workbook.service.ExemplarySheetStore;

/**
 * The workbook's sheets Điển hình tiên tiến and Công nhận điển hình against the data (decision 84): the checks across
 * rows and with what is stored, the write inside the import's one transaction (models by code, recognitions by model
 * and year; a stage only forward, logged) and the rows of the export.
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
            if (before != null && stage.isBefore(before.stage())) {
                problems.add(model(l, ExemplarySheets.STAGE, Msg.of("exemplary.import.stageBack", before.code(),
                        before.stage().label(), stage.label())));
            }
        }
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
        return out;
    }

    @Override
    public List<SheetCount> write(DSLContext tx, ExemplarySheets.Data data) {
        List<SheetCount> out = new ArrayList<>();
        if (data.models().isEmpty() && data.recognitions().isEmpty()) {
            return out;
        }
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
            if (before.isEmpty()) {
                Long proposer = unit != null ? unit : person != null ? person[1]
                        : l.movementCode() == null ? null : leads.get(key(l.movementCode()));
                ExemplaryModel m = new ExemplaryModel(0, l.code(), l.name(), parse(ModelKind.class, l.kind()),
                        person == null ? null : person[0], unit, gender, l.field(), movement, proposer, stage,
                        now.toLocalDate(), null);
                ExemplaryModel saved = repo.save(tx, m, now);
                repo.log(tx, saved.id(), new StageChange(0, null, stage, now.toLocalDate(), ExemplaryService.who(null),
                        IMPORTED, now));
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
            if (stage != b.stage()) {
                repo.setStage(tx, b.id(), stage, now.toLocalDate(), now);
                repo.log(tx, b.id(), new StageChange(0, b.stage(), stage, now.toLocalDate(), ExemplaryService.who(null),
                        IMPORTED, now));
                changed = true;
            }
            models[changed ? 1 : 2]++;
        }
        if (!data.models().isEmpty()) {
            out.add(new SheetCount(ExemplarySheets.MODELS, models[0], models[1], models[2]));
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
                    row.movementCode(), m.stage().label(), gender));
        }
        List<RecognitionLine> recognitions = new ArrayList<>();
        int rr = 2;
        for (Recognition x : repo.allRecognitions(dsl).stream()
                .sorted(Comparator.comparing((Recognition x) -> codeOf.get(x.modelId())).thenComparing(Recognition::year))
                .toList()) {
            recognitions.add(new RecognitionLine(rr++, codeOf.get(x.modelId()), x.year(), x.decisionNo(), x.decisionDate()));
        }
        return new ExemplarySheets.Data(models, recognitions);
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

    private static Problem recognition(RecognitionLine l, String column, Msg text) {
        return new Problem(ExemplarySheets.RECOGNITIONS, l.row(), column, text);
    }
}
