package vn.tdkt.dossier.data;

import static vn.tdkt.common.data.jooq.Tables.DECIDING_LEVEL;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_ATTACHMENT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_COMPONENT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_LOG;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_REQUIREMENT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_SUBJECT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_SUBJECT_VOTE;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.PUBLIC_HOLIDAY;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.common.data.jooq.tables.Unit;
import vn.tdkt.common.data.jooq.tables.records.DossierAttachmentRecord;
import vn.tdkt.common.data.jooq.tables.records.DossierRecord;
import vn.tdkt.common.domain.Session;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.Component;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Holiday;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.regime.data.RegimeRepository;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.dossier.domain.Requirement;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.org.domain.OrgTree;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.domain.SubjectView;

/** Dossiers with their subjects, files and status log, and the reference data they are checked against. */
public final class DossierRepository {

    // ---- reference data

    public List<LegalRegime> regimes(DSLContext dsl) {
        return new RegimeRepository().catalog(dsl).regimes();
    }

    public List<DecidingLevel> levels(DSLContext dsl) {
        java.util.Map<String, java.util.Set<String>> awards = new java.util.HashMap<>();
        dsl.select(vn.tdkt.common.data.jooq.Tables.AWARD_KIND.DECIDING_LEVEL, vn.tdkt.common.data.jooq.Tables.AWARD_KIND.CODE)
                .from(vn.tdkt.common.data.jooq.Tables.AWARD_KIND)
                .where(vn.tdkt.common.data.jooq.Tables.AWARD_KIND.DECIDING_LEVEL.isNotNull())
                .forEach(r -> awards.computeIfAbsent(r.value1(), k -> new java.util.HashSet<>()).add(r.value2()));
        return dsl.selectFrom(DECIDING_LEVEL).orderBy(DECIDING_LEVEL.SEQ)
                .fetch(r -> new DecidingLevel(r.getCode(), r.getName(), r.getNoticeWorkingDays(), r.getLegalRef(),
                        awards.get(r.getCode())));
    }

    public List<Holiday> holidays(DSLContext dsl) {
        return dsl.selectFrom(PUBLIC_HOLIDAY).orderBy(PUBLIC_HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new Holiday(r.getHolidayDate(), "LAM_BU".equals(r.getKind()), r.getName(), r.getLegalRef()));
    }

    public List<Component> components(DSLContext dsl) {
        return dsl.selectFrom(DOSSIER_COMPONENT).orderBy(DOSSIER_COMPONENT.CODE)
                .fetch(r -> new Component(r.getCode(), r.getName(), r.getGenerated(), r.getFormId()));
    }

    public List<Requirement> requirements(DSLContext dsl) {
        return dsl.selectFrom(DOSSIER_REQUIREMENT).orderBy(DOSSIER_REQUIREMENT.SEQ, DOSSIER_REQUIREMENT.ID)
                .fetch(r -> new Requirement(r.getRegimeCode(), Procedure.valueOf(r.getProcedure()), r.getAwardCode(),
                        r.getCategory() == null ? null : AwardCategory.valueOf(r.getCategory()), r.getComponentCode(),
                        r.getRequired(), r.getChoiceGroup(), DossierStatus.valueOf(r.getNeededAt()), r.getSeq(),
                        r.getLegalRef(), r.getSimplifiedCase() == null ? null : SimplifiedCase.valueOf(r.getSimplifiedCase()),
                        UnitType.ofCode(r.getSubjectKind())));
    }

    /**
     * The loại hình of the units the dossier's subjects are (a collective) or work in (a person, their current unit),
     * each unit taking its nearest ancestor's when it has none recorded.
     */
    public Set<UnitType> subjectUnitTypes(DSLContext dsl, long dossierId) {
        List<Long> unitIds = dsl.select(DSL.coalesce(DOSSIER_SUBJECT.UNIT_ID, PERSON.UNIT_ID)).from(DOSSIER_SUBJECT)
                .leftJoin(PERSON).on(PERSON.ID.eq(DOSSIER_SUBJECT.PERSON_ID))
                .where(DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId)).fetch(r -> r.value1());
        if (unitIds.stream().allMatch(java.util.Objects::isNull)) {
            return Set.of();
        }
        Map<Long, vn.tdkt.org.domain.Unit> byId = new java.util.HashMap<>();
        dsl.select(UNIT.ID, UNIT.PARENT_ID, UNIT.UNIT_TYPE).from(UNIT).forEach(r -> byId.put(r.value1(),
                new vn.tdkt.org.domain.Unit(r.value1(), null, null, r.value2(), null, UnitType.ofCode(r.value3()))));
        Set<UnitType> out = java.util.EnumSet.noneOf(UnitType.class);
        for (Long id : unitIds) {
            UnitType t = OrgTree.effectiveType(byId, id);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    public void setNoticeDays(DSLContext dsl, String levelCode, int days) {
        dsl.update(DECIDING_LEVEL).set(DECIDING_LEVEL.NOTICE_WORKING_DAYS, days).where(DECIDING_LEVEL.CODE.eq(levelCode))
                .execute();
    }

    /** Adds the day or replaces what was recorded for it. */
    public void saveHoliday(DSLContext dsl, Holiday h) {
        String kind = h.workday() ? "LAM_BU" : "NGHI";
        dsl.insertInto(PUBLIC_HOLIDAY).set(PUBLIC_HOLIDAY.HOLIDAY_DATE, h.date()).set(PUBLIC_HOLIDAY.KIND, kind)
                .set(PUBLIC_HOLIDAY.NAME, h.name()).set(PUBLIC_HOLIDAY.LEGAL_REF, h.legalRef())
                .onDuplicateKeyUpdate().set(PUBLIC_HOLIDAY.KIND, kind).set(PUBLIC_HOLIDAY.NAME, h.name())
                .set(PUBLIC_HOLIDAY.LEGAL_REF, h.legalRef()).execute();
    }

    public int deleteHoliday(DSLContext dsl, LocalDate day) {
        return dsl.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(day)).execute();
    }

    public boolean personExists(DSLContext dsl, long personId) {
        return dsl.fetchExists(PERSON, PERSON.ID.eq(personId));
    }

    public boolean unitExists(DSLContext dsl, long unitId) {
        return dsl.fetchExists(UNIT, UNIT.ID.eq(unitId));
    }

    // ---- dossiers

    public Optional<Dossier> dossier(DSLContext dsl, long id) {
        return dsl.selectFrom(DOSSIER).where(DOSSIER.ID.eq(id)).fetchOptional(DossierRepository::mapDossier);
    }

    /** Newest first. */
    public List<Dossier> list(DSLContext dsl, DossierFilter filter) {
        List<Condition> where = new ArrayList<>();
        if (filter.achievementYear() != null) {
            where.add(DOSSIER.ACHIEVEMENT_YEAR.eq(filter.achievementYear()));
        }
        if (filter.status() != null) {
            where.add(DOSSIER.STATUS.eq(filter.status().name()));
        }
        if (filter.awardCode() != null) {
            where.add(DOSSIER.AWARD_CODE.eq(filter.awardCode()));
        }
        return dsl.selectFrom(DOSSIER).where(where).orderBy(DOSSIER.CREATED_AT.desc(), DOSSIER.ID.desc())
                .fetch(DossierRepository::mapDossier);
    }

    public boolean codeTaken(DSLContext dsl, String code, long exceptId) {
        return dsl.fetchExists(DOSSIER, DOSSIER.CODE.eq(code).and(DOSSIER.ID.ne(exceptId)));
    }

    public int countCodesStartingWith(DSLContext dsl, String prefix) {
        return dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith(prefix));
    }

    public Dossier insert(DSLContext dsl, Dossier d) {
        long id = dsl.insertInto(DOSSIER).set(DOSSIER.CODE, d.code()).set(DOSSIER.AWARD_CODE, d.awardCode())
                .set(DOSSIER.DECIDING_LEVEL, d.decidingLevel()).set(DOSSIER.ACHIEVEMENT_YEAR, d.achievementYear())
                .set(DOSSIER.MOVEMENT, d.movement()).set(DOSSIER.MOVEMENT_ID, d.movementId())
                .set(DOSSIER.PROPOSING_UNIT_ID, d.proposingUnitId())
                .set(DOSSIER.REGIME_CODE, d.regimeCode()).set(DOSSIER.PROCEDURE, d.procedure().name())
                .set(DOSSIER.SIMPLIFIED_CASE, d.simplifiedCase() == null ? null : d.simplifiedCase().name())
                .set(DOSSIER.DEADLINE, d.deadline()).set(DOSSIER.NOTICE_START, d.noticeStart())
                .set(DOSSIER.STATUS, d.status().name()).set(DOSSIER.CREATED_AT, d.createdAt())
                .set(DOSSIER.UPDATED_AT, d.updatedAt()).returningResult(DOSSIER.ID).fetchOne().value1();
        return dossier(dsl, id).orElseThrow();
    }

    /** Writes the clerk's fields (not the status, nor the creation time). */
    public void update(DSLContext dsl, Dossier d) {
        dsl.update(DOSSIER).set(DOSSIER.CODE, d.code()).set(DOSSIER.AWARD_CODE, d.awardCode())
                .set(DOSSIER.DECIDING_LEVEL, d.decidingLevel()).set(DOSSIER.ACHIEVEMENT_YEAR, d.achievementYear())
                .set(DOSSIER.MOVEMENT, d.movement()).set(DOSSIER.MOVEMENT_ID, d.movementId())
                .set(DOSSIER.PROPOSING_UNIT_ID, d.proposingUnitId())
                .set(DOSSIER.REGIME_CODE, d.regimeCode()).set(DOSSIER.PROCEDURE, d.procedure().name())
                .set(DOSSIER.SIMPLIFIED_CASE, d.simplifiedCase() == null ? null : d.simplifiedCase().name())
                .set(DOSSIER.DEADLINE, d.deadline()).set(DOSSIER.NOTICE_START, d.noticeStart())
                .set(DOSSIER.UPDATED_AT, d.updatedAt()).where(DOSSIER.ID.eq(d.id())).execute();
    }

    public void setStatus(DSLContext dsl, long id, DossierStatus status, LocalDateTime at) {
        dsl.update(DOSSIER).set(DOSSIER.STATUS, status.name()).set(DOSSIER.UPDATED_AT, at).where(DOSSIER.ID.eq(id))
                .execute();
    }

    public void setNoticeStart(DSLContext dsl, long id, LocalDate start, LocalDateTime at) {
        dsl.update(DOSSIER).set(DOSSIER.NOTICE_START, start).set(DOSSIER.UPDATED_AT, at).where(DOSSIER.ID.eq(id))
                .execute();
    }

    /** Whether a movement with that id exists (the dossier's link). */
    public boolean movementExists(DSLContext dsl, long movementId) {
        return dsl.fetchExists(MOVEMENT, MOVEMENT.ID.eq(movementId));
    }

    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(DOSSIER).where(DOSSIER.ID.eq(id)).execute();
    }

    private static Dossier mapDossier(DossierRecord r) {
        return new Dossier(r.getId(), r.getCode(), r.getAwardCode(), r.getDecidingLevel(), r.getAchievementYear(),
                r.getMovement(), r.getProposingUnitId(), r.getRegimeCode(), Procedure.valueOf(r.getProcedure()),
                r.getSimplifiedCase() == null ? null : SimplifiedCase.valueOf(r.getSimplifiedCase()), r.getDeadline(),
                r.getNoticeStart(), DossierStatus.valueOf(r.getStatus()), r.getCreatedAt(), r.getUpdatedAt(), r.getMovementId());
    }

    // ---- subjects

    /** Number of subjects of every dossier that has any, in one query (the dossier list). */
    public Map<Long, Integer> subjectCounts(DSLContext dsl) {
        return dsl.select(DOSSIER_SUBJECT.DOSSIER_ID, DSL.count()).from(DOSSIER_SUBJECT).groupBy(DOSSIER_SUBJECT.DOSSIER_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Writes (or with null clears) the council's result on the dossier's subject of that person or unit code. */
    public void setCouncilResult(DSLContext dsl, long dossierId, boolean person, String code, String result, Long meetingId) {
        Condition who = person
                ? DOSSIER_SUBJECT.PERSON_ID.in(dsl.select(PERSON.ID).from(PERSON).where(PERSON.CODE.eq(code)))
                : DOSSIER_SUBJECT.UNIT_ID.in(dsl.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(code)));
        for (Long id : dsl.select(DOSSIER_SUBJECT.ID).from(DOSSIER_SUBJECT).where(DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId), who)
                .fetch(DOSSIER_SUBJECT.ID)) {
            dsl.deleteFrom(DOSSIER_SUBJECT_VOTE).where(DOSSIER_SUBJECT_VOTE.SUBJECT_ID.eq(id)).execute();
            if (result != null) {
                dsl.insertInto(DOSSIER_SUBJECT_VOTE).set(DOSSIER_SUBJECT_VOTE.SUBJECT_ID, id)
                        .set(DOSSIER_SUBJECT_VOTE.MEETING_ID, meetingId).set(DOSSIER_SUBJECT_VOTE.RESULT, result).execute();
            }
        }
    }

    /** True when every person and unit of the dossier has the council's result (households are not voted on). */
    public boolean everySubjectVoted(DSLContext dsl, long dossierId) {
        return !dsl.fetchExists(DSL.selectOne().from(DOSSIER_SUBJECT).leftJoin(DOSSIER_SUBJECT_VOTE)
                .on(DOSSIER_SUBJECT_VOTE.SUBJECT_ID.eq(DOSSIER_SUBJECT.ID))
                .where(DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId), DOSSIER_SUBJECT.KIND.ne(SubjectKind.HO_GIA_DINH.name()),
                        DOSSIER_SUBJECT_VOTE.RESULT.isNull()));
    }

    /** Subjects in the order they were added, with the names of the person (and his or her unit) or unit. */
    public List<SubjectView> subjects(DSLContext dsl, long dossierId) {
        Unit personUnit = UNIT.as("person_unit");
        Unit subjectUnit = UNIT.as("subject_unit");
        return dsl.select(DOSSIER_SUBJECT.asterisk(), PERSON.ID, PERSON.FULL_NAME, personUnit.NAME, subjectUnit.ID,
                        subjectUnit.NAME)
                .from(DOSSIER_SUBJECT)
                .leftJoin(PERSON).on(PERSON.ID.eq(DOSSIER_SUBJECT.PERSON_ID))
                .leftJoin(personUnit).on(personUnit.ID.eq(PERSON.UNIT_ID))
                .leftJoin(subjectUnit).on(subjectUnit.ID.eq(DOSSIER_SUBJECT.UNIT_ID))
                .where(DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId)).orderBy(DOSSIER_SUBJECT.ID)
                .fetch(r -> {
                    SubjectKind kind = SubjectKind.valueOf(r.get(DOSSIER_SUBJECT.KIND));
                    DossierSubject s = new DossierSubject(r.get(DOSSIER_SUBJECT.ID), r.get(DOSSIER_SUBJECT.DOSSIER_ID),
                            kind, r.get(DOSSIER_SUBJECT.PERSON_ID), r.get(DOSSIER_SUBJECT.UNIT_ID),
                            r.get(DOSSIER_SUBJECT.HOUSEHOLD_NAME), r.get(DOSSIER_SUBJECT.HOUSEHOLD_ADDRESS));
                    return switch (kind) {
                        case CA_NHAN -> new SubjectView(s, r.get(PERSON.FULL_NAME), r.get(personUnit.NAME),
                                r.get(PERSON.ID) != null);
                        case TAP_THE -> new SubjectView(s, r.get(subjectUnit.NAME), null, r.get(subjectUnit.ID) != null);
                        case HO_GIA_DINH -> new SubjectView(s, s.householdName(), s.householdAddress(), true);
                    };
                });
    }

    public boolean hasPerson(DSLContext dsl, long dossierId, long personId) {
        return dsl.fetchExists(DOSSIER_SUBJECT, DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId)
                .and(DOSSIER_SUBJECT.PERSON_ID.eq(personId)));
    }

    public boolean hasUnit(DSLContext dsl, long dossierId, long unitId) {
        return dsl.fetchExists(DOSSIER_SUBJECT, DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId)
                .and(DOSSIER_SUBJECT.UNIT_ID.eq(unitId)));
    }

    public boolean hasHousehold(DSLContext dsl, long dossierId, String name, String address) {
        return dsl.fetchExists(DOSSIER_SUBJECT, DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId)
                .and(DOSSIER_SUBJECT.HOUSEHOLD_NAME.eq(name))
                .and(address == null ? DOSSIER_SUBJECT.HOUSEHOLD_ADDRESS.isNull()
                        : DOSSIER_SUBJECT.HOUSEHOLD_ADDRESS.eq(address)));
    }

    public DossierSubject insertSubject(DSLContext dsl, long dossierId, DossierSubject s) {
        long id = dsl.insertInto(DOSSIER_SUBJECT).set(DOSSIER_SUBJECT.DOSSIER_ID, dossierId)
                .set(DOSSIER_SUBJECT.KIND, s.kind().name()).set(DOSSIER_SUBJECT.PERSON_ID, s.personId())
                .set(DOSSIER_SUBJECT.UNIT_ID, s.unitId()).set(DOSSIER_SUBJECT.HOUSEHOLD_NAME, s.householdName())
                .set(DOSSIER_SUBJECT.HOUSEHOLD_ADDRESS, s.householdAddress())
                .returningResult(DOSSIER_SUBJECT.ID).fetchOne().value1();
        return s.withIds(id, dossierId);
    }

    /** Number of rows removed (0 when the subject is not in that dossier). */
    public int deleteSubject(DSLContext dsl, long dossierId, long subjectId) {
        return dsl.deleteFrom(DOSSIER_SUBJECT).where(DOSSIER_SUBJECT.ID.eq(subjectId))
                .and(DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId)).execute();
    }

    // ---- files

    public List<Attachment> attachments(DSLContext dsl, long dossierId) {
        return dsl.selectFrom(DOSSIER_ATTACHMENT).where(DOSSIER_ATTACHMENT.DOSSIER_ID.eq(dossierId))
                .orderBy(DOSSIER_ATTACHMENT.ID).fetch(DossierRepository::toAttachment);
    }

    public Optional<Attachment> attachment(DSLContext dsl, long id) {
        return dsl.selectFrom(DOSSIER_ATTACHMENT).where(DOSSIER_ATTACHMENT.ID.eq(id))
                .fetchOptional(DossierRepository::toAttachment);
    }

    /** Locks a dossier's row until the end of the transaction (a move checked against what the clerk's page showed). */
    public boolean lock(DSLContext dsl, long id) {
        return vn.tdkt.common.data.RowLock.lock(dsl, DOSSIER, DOSSIER.ID.eq(id));
    }

    public Attachment insertAttachment(DSLContext dsl, Attachment a) {
        long id = dsl.insertInto(DOSSIER_ATTACHMENT).set(DOSSIER_ATTACHMENT.DOSSIER_ID, a.dossierId())
                .set(DOSSIER_ATTACHMENT.COMPONENT_CODE, a.componentCode())
                .set(DOSSIER_ATTACHMENT.ORIGINAL_NAME, a.originalName()).set(DOSSIER_ATTACHMENT.STORED_NAME, a.storedName())
                .set(DOSSIER_ATTACHMENT.SIZE_BYTES, a.size()).set(DOSSIER_ATTACHMENT.SHA256, a.sha256())
                .set(DOSSIER_ATTACHMENT.CONTENT_TYPE, a.contentType()).set(DOSSIER_ATTACHMENT.GENERATED, a.generated())
                .set(DOSSIER_ATTACHMENT.ADDED_AT, a.addedAt()).set(DOSSIER_ATTACHMENT.ADDED_BY, Session.author(a.addedBy()))
                .returningResult(DOSSIER_ATTACHMENT.ID).fetchOne().value1();
        return attachment(dsl, id).orElseThrow();
    }

    public void deleteAttachment(DSLContext dsl, long id) {
        dsl.deleteFrom(DOSSIER_ATTACHMENT).where(DOSSIER_ATTACHMENT.ID.eq(id)).execute();
    }

    /** Whether any file row of the dossier still points at the stored copy. */
    public boolean storedNameInUse(DSLContext dsl, long dossierId, String storedName) {
        return dsl.fetchExists(DOSSIER_ATTACHMENT, DOSSIER_ATTACHMENT.DOSSIER_ID.eq(dossierId)
                .and(DOSSIER_ATTACHMENT.STORED_NAME.eq(storedName)));
    }

    private static Attachment toAttachment(DossierAttachmentRecord r) {
        return new Attachment(r.getId(), r.getDossierId(), r.getComponentCode(), r.getOriginalName(), r.getStoredName(),
                r.getSizeBytes(), r.getSha256(), r.getContentType(), r.getGenerated(), r.getAddedAt(), r.getAddedBy());
    }

    // ---- status log

    public List<LogEntry> log(DSLContext dsl, long dossierId) {
        return dsl.selectFrom(DOSSIER_LOG).where(DOSSIER_LOG.DOSSIER_ID.eq(dossierId)).orderBy(DOSSIER_LOG.ID)
                .fetch(r -> new LogEntry(r.getId(), r.getDossierId(),
                        r.getFromStatus() == null ? null : DossierStatus.valueOf(r.getFromStatus()),
                        DossierStatus.valueOf(r.getToStatus()), r.getChangedBy(), r.getChangedAt(), r.getNote()));
    }

    public void insertLog(DSLContext dsl, long dossierId, DossierStatus from, DossierStatus to, String user,
                          LocalDateTime at, String note) {
        dsl.insertInto(DOSSIER_LOG).set(DOSSIER_LOG.DOSSIER_ID, dossierId)
                .set(DOSSIER_LOG.FROM_STATUS, from == null ? null : from.name()).set(DOSSIER_LOG.TO_STATUS, to.name())
                .set(DOSSIER_LOG.CHANGED_BY, Session.author(user)).set(DOSSIER_LOG.CHANGED_AT, at).set(DOSSIER_LOG.NOTE, note)
                .execute();
    }
}
