package vn.tdkt.exemplary.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.exemplary.data.ExemplaryRepository;
import vn.tdkt.exemplary.domain.AwardLine;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ExemplaryModel;
import vn.tdkt.exemplary.domain.ModelDetails;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.ModelRules;
import vn.tdkt.exemplary.domain.NextTitle;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.SubjectRecord;
import vn.tdkt.record.service.RecordService;
import vn.tdkt.review.domain.NextStep;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.service.ReviewService;

/**
 * Exemplary models: save one (every problem at once), move it through the four stages (dated and logged; back only
 * with a reason), read its page (stage history, records, recognitions, evidence, the awards of its person or unit
 * from the award history) and, for a person model, the review engine's next title and what is missing for it.
 */
public final class ExemplaryService {

    private final Database db;
    private final Clock clock;
    private final MovementService movements;
    private final RecordService records;
    private final CatalogueService catalogue;
    private final ReviewService review;
    private final ExemplaryRepository repo = new ExemplaryRepository();

    public ExemplaryService(Database db, Clock clock, MovementService movements, RecordService records,
                            CatalogueService catalogue, ReviewService review) {
        this.db = db;
        this.clock = clock;
        this.movements = movements;
        this.records = records;
        this.catalogue = catalogue;
        this.review = review;
    }

    /** Every model as the list shows it, by code. */
    public List<ModelRow> list() {
        return repo.rows(db.dsl());
    }

    public Optional<ModelRow> byCode(String code) {
        return repo.byCode(db.dsl(), code).flatMap(m -> repo.row(db.dsl(), m.id()));
    }

    /** The id of the person of the database with a code (the form and the workbook name people by code). */
    public Optional<Long> personId(String code) {
        String c = text(code);
        return c == null ? Optional.empty() : repo.personIdByCode(db.dsl(), c);
    }

    /** The movements a model may belong to (every level: sub-movements are movements with a parent). */
    public List<Movement> movements() {
        return movements.list();
    }

    /** The model's page: the model, its stage history, records, recognitions, evidence and awards. */
    public ModelDetails details(long id) {
        DSLContext dsl = db.dsl();
        ModelRow row = repo.row(dsl, id).orElseThrow(ExemplaryService::gone);
        return new ModelDetails(row, repo.stages(dsl, id), repo.supports(dsl, id), repo.media(dsl, id),
                repo.replications(dsl, id), repo.recognitions(dsl, id), repo.evidence(dsl, id), awards(row.model()));
    }

    private List<AwardLine> awards(ExemplaryModel m) {
        SubjectRecord r = m.personId() != null ? records.ofPerson(m.personId())
                : m.unitId() != null ? records.ofUnit(m.unitId()) : null;
        if (r == null) {
            return List.of();
        }
        var cat = catalogue.catalogue();
        return r.awards().stream().map((Award a) -> new AwardLine(cat.kind(a.kindCode()).map(k -> k.name()).orElse(a.kindCode()),
                a.period(), a.decisionNo(), a.decisionDate(), a.authority())).toList();
    }

    /**
     * Saves a model (new: in the stage given, default Phát hiện, on the day given, default today, as the first line of
     * its history). A person of the database gives the model its gender; the stage of a stored model changes only by
     * {@link #move}.
     */
    public ExemplaryModel save(ExemplaryModel draft, String user) {
        return save(draft, null, user);
    }

    /**
     * Saves an edit of the model as it was {@code loaded} in the form (null: not checked): refused with what the other
     * person changed when someone else saved it since (issue #14), nothing written.
     */
    public ExemplaryModel save(ExemplaryModel draft, ExemplaryModel loaded, String user) {
        ExemplaryModel m = clean(draft);
        return db.transaction(tx -> {
            if (m.id() != 0) {
                repo.lock(tx, m.id());
            }
            ExemplaryModel stored = m.id() == 0 ? null : repo.find(tx, m.id()).orElseThrow(ExemplaryService::gone);
            if (stored != null) {
                SinceOpened.<ExemplaryModel>fields().field(ExemplaryField.CODE, ExemplaryModel::code)
                        .field(ExemplaryField.NAME, ExemplaryModel::name).field(ExemplaryField.KIND, ExemplaryModel::kind)
                        .field(ExemplaryField.PERSON, x -> repo.codeOf(tx, ExemplaryField.PERSON, x.personId()))
                        .field(ExemplaryField.UNIT, x -> repo.codeOf(tx, ExemplaryField.UNIT, x.unitId()))
                        .field(ExemplaryField.GENDER, ExemplaryModel::gender).field(ExemplaryField.FIELD, ExemplaryModel::field)
                        .field(ExemplaryField.MOVEMENT, x -> repo.codeOf(tx, ExemplaryField.MOVEMENT, x.movementId()))
                        .field(ExemplaryField.PROPOSER, x -> repo.codeOf(tx, ExemplaryField.PROPOSER, x.proposingUnitId()))
                        .field(ExemplaryField.CONTENT, ExemplaryModel::description)
                        .require(loaded, stored, Msg.of("edit.record.model", stored.code()));
            }
            ProblemCollector p = ModelRules.check(m);
            references(tx, m, p);
            p.throwIfAny();
            LocalDateTime now = LocalDateTime.now(clock);
            ExemplaryModel keep = stored != null ? m.withStage(stored.stage(), stored.stageDate())
                    : m.stageDate() == null ? m.withStage(m.stage(), now.toLocalDate()) : m;
            ExemplaryModel saved = repo.save(tx, keep, now);
            if (stored == null) {
                repo.log(tx, saved.id(), new StageChange(0, null, saved.stage(), saved.stageDate(), who(user), null, now));
            }
            return saved;
        });
    }

    /** Code not taken, and the person, units and movement named exist; shared with the workbook import. */
    void references(DSLContext tx, ExemplaryModel m, ProblemCollector p) {
        if (m.code() != null && repo.codeTaken(tx, m.code(), m.id())) {
            p.add(ExemplaryField.CODE, "exemplary.problem.codeTaken", m.code());
        }
        if (m.personId() != null && !repo.personExists(tx, m.personId())) {
            p.add(ExemplaryField.PERSON, "exemplary.problem.personUnknown");
        }
        if (m.unitId() != null && !repo.unitExists(tx, m.unitId())) {
            p.add(ExemplaryField.UNIT, "exemplary.problem.unitUnknown");
        }
        if (m.proposingUnitId() != null && !repo.unitExists(tx, m.proposingUnitId())) {
            p.add(ExemplaryField.PROPOSER, "exemplary.problem.unitUnknown");
        }
        if (m.movementId() != null && !repo.movementExists(tx, m.movementId())) {
            p.add(ExemplaryField.MOVEMENT, "exemplary.problem.movementUnknown");
        }
    }

    /** Deletes a model with its history, records and recognitions; its evidence files go after the commit. */
    public void delete(long id) {
        db.transaction(tx -> {
            repo.find(tx, id).orElseThrow(ExemplaryService::gone);
            repo.delete(tx, id);
            return null;
        });
        ExemplaryRecordsService.store(db).deleteAll(id);
    }

    /**
     * Moves a model to another stage on a day, logged with who and why: forward one stage at a time, back to an
     * earlier stage only with a reason, never before the last change nor after today.
     */
    public ExemplaryModel move(long id, Stage target, LocalDate on, String note, String user) {
        return db.transaction(tx -> {
            ExemplaryModel m = repo.find(tx, id).orElseThrow(ExemplaryService::gone);
            ModelRules.checkMove(m.stage(), m.stageDate(), target, on, note, LocalDate.now(clock)).throwIfAny();
            LocalDateTime now = LocalDateTime.now(clock);
            repo.setStage(tx, id, target, on, now);
            repo.log(tx, id, new StageChange(0, m.stage(), target, on, who(user), text(note), now));
            return m.withStage(target, on);
        });
    }

    public List<StageChange> stages(long id) {
        return repo.stages(db.dsl(), id);
    }

    /**
     * For a person model of the database: the next titles the review engine finds for the person in the last
     * achievement year (the year before today, reviewed today), each with what is missing; empty otherwise.
     */
    public List<NextTitle> nextTitles(long id, Progress progress) {
        ExemplaryModel m = repo.find(db.dsl(), id).orElseThrow(ExemplaryService::gone);
        if (m.kind() != ModelKind.CA_NHAN || m.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        ReviewResult result = review.review(today.getYear() - 1, today, progress);
        long person = m.personId();
        return result.nextSteps().stream()
                .filter(n -> n.subject().type() == AwardSubject.CA_NHAN && n.subject().id() == person)
                .map((NextStep n) -> new NextTitle(n.title().label(), n.missing(), n.message())).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static AppException gone() {
        return new AppException(Msg.of("exemplary.problem.gone"));
    }

    static String who(String user) {
        return vn.tdkt.common.domain.Session.author(text(user));
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }

    static ExemplaryModel clean(ExemplaryModel m) {
        Stage stage = m.stage() == null ? Stage.PHAT_HIEN : m.stage();
        return new ExemplaryModel(m.id(), text(m.code()), text(m.name()), m.kind(), m.personId(), m.unitId(),
                m.personId() != null ? null : text(m.gender()), text(m.field()), m.movementId(), m.proposingUnitId(), stage,
                m.stageDate(), text(m.description()));
    }
}
