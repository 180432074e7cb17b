package vn.tdkt.exemplary.data;

import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_ATTACHMENT;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_MEDIA;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_MODEL;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_RECOGNITION;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_REPLICATION;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_STAGE_LOG;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_SUPPORT;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.tdkt.common.data.RowLock;
import vn.tdkt.common.domain.Session;
import vn.tdkt.exemplary.domain.ExemplaryField;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.Unit;
import vn.tdkt.common.data.jooq.tables.records.ExemplaryModelRecord;
import vn.tdkt.exemplary.domain.Evidence;
import vn.tdkt.exemplary.domain.ExemplaryModel;
import vn.tdkt.exemplary.domain.MediaItem;
import vn.tdkt.exemplary.domain.MediaKind;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Replication;
import vn.tdkt.exemplary.domain.ReplicationActivity;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.exemplary.domain.Support;

/** Exemplary models with their stage log, support, media, replication, recognitions and evidence rows. */
public final class ExemplaryRepository {

    private static final Unit PROPOSER = UNIT.as("proposer");
    private static final Unit OWN = UNIT.as("own_unit");

    public Optional<ExemplaryModel> find(DSLContext dsl, long id) {
        return dsl.selectFrom(EXEMPLARY_MODEL).where(EXEMPLARY_MODEL.ID.eq(id)).fetchOptional(ExemplaryRepository::toModel);
    }

    /** Locks the model's row until the end of the transaction (issue #14); whether it is still there. */
    public boolean lock(DSLContext dsl, long id) {
        return RowLock.lock(dsl, EXEMPLARY_MODEL, EXEMPLARY_MODEL.ID.eq(id));
    }

    /** The code a model's reference shows (a person, a unit or a movement), null for none. */
    public String codeOf(DSLContext dsl, ExemplaryField ref, Long id) {
        if (id == null) {
            return null;
        }
        return switch (ref) {
            case PERSON -> dsl.select(PERSON.CODE).from(PERSON).where(PERSON.ID.eq(id)).fetchOne(PERSON.CODE);
            case MOVEMENT -> dsl.select(MOVEMENT.CODE).from(MOVEMENT).where(MOVEMENT.ID.eq(id)).fetchOne(MOVEMENT.CODE);
            default -> dsl.select(UNIT.CODE).from(UNIT).where(UNIT.ID.eq(id)).fetchOne(UNIT.CODE);
        };
    }

    public Optional<ExemplaryModel> byCode(DSLContext dsl, String code) {
        return dsl.selectFrom(EXEMPLARY_MODEL).where(DSL.upper(EXEMPLARY_MODEL.CODE).eq(code.toUpperCase(Locale.ROOT)))
                .fetchOptional(ExemplaryRepository::toModel);
    }

    public boolean codeTaken(DSLContext dsl, String code, long exceptId) {
        return dsl.fetchExists(EXEMPLARY_MODEL, DSL.upper(EXEMPLARY_MODEL.CODE).eq(code.toUpperCase(Locale.ROOT))
                .and(EXEMPLARY_MODEL.ID.ne(exceptId)));
    }

    /** Every model as the list shows it, by code. */
    public List<ModelRow> rows(DSLContext dsl) {
        return rows(dsl, DSL.trueCondition());
    }

    public Optional<ModelRow> row(DSLContext dsl, long id) {
        return rows(dsl, EXEMPLARY_MODEL.ID.eq(id)).stream().findFirst();
    }

    private List<ModelRow> rows(DSLContext dsl, Condition where) {
        Map<Long, int[]> women = womenShare(dsl);
        return dsl.select(EXEMPLARY_MODEL.asterisk(), MOVEMENT.CODE, MOVEMENT.NAME, PROPOSER.CODE, PROPOSER.NAME, PERSON.CODE,
                        PERSON.GENDER, OWN.CODE, OWN.NAME)
                .from(EXEMPLARY_MODEL)
                .leftJoin(MOVEMENT).on(MOVEMENT.ID.eq(EXEMPLARY_MODEL.MOVEMENT_ID))
                .leftJoin(PROPOSER).on(PROPOSER.ID.eq(EXEMPLARY_MODEL.PROPOSING_UNIT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(EXEMPLARY_MODEL.PERSON_ID))
                .leftJoin(OWN).on(OWN.ID.eq(EXEMPLARY_MODEL.UNIT_ID))
                .where(where).orderBy(EXEMPLARY_MODEL.CODE)
                .fetch(r -> {
                    ExemplaryModel m = toModel(r.into(EXEMPLARY_MODEL));
                    String gender = r.get(PERSON.GENDER) != null ? r.get(PERSON.GENDER) : m.gender();
                    int[] share = m.unitId() == null ? new int[2] : women.getOrDefault(m.unitId(), new int[2]);
                    return new ModelRow(m, r.get(MOVEMENT.CODE), r.get(MOVEMENT.NAME), r.get(PROPOSER.CODE),
                            r.get(PROPOSER.NAME), r.get(PERSON.CODE), r.get(OWN.CODE), r.get(OWN.NAME),
                            m.kind() == ModelKind.CA_NHAN && "Nữ".equals(gender), share[0], share[1]);
                });
    }

    /** unit id → {women, members} among the active people of the units models are. */
    private static Map<Long, int[]> womenShare(DSLContext dsl) {
        Map<Long, int[]> out = new HashMap<>();
        dsl.select(PERSON.UNIT_ID, DSL.count(), DSL.count().filterWhere(PERSON.GENDER.eq("Nữ")))
                .from(PERSON)
                .where(PERSON.END_DATE.isNull().and(PERSON.UNIT_ID.in(
                        DSL.select(EXEMPLARY_MODEL.UNIT_ID).from(EXEMPLARY_MODEL).where(EXEMPLARY_MODEL.UNIT_ID.isNotNull()))))
                .groupBy(PERSON.UNIT_ID)
                .forEach(r -> out.put(r.value1(), new int[] {r.value3(), r.value2()}));
        return out;
    }

    /** Inserts or updates a model's own fields (not its stage, which only a move changes, except at creation). */
    public ExemplaryModel save(DSLContext dsl, ExemplaryModel m, LocalDateTime now) {
        ExemplaryModelRecord r = m.id() == 0 ? dsl.newRecord(EXEMPLARY_MODEL) : dsl.fetchSingle(EXEMPLARY_MODEL,
                EXEMPLARY_MODEL.ID.eq(m.id()));
        r.setCode(m.code());
        r.setName(m.name());
        r.setKind(m.kind().name());
        r.setPersonId(m.personId());
        r.setUnitId(m.unitId());
        r.setGender(m.gender());
        r.setField(m.field());
        r.setMovementId(m.movementId());
        r.setProposingUnitId(m.proposingUnitId());
        if (m.id() == 0) {
            r.setStage(m.stage().name());
            r.setStageDate(m.stageDate());
            r.setCreatedAt(now);
        }
        r.setDescription(m.description());
        r.setUpdatedAt(now);
        r.store();
        return toModel(r);
    }

    public void setStage(DSLContext dsl, long id, Stage stage, java.time.LocalDate on, LocalDateTime now) {
        dsl.update(EXEMPLARY_MODEL).set(EXEMPLARY_MODEL.STAGE, stage.name()).set(EXEMPLARY_MODEL.STAGE_DATE, on)
                .set(EXEMPLARY_MODEL.UPDATED_AT, now).where(EXEMPLARY_MODEL.ID.eq(id)).execute();
    }

    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(EXEMPLARY_MODEL).where(EXEMPLARY_MODEL.ID.eq(id)).execute();
    }

    public void log(DSLContext dsl, long modelId, StageChange c) {
        dsl.insertInto(EXEMPLARY_STAGE_LOG).set(EXEMPLARY_STAGE_LOG.MODEL_ID, modelId)
                .set(EXEMPLARY_STAGE_LOG.FROM_STAGE, c.from() == null ? null : c.from().name())
                .set(EXEMPLARY_STAGE_LOG.TO_STAGE, c.to().name()).set(EXEMPLARY_STAGE_LOG.CHANGED_ON, c.on())
                .set(EXEMPLARY_STAGE_LOG.USER_NAME, Session.author(c.user())).set(EXEMPLARY_STAGE_LOG.NOTE, c.note())
                .set(EXEMPLARY_STAGE_LOG.LOGGED_AT, c.loggedAt()).execute();
    }

    /** Removes a model's stage history (an import replacing it with the workbook's). */
    public void deleteStages(DSLContext dsl, long modelId) {
        dsl.deleteFrom(EXEMPLARY_STAGE_LOG).where(EXEMPLARY_STAGE_LOG.MODEL_ID.eq(modelId)).execute();
    }

    public List<StageChange> stages(DSLContext dsl, long modelId) {
        return dsl.selectFrom(EXEMPLARY_STAGE_LOG).where(EXEMPLARY_STAGE_LOG.MODEL_ID.eq(modelId))
                .orderBy(EXEMPLARY_STAGE_LOG.CHANGED_ON, EXEMPLARY_STAGE_LOG.ID)
                .fetch(r -> new StageChange(r.getId(), r.getFromStage() == null ? null : Stage.valueOf(r.getFromStage()),
                        Stage.valueOf(r.getToStage()), r.getChangedOn(), r.getUserName(), r.getNote(), r.getLoggedAt()));
    }

    public Support insert(DSLContext dsl, Support s) {
        long id = dsl.insertInto(EXEMPLARY_SUPPORT).set(EXEMPLARY_SUPPORT.MODEL_ID, s.modelId())
                .set(EXEMPLARY_SUPPORT.SUPPORT_DATE, s.on()).set(EXEMPLARY_SUPPORT.CONTENT, s.content())
                .set(EXEMPLARY_SUPPORT.PROVIDER, s.provider()).set(EXEMPLARY_SUPPORT.AMOUNT, s.amount())
                .returning(EXEMPLARY_SUPPORT.ID).fetchOne().getId();
        return new Support(id, s.modelId(), s.on(), s.content(), s.provider(), s.amount());
    }

    public List<Support> supports(DSLContext dsl, long modelId) {
        return dsl.selectFrom(EXEMPLARY_SUPPORT).where(EXEMPLARY_SUPPORT.MODEL_ID.eq(modelId))
                .orderBy(EXEMPLARY_SUPPORT.SUPPORT_DATE, EXEMPLARY_SUPPORT.ID)
                .fetch(r -> new Support(r.getId(), r.getModelId(), r.getSupportDate(), r.getContent(), r.getProvider(),
                        r.getAmount()));
    }

    public MediaItem insert(DSLContext dsl, MediaItem m) {
        long id = dsl.insertInto(EXEMPLARY_MEDIA).set(EXEMPLARY_MEDIA.MODEL_ID, m.modelId())
                .set(EXEMPLARY_MEDIA.MEDIA_KIND, m.kind().name()).set(EXEMPLARY_MEDIA.TITLE, m.title())
                .set(EXEMPLARY_MEDIA.OUTLET, m.outlet()).set(EXEMPLARY_MEDIA.PUBLISHED_ON, m.on())
                .set(EXEMPLARY_MEDIA.LINK, m.link()).returning(EXEMPLARY_MEDIA.ID).fetchOne().getId();
        return new MediaItem(id, m.modelId(), m.kind(), m.title(), m.outlet(), m.on(), m.link());
    }

    public List<MediaItem> media(DSLContext dsl, long modelId) {
        return dsl.selectFrom(EXEMPLARY_MEDIA).where(EXEMPLARY_MEDIA.MODEL_ID.eq(modelId))
                .orderBy(EXEMPLARY_MEDIA.PUBLISHED_ON, EXEMPLARY_MEDIA.ID)
                .fetch(r -> new MediaItem(r.getId(), r.getModelId(), MediaKind.valueOf(r.getMediaKind()), r.getTitle(),
                        r.getOutlet(), r.getPublishedOn(), r.getLink()));
    }

    public Replication insert(DSLContext dsl, Replication x) {
        long id = dsl.insertInto(EXEMPLARY_REPLICATION).set(EXEMPLARY_REPLICATION.MODEL_ID, x.modelId())
                .set(EXEMPLARY_REPLICATION.ACTIVITY, x.activity().name()).set(EXEMPLARY_REPLICATION.EVENT_DATE, x.on())
                .set(EXEMPLARY_REPLICATION.LEARNER, x.learner()).set(EXEMPLARY_REPLICATION.NOTE, x.note())
                .returning(EXEMPLARY_REPLICATION.ID).fetchOne().getId();
        return new Replication(id, x.modelId(), x.activity(), x.on(), x.learner(), x.note());
    }

    public List<Replication> replications(DSLContext dsl, long modelId) {
        return dsl.selectFrom(EXEMPLARY_REPLICATION).where(EXEMPLARY_REPLICATION.MODEL_ID.eq(modelId))
                .orderBy(EXEMPLARY_REPLICATION.EVENT_DATE, EXEMPLARY_REPLICATION.ID)
                .fetch(r -> new Replication(r.getId(), r.getModelId(), ReplicationActivity.valueOf(r.getActivity()),
                        r.getEventDate(), r.getLearner(), r.getNote()));
    }

    /** Inserts or replaces the recognition of a model for a year. */
    public Recognition putRecognition(DSLContext dsl, Recognition r) {
        dsl.deleteFrom(EXEMPLARY_RECOGNITION).where(EXEMPLARY_RECOGNITION.MODEL_ID.eq(r.modelId())
                .and(EXEMPLARY_RECOGNITION.REC_YEAR.eq(r.year()))).execute();
        long id = dsl.insertInto(EXEMPLARY_RECOGNITION).set(EXEMPLARY_RECOGNITION.MODEL_ID, r.modelId())
                .set(EXEMPLARY_RECOGNITION.REC_YEAR, r.year()).set(EXEMPLARY_RECOGNITION.DECISION_NO, r.decisionNo())
                .set(EXEMPLARY_RECOGNITION.DECISION_DATE, r.decisionDate()).returning(EXEMPLARY_RECOGNITION.ID).fetchOne()
                .getId();
        return new Recognition(id, r.modelId(), r.year(), r.decisionNo(), r.decisionDate());
    }

    public boolean hasRecognition(DSLContext dsl, long modelId, int year) {
        return dsl.fetchExists(EXEMPLARY_RECOGNITION, EXEMPLARY_RECOGNITION.MODEL_ID.eq(modelId)
                .and(EXEMPLARY_RECOGNITION.REC_YEAR.eq(year)));
    }

    public List<Recognition> recognitions(DSLContext dsl, long modelId) {
        return recognitions(dsl, EXEMPLARY_RECOGNITION.MODEL_ID.eq(modelId));
    }

    /** Every recognition of every model, by model and year. */
    public List<Recognition> allRecognitions(DSLContext dsl) {
        return recognitions(dsl, DSL.trueCondition());
    }

    private static List<Recognition> recognitions(DSLContext dsl, Condition where) {
        return dsl.selectFrom(EXEMPLARY_RECOGNITION).where(where)
                .orderBy(EXEMPLARY_RECOGNITION.MODEL_ID, EXEMPLARY_RECOGNITION.REC_YEAR)
                .fetch(r -> new Recognition(r.getId(), r.getModelId(), r.getRecYear(), r.getDecisionNo(), r.getDecisionDate()));
    }

    /** Deletes one row of a model's records; false when it was not there. */
    public boolean deleteRecord(DSLContext dsl, RecordKind kind, long id) {
        return switch (kind) {
            case SUPPORT -> dsl.deleteFrom(EXEMPLARY_SUPPORT).where(EXEMPLARY_SUPPORT.ID.eq(id)).execute() > 0;
            case MEDIA -> dsl.deleteFrom(EXEMPLARY_MEDIA).where(EXEMPLARY_MEDIA.ID.eq(id)).execute() > 0;
            case REPLICATION -> dsl.deleteFrom(EXEMPLARY_REPLICATION).where(EXEMPLARY_REPLICATION.ID.eq(id)).execute() > 0;
            case RECOGNITION -> dsl.deleteFrom(EXEMPLARY_RECOGNITION).where(EXEMPLARY_RECOGNITION.ID.eq(id)).execute() > 0;
        };
    }

    /** The rows of a model's records a delete may name. */
    public enum RecordKind { SUPPORT, MEDIA, REPLICATION, RECOGNITION }

    public Evidence insert(DSLContext dsl, Evidence e) {
        long id = dsl.insertInto(EXEMPLARY_ATTACHMENT).set(EXEMPLARY_ATTACHMENT.MODEL_ID, e.modelId())
                .set(EXEMPLARY_ATTACHMENT.ORIGINAL_NAME, e.originalName()).set(EXEMPLARY_ATTACHMENT.STORED_NAME, e.storedName())
                .set(EXEMPLARY_ATTACHMENT.SIZE_BYTES, e.size()).set(EXEMPLARY_ATTACHMENT.SHA256, e.sha256())
                .set(EXEMPLARY_ATTACHMENT.CONTENT_TYPE, e.contentType()).set(EXEMPLARY_ATTACHMENT.NOTE, e.note())
                .set(EXEMPLARY_ATTACHMENT.ADDED_AT, e.addedAt()).set(EXEMPLARY_ATTACHMENT.ADDED_BY, Session.author(e.addedBy()))
                .returning(EXEMPLARY_ATTACHMENT.ID).fetchOne().getId();
        return new Evidence(id, e.modelId(), e.originalName(), e.storedName(), e.size(), e.sha256(), e.contentType(),
                e.note(), e.addedAt(), e.addedBy());
    }

    public List<Evidence> evidence(DSLContext dsl, long modelId) {
        return dsl.selectFrom(EXEMPLARY_ATTACHMENT).where(EXEMPLARY_ATTACHMENT.MODEL_ID.eq(modelId))
                .orderBy(EXEMPLARY_ATTACHMENT.ADDED_AT, EXEMPLARY_ATTACHMENT.ID).fetch(ExemplaryRepository::toEvidence);
    }

    public Optional<Evidence> evidenceById(DSLContext dsl, long id) {
        return dsl.selectFrom(EXEMPLARY_ATTACHMENT).where(EXEMPLARY_ATTACHMENT.ID.eq(id))
                .fetchOptional(ExemplaryRepository::toEvidence);
    }

    public void deleteEvidence(DSLContext dsl, long id) {
        dsl.deleteFrom(EXEMPLARY_ATTACHMENT).where(EXEMPLARY_ATTACHMENT.ID.eq(id)).execute();
    }

    /** id → parent id of every unit. */
    public Map<Long, Long> unitParents(DSLContext dsl) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(UNIT.ID, UNIT.PARENT_ID).from(UNIT).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The gender of a person of the database, when there is one. */
    public Optional<String> personGender(DSLContext dsl, long personId) {
        return dsl.select(PERSON.GENDER).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.GENDER);
    }

    /** The id of the person with a code (case-insensitive). */
    public Optional<Long> personIdByCode(DSLContext dsl, String code) {
        return dsl.select(PERSON.ID).from(PERSON).where(DSL.upper(PERSON.CODE).eq(code.toUpperCase(Locale.ROOT)))
                .fetchOptional(PERSON.ID);
    }

    /** The code of a person of the database. */
    public Optional<String> personCode(DSLContext dsl, long id) {
        return dsl.select(PERSON.CODE).from(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PERSON.CODE);
    }

    public boolean personExists(DSLContext dsl, long id) {
        return dsl.fetchExists(PERSON, PERSON.ID.eq(id));
    }

    public boolean unitExists(DSLContext dsl, long id) {
        return dsl.fetchExists(UNIT, UNIT.ID.eq(id));
    }

    public boolean movementExists(DSLContext dsl, long id) {
        return dsl.fetchExists(MOVEMENT, MOVEMENT.ID.eq(id));
    }

    private static Evidence toEvidence(vn.tdkt.common.data.jooq.tables.records.ExemplaryAttachmentRecord r) {
        return new Evidence(r.getId(), r.getModelId(), r.getOriginalName(), r.getStoredName(), r.getSizeBytes(),
                r.getSha256(), r.getContentType(), r.getNote(), r.getAddedAt(), r.getAddedBy());
    }

    private static ExemplaryModel toModel(ExemplaryModelRecord r) {
        return new ExemplaryModel(r.getId(), r.getCode(), r.getName(), ModelKind.valueOf(r.getKind()), r.getPersonId(),
                r.getUnitId(), r.getGender(), r.getField(), r.getMovementId(), r.getProposingUnitId(), Stage.valueOf(r.getStage()),
                r.getStageDate(), r.getDescription());
    }
}
