package vn.tdkt.decision.data;

import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.DECISION;
import static vn.tdkt.common.data.jooq.Tables.DECISION_RECIPIENT;
import static vn.tdkt.common.data.jooq.Tables.DECISION_TEXT;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.REVOCATION;
import static vn.tdkt.common.data.jooq.Tables.REVOCATION_RECOVERY;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.data.jooq.tables.Unit;
import vn.tdkt.common.data.jooq.tables.records.DecisionRecord;
import vn.tdkt.common.data.jooq.tables.records.DecisionRecipientRecord;
import vn.tdkt.decision.domain.AwardFact;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionRef;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.DecisionSummary;
import vn.tdkt.decision.domain.Eligibility;
import vn.tdkt.decision.domain.HistoryAward;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.PrintedSubject;
import vn.tdkt.decision.domain.Recovery;
import vn.tdkt.decision.domain.Revocation;
import vn.tdkt.decision.domain.RevocationDraft;
import vn.tdkt.record.data.RecordRepository;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;

/** Decisions, their lists and revocations, and the award history rows they write or mark. */
public final class DecisionRepository {

    private static final String CAN_CU = "CAN_CU";
    private static final String NOI_NHAN = "NOI_NHAN";
    private static final Unit PARENT = UNIT.as("parent_unit");

    private final RecordRepository records = new RecordRepository();

    /**
     * True when that number and date are already a recorded decision or appear in the award history (a decision is
     * its number AND its date: numbers restart every year).
     */
    public boolean decisionNoUsed(DSLContext dsl, String decisionNo, LocalDate decisionDate) {
        return dsl.fetchExists(DECISION, DECISION.DECISION_NO.eq(decisionNo).and(DECISION.DECISION_DATE.eq(decisionDate)))
                || dsl.fetchExists(AWARD, AWARD.DECISION_NO.eq(decisionNo).and(AWARD.DECISION_DATE.eq(decisionDate)));
    }

    public boolean revocationNoUsed(DSLContext dsl, String decisionNo, LocalDate decisionDate) {
        return dsl.fetchExists(REVOCATION, REVOCATION.DECISION_NO.eq(decisionNo)
                .and(REVOCATION.DECISION_DATE.eq(decisionDate)));
    }

    /**
     * Every decision that number names, recorded or only in the award history, oldest first: its date, who decided
     * and how many lines (recorded list lines, else award rows).
     */
    public List<DecisionRef> decisionsNamed(DSLContext dsl, String decisionNo) {
        Map<LocalDate, DecisionRef> out = new java.util.TreeMap<>();
        dsl.select(DECISION.DECISION_DATE, DECISION.AUTHORITY, DSL.count(DECISION_RECIPIENT.ID))
                .from(DECISION).leftJoin(DECISION_RECIPIENT).on(DECISION_RECIPIENT.DECISION_ID.eq(DECISION.ID))
                .where(DECISION.DECISION_NO.eq(decisionNo))
                .groupBy(DECISION.DECISION_DATE, DECISION.AUTHORITY)
                .forEach(r -> out.put(r.value1(), new DecisionRef(decisionNo, r.value1(), r.value2(), r.value3())));
        dsl.select(AWARD.DECISION_DATE, DSL.max(AWARD.AUTHORITY), DSL.count())
                .from(AWARD).where(AWARD.DECISION_NO.eq(decisionNo))
                .groupBy(AWARD.DECISION_DATE)
                .forEach(r -> out.putIfAbsent(r.value1(), new DecisionRef(decisionNo, r.value1(), r.value2(), r.value3())));
        return List.copyOf(out.values());
    }

    /** People as a list prints them: name, current position, unit ", " parent unit. */
    public Map<Long, PrintedSubject> people(DSLContext dsl, Collection<Long> ids) {
        Map<Long, PrintedSubject> out = new HashMap<>();
        dsl.select(PERSON.ID, PERSON.FULL_NAME, PERSON.POSITION, UNIT.NAME, PARENT.NAME).from(PERSON)
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID)).leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .where(PERSON.ID.in(ids))
                .forEach(r -> out.put(r.value1(), new PrintedSubject(r.value2(), r.value3(), unitPath(r.value4(), r.value5()))));
        return out;
    }

    /** Units as a list prints them: the unit's name, no position, the parent unit. */
    public Map<Long, PrintedSubject> units(DSLContext dsl, Collection<Long> ids) {
        Map<Long, PrintedSubject> out = new HashMap<>();
        dsl.select(UNIT.ID, UNIT.NAME, PARENT.NAME).from(UNIT).leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .where(UNIT.ID.in(ids))
                .forEach(r -> out.put(r.value1(), new PrintedSubject(r.value2(), "", r.value3() == null ? "" : r.value3())));
        return out;
    }

    /** Awards not revoked of the given people and units. */
    public List<AwardFact> history(DSLContext dsl, Collection<Long> personIds, Collection<Long> unitIds) {
        return facts(dsl, AWARD.PERSON_ID.in(personIds).or(AWARD.UNIT_ID.in(unitIds)));
    }

    /** Awards not revoked of everyone who appears in the decision's award history rows. */
    public List<AwardFact> historyOfDecision(DSLContext dsl, String decisionNo, LocalDate decisionDate) {
        Condition of = AWARD.DECISION_NO.eq(decisionNo).and(AWARD.DECISION_DATE.eq(decisionDate));
        return facts(dsl, AWARD.PERSON_ID.in(DSL.select(AWARD.PERSON_ID).from(AWARD).where(of))
                .or(AWARD.UNIT_ID.in(DSL.select(AWARD.UNIT_ID).from(AWARD).where(of))));
    }

    private static List<AwardFact> facts(DSLContext dsl, Condition subjects) {
        return dsl.select(AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.YEAR_FROM, AWARD.YEAR_TO,
                        AWARD.DECISION_NO, AWARD.DECISION_DATE)
                .from(AWARD).where(subjects).and(AWARD.REVOCATION_ID.isNull())
                .fetch(r -> fact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    private static AwardFact fact(Long personId, Long unitId, String kind, int from, int to, String no, LocalDate date) {
        return personId != null
                ? new AwardFact(AwardFact.personKey(personId), Recipient.CA_NHAN, kind, from, to, no, date)
                : new AwardFact(AwardFact.unitKey(unitId), Recipient.TAP_THE, kind, from, to, no, date);
    }

    /**
     * Award history rows of a decision number that no recorded decision line points to (imported awards), in
     * the order they were entered, with the subject as printed.
     */
    public List<HistoryAward> unlinkedAwards(DSLContext dsl, String decisionNo, LocalDate decisionDate) {
        return unlinked(dsl, AWARD.DECISION_NO.eq(decisionNo).and(AWARD.DECISION_DATE.eq(decisionDate)));
    }

    /**
     * Award history rows imported without any decision record: no recorded line points to them and no recorded
     * decision has their number. Ordered by decision number, then as entered.
     */
    public List<HistoryAward> importedOnlyAwards(DSLContext dsl) {
        return unlinked(dsl, DSL.notExists(DSL.selectOne().from(DECISION).where(DECISION.DECISION_NO.eq(AWARD.DECISION_NO))
                .and(DECISION.DECISION_DATE.eq(AWARD.DECISION_DATE))));
    }

    /** Every award history row not revoked (the money rules' history for the whole register). */
    public List<AwardFact> allHistory(DSLContext dsl) {
        return facts(dsl, DSL.trueCondition());
    }

    /** Danh hiệu/hình thức codes of each recorded decision, in list order, each once. */
    public Map<Long, List<String>> decisionKinds(DSLContext dsl) {
        Map<Long, List<String>> out = new HashMap<>();
        dsl.select(DECISION_RECIPIENT.DECISION_ID, DECISION_RECIPIENT.KIND_CODE).from(DECISION_RECIPIENT)
                .orderBy(DECISION_RECIPIENT.DECISION_ID, DECISION_RECIPIENT.LINE_NO)
                .forEach(r -> {
                    List<String> kinds = out.computeIfAbsent(r.value1(), k -> new ArrayList<>());
                    if (!kinds.contains(r.value2())) {
                        kinds.add(r.value2());
                    }
                });
        return out;
    }

    private static List<HistoryAward> unlinked(DSLContext dsl, Condition which) {
        Field<String> unitPath = DSL.when(PARENT.NAME.isNull(), UNIT.NAME).otherwise(UNIT.NAME.concat(", ").concat(PARENT.NAME));
        Unit own = UNIT.as("own_unit");
        Unit ownParent = UNIT.as("own_parent");
        return dsl.select(AWARD.ID, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.YEAR_FROM, AWARD.YEAR_TO,
                        AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY, AWARD.REVOCATION_ID,
                        PERSON.FULL_NAME, PERSON.POSITION, unitPath, own.NAME, ownParent.NAME)
                .from(AWARD)
                .leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .leftJoin(own).on(own.ID.eq(AWARD.UNIT_ID))
                .leftJoin(ownParent).on(ownParent.ID.eq(own.PARENT_ID))
                .where(which)
                .andNotExists(DSL.selectOne().from(DECISION_RECIPIENT).where(DECISION_RECIPIENT.AWARD_ID.eq(AWARD.ID)))
                .orderBy(AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.ID)
                .fetch(r -> new HistoryAward(r.value1(),
                        fact(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()),
                        r.value2() != null ? new PrintedSubject(r.value11(), nullToEmpty(r.value12()), r.value13())
                                : new PrintedSubject(r.value14(), "", nullToEmpty(r.value15())),
                        r.value9(), r.value10()));
    }

    public long insertDecision(DSLContext dsl, DecisionInfo d) {
        return insertDecision(dsl, d, null);
    }

    /** Writes a decision naming the movement it belongs to (null: none). */
    public long insertDecision(DSLContext dsl, DecisionInfo d, Long movementId) {
        long id = dsl.insertInto(DECISION).set(DECISION.MOVEMENT_ID, movementId)
                .set(DECISION.DECISION_NO, d.decisionNo()).set(DECISION.DECISION_DATE, d.decisionDate())
                .set(DECISION.ISSUER_PARENT, d.issuerParent()).set(DECISION.ISSUER, d.issuer()).set(DECISION.PLACE, d.place())
                .set(DECISION.SUBJECT, d.subject()).set(DECISION.AUTHORITY, d.authority())
                .set(DECISION.SIGNER_TITLE, String.join("\n", d.signerTitle())).set(DECISION.SIGNER_NAME, d.signerName())
                .set(DECISION.FORM_TYPE, d.formType().name()).set(DECISION.YEAR_FROM, d.yearFrom())
                .set(DECISION.YEAR_TO, d.yearTo()).set(DECISION.CITATION, d.citation()).set(DECISION.EXECUTORS, d.executors())
                .returningResult(DECISION.ID).fetchOne().value1();
        insertTexts(dsl, id, CAN_CU, d.legalBasis());
        insertTexts(dsl, id, NOI_NHAN, d.copyTo());
        return id;
    }

    private static void insertTexts(DSLContext dsl, long decisionId, String kind, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            dsl.insertInto(DECISION_TEXT).set(DECISION_TEXT.DECISION_ID, decisionId).set(DECISION_TEXT.KIND, kind)
                    .set(DECISION_TEXT.LINE_NO, i + 1).set(DECISION_TEXT.TEXT, lines.get(i)).execute();
        }
    }

    /** Writes the award history row of a person or unit line; returns its id. */
    /** Whether a movement with that id exists (the decision's link). */
    public boolean movementExists(DSLContext dsl, long movementId) {
        return dsl.fetchExists(MOVEMENT, MOVEMENT.ID.eq(movementId));
    }

    public long insertAward(DSLContext dsl, DecisionInfo d, Long personId, Long unitId, String kindCode) {
        return records.insertAward(dsl, new Award(0, personId, unitId, kindCode, d.formType(), d.yearFrom(), d.yearTo(),
                d.decisionNo(), d.decisionDate(), d.authority()));
    }

    public long insertRecipient(DSLContext dsl, long decisionId, DecisionRecipient r) {
        Payment p = r.payment();
        return dsl.insertInto(DECISION_RECIPIENT)
                .set(DECISION_RECIPIENT.DECISION_ID, decisionId).set(DECISION_RECIPIENT.LINE_NO, r.lineNo())
                .set(DECISION_RECIPIENT.RECIPIENT_TYPE, r.type().name())
                .set(DECISION_RECIPIENT.PERSON_ID, r.personId()).set(DECISION_RECIPIENT.UNIT_ID, r.unitId())
                .set(DECISION_RECIPIENT.DISPLAY_NAME, r.name()).set(DECISION_RECIPIENT.POSITION, r.position())
                .set(DECISION_RECIPIENT.UNIT_NAME, r.unitName()).set(DECISION_RECIPIENT.KIND_CODE, r.kindCode())
                .set(DECISION_RECIPIENT.GOLD_BOOK_NO, r.goldBookNo()).set(DECISION_RECIPIENT.AMOUNT, p.amount())
                .set(DECISION_RECIPIENT.COEFFICIENT, p.coefficient()).set(DECISION_RECIPIENT.BASE_SALARY, p.baseSalary())
                .set(DECISION_RECIPIENT.LEGAL_REF, p.legalRef()).set(DECISION_RECIPIENT.NOTE, p.note())
                .set(DECISION_RECIPIENT.AWARD_ID, r.awardId())
                .set(DECISION_RECIPIENT.ELIGIBILITY, r.eligibility() == null ? null : r.eligibility().name())
                .set(DECISION_RECIPIENT.OVERRIDE_REASON, r.overrideReason())
                .returningResult(DECISION_RECIPIENT.ID).fetchOne().value1();
    }

    public Optional<Decision> decision(DSLContext dsl, String decisionNo, LocalDate decisionDate) {
        return dsl.selectFrom(DECISION).where(DECISION.DECISION_NO.eq(decisionNo))
                .and(DECISION.DECISION_DATE.eq(decisionDate)).fetchOptional()
                .map(r -> toDecision(dsl, r));
    }

    public Optional<Decision> decision(DSLContext dsl, long id) {
        return dsl.selectFrom(DECISION).where(DECISION.ID.eq(id)).fetchOptional().map(r -> toDecision(dsl, r));
    }

    private static Decision toDecision(DSLContext dsl, DecisionRecord r) {
        Map<String, List<String>> texts = new HashMap<>();
        dsl.selectFrom(DECISION_TEXT).where(DECISION_TEXT.DECISION_ID.eq(r.getId())).orderBy(DECISION_TEXT.LINE_NO)
                .forEach(t -> texts.computeIfAbsent(t.getKind(), k -> new ArrayList<>()).add(t.getText()));
        DecisionInfo info = new DecisionInfo(r.getDecisionNo(), r.getDecisionDate(), r.getIssuerParent(), r.getIssuer(),
                r.getPlace(), r.getSubject(), r.getAuthority(), Arrays.asList(r.getSignerTitle().split("\n")),
                r.getSignerName(), AwardFormType.valueOf(r.getFormType()), r.getYearFrom(), r.getYearTo(),
                texts.getOrDefault(CAN_CU, List.of()), r.getCitation(), r.getExecutors(), texts.getOrDefault(NOI_NHAN, List.of()));
        List<DecisionRecipient> recipients = dsl.selectFrom(DECISION_RECIPIENT)
                .where(DECISION_RECIPIENT.DECISION_ID.eq(r.getId())).orderBy(DECISION_RECIPIENT.LINE_NO)
                .fetch(DecisionRepository::toRecipient);
        return new Decision(r.getId(), info, recipients);
    }

    private static DecisionRecipient toRecipient(DecisionRecipientRecord r) {
        return new DecisionRecipient(r.getId(), r.getLineNo(), Recipient.valueOf(r.getRecipientType()), r.getPersonId(),
                r.getUnitId(), r.getDisplayName(), nullToEmpty(r.getPosition()), nullToEmpty(r.getUnitName()), r.getKindCode(),
                r.getGoldBookNo(), Payment.stored(r.getAmount(), r.getCoefficient(), r.getBaseSalary(), r.getLegalRef(), r.getNote()),
                r.getAwardId(), r.getRevocationId(),
                r.getEligibility() == null ? null : Eligibility.valueOf(r.getEligibility()), r.getOverrideReason());
    }

    public List<DecisionSummary> summaries(DSLContext dsl) {
        Field<Integer> count = DSL.count(DECISION_RECIPIENT.ID);
        Field<BigDecimal> total = DSL.coalesce(DSL.sum(DECISION_RECIPIENT.AMOUNT), BigDecimal.ZERO);
        Field<Integer> revoked = DSL.count(DECISION_RECIPIENT.REVOCATION_ID);
        Field<Integer> overrides = DSL.count(DECISION_RECIPIENT.OVERRIDE_REASON);
        return dsl.select(DECISION.ID, DECISION.DECISION_NO, DECISION.DECISION_DATE, DECISION.SUBJECT, DECISION.AUTHORITY,
                        count, total, revoked, overrides)
                .from(DECISION).leftJoin(DECISION_RECIPIENT).on(DECISION_RECIPIENT.DECISION_ID.eq(DECISION.ID))
                .groupBy(DECISION.ID, DECISION.DECISION_NO, DECISION.DECISION_DATE, DECISION.SUBJECT, DECISION.AUTHORITY)
                .orderBy(DECISION.DECISION_DATE.desc(), DECISION.DECISION_NO)
                .fetch(r -> new DecisionSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7().longValue(), r.value8(), r.value9()));
    }

    /** All revocations by id. */
    public Map<Long, Revocation> revocations(DSLContext dsl) {
        Map<Long, Revocation> out = new LinkedHashMap<>();
        dsl.selectFrom(REVOCATION).orderBy(REVOCATION.DECISION_DATE).forEach(r -> out.put(r.getId(), new Revocation(
                r.getId(), r.getDecisionNo(), r.getDecisionDate(), r.getReason(), r.getAuthority(), r.getLinesRevoked(),
                r.getMoneyToRecover())));
        return out;
    }

    public Revocation insertRevocation(DSLContext dsl, RevocationDraft d, String authority, int lines, long money) {
        long id = dsl.insertInto(REVOCATION).set(REVOCATION.DECISION_NO, d.decisionNo())
                .set(REVOCATION.DECISION_DATE, d.decisionDate()).set(REVOCATION.REASON, d.reason())
                .set(REVOCATION.AUTHORITY, authority).set(REVOCATION.LINES_REVOKED, lines)
                .set(REVOCATION.MONEY_TO_RECOVER, money).returningResult(REVOCATION.ID).fetchOne().value1();
        return new Revocation(id, d.decisionNo(), d.decisionDate(), d.reason(), authority, lines, money);
    }

    /** Recorded lines by id, with the authority of their decision. */
    public List<RecipientTarget> recipients(DSLContext dsl, Collection<Long> recipientIds) {
        return recipientTargets(dsl, DECISION_RECIPIENT.ID.in(recipientIds));
    }

    /** All lines of a recorded decision. */
    public List<RecipientTarget> recipientsOfDecision(DSLContext dsl, long decisionId) {
        return recipientTargets(dsl, DECISION_RECIPIENT.DECISION_ID.eq(decisionId));
    }

    private static List<RecipientTarget> recipientTargets(DSLContext dsl, Condition which) {
        return dsl.select(DECISION_RECIPIENT.ID, DECISION_RECIPIENT.AWARD_ID, DECISION_RECIPIENT.AMOUNT,
                        DECISION_RECIPIENT.REVOCATION_ID, DECISION.AUTHORITY, DECISION.DECISION_NO, DECISION.DECISION_DATE)
                .from(DECISION_RECIPIENT).join(DECISION).on(DECISION.ID.eq(DECISION_RECIPIENT.DECISION_ID))
                .where(which).orderBy(DECISION_RECIPIENT.ID)
                .fetch(r -> new RecipientTarget(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** Award history rows by id, with the recorded line that wrote them (if any). */
    public List<AwardTarget> awards(DSLContext dsl, Collection<Long> awardIds) {
        return dsl.select(AWARD.ID, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE, AWARD.YEAR_FROM, AWARD.YEAR_TO,
                        AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.REVOCATION_ID, AWARD.AUTHORITY,
                        DECISION_RECIPIENT.ID, DECISION_RECIPIENT.AMOUNT)
                .from(AWARD).leftJoin(DECISION_RECIPIENT).on(DECISION_RECIPIENT.AWARD_ID.eq(AWARD.ID))
                .where(AWARD.ID.in(awardIds)).orderBy(AWARD.ID)
                .fetch(r -> new AwardTarget(r.value1(),
                        fact(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()),
                        r.value9(), r.value10(), r.value11(), r.value12()));
    }

    /** A recorded line to revoke. */
    public record RecipientTarget(long id, Long awardId, long amount, Long revocationId, String authority,
                                  String decisionNo, LocalDate decisionDate) {
    }

    /**
     * An award history row to revoke.
     *
     * @param recipientId     the recorded line that wrote it, or null for an imported award
     * @param recipientAmount the money of that line, or null
     */
    public record AwardTarget(long id, AwardFact fact, Long revocationId, String authority, Long recipientId,
                              Long recipientAmount) {
    }

    /** Writes the recovery rows of a revocation (one per revoked line or imported award). */
    public void insertRecoveries(DSLContext dsl, long revocationId, List<Recovery> lines) {
        for (Recovery r : lines) {
            String payer = r.recipientId() != null
                    ? dsl.select(DECISION_RECIPIENT.DISPLAY_NAME).from(DECISION_RECIPIENT)
                    .where(DECISION_RECIPIENT.ID.eq(r.recipientId())).fetchOne(DECISION_RECIPIENT.DISPLAY_NAME)
                    : dsl.select(DSL.coalesce(PERSON.FULL_NAME, UNIT.NAME)).from(AWARD)
                    .leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID)).leftJoin(UNIT).on(UNIT.ID.eq(AWARD.UNIT_ID))
                    .where(AWARD.ID.eq(r.awardId())).fetchOne(0, String.class);
            dsl.insertInto(REVOCATION_RECOVERY).set(REVOCATION_RECOVERY.REVOCATION_ID, revocationId)
                    .set(REVOCATION_RECOVERY.PAYER, payer == null ? "" : payer)
                    .set(REVOCATION_RECOVERY.RECIPIENT_ID, r.recipientId()).set(REVOCATION_RECOVERY.AWARD_ID, r.awardId())
                    .set(REVOCATION_RECOVERY.AMOUNT, r.amount()).set(REVOCATION_RECOVERY.LEGAL_REF, r.legalRef()).execute();
        }
    }

    /** The recovery rows of a revocation with who pays back, in the order written. */
    public List<Recovery> recoveries(DSLContext dsl, long revocationId) {
        return dsl.select(REVOCATION_RECOVERY.RECIPIENT_ID, REVOCATION_RECOVERY.AWARD_ID, REVOCATION_RECOVERY.PAYER,
                        REVOCATION_RECOVERY.AMOUNT, REVOCATION_RECOVERY.LEGAL_REF)
                .from(REVOCATION_RECOVERY)
                .where(REVOCATION_RECOVERY.REVOCATION_ID.eq(revocationId)).orderBy(REVOCATION_RECOVERY.ID)
                .fetch(r -> new Recovery(revocationId, r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public void markRecipients(DSLContext dsl, Collection<Long> ids, long revocationId) {
        dsl.update(DECISION_RECIPIENT).set(DECISION_RECIPIENT.REVOCATION_ID, revocationId)
                .where(DECISION_RECIPIENT.ID.in(ids)).execute();
    }

    public void markAwards(DSLContext dsl, Collection<Long> ids, long revocationId) {
        dsl.update(AWARD).set(AWARD.REVOCATION_ID, revocationId).where(AWARD.ID.in(ids)).execute();
    }

    public Set<Long> revokedAwardIds(DSLContext dsl) {
        return new HashSet<>(dsl.select(AWARD.ID).from(AWARD).where(AWARD.REVOCATION_ID.isNotNull()).fetch(AWARD.ID));
    }

    public boolean isRevoked(DSLContext dsl, long awardId) {
        return dsl.fetchExists(AWARD, AWARD.ID.eq(awardId).and(AWARD.REVOCATION_ID.isNotNull()));
    }

    /**
     * Awards of the given kinds decided in the year and not revoked, for the statistics: kind, subject type,
     * position (as printed on the recorded decision when there is one, else the person's current position) and
     * loại hình; households come from recorded decision lines.
     */
    public List<StatisticRow> statisticRows(DSLContext dsl, int year, Collection<String> kindCodes) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<StatisticRow> out = new ArrayList<>(dsl.select(AWARD.KIND_CODE, AWARD.PERSON_ID,
                        DSL.coalesce(DECISION_RECIPIENT.POSITION, PERSON.POSITION), AWARD.FORM_TYPE)
                .from(AWARD).leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID))
                .leftJoin(DECISION_RECIPIENT).on(DECISION_RECIPIENT.AWARD_ID.eq(AWARD.ID))
                .where(AWARD.DECISION_DATE.between(from, to)).and(AWARD.KIND_CODE.in(kindCodes))
                .and(AWARD.REVOCATION_ID.isNull())
                .fetch(r -> new StatisticRow(r.value1(), r.value2() != null ? Recipient.CA_NHAN : Recipient.TAP_THE,
                        r.value3(), AwardFormType.valueOf(r.value4()))));
        out.addAll(dsl.select(DECISION_RECIPIENT.KIND_CODE, DECISION.FORM_TYPE)
                .from(DECISION_RECIPIENT).join(DECISION).on(DECISION.ID.eq(DECISION_RECIPIENT.DECISION_ID))
                .where(DECISION.DECISION_DATE.between(from, to)).and(DECISION_RECIPIENT.KIND_CODE.in(kindCodes))
                .and(DECISION_RECIPIENT.RECIPIENT_TYPE.eq(Recipient.HO_GIA_DINH.name()))
                .and(DECISION_RECIPIENT.REVOCATION_ID.isNull())
                .fetch(r -> new StatisticRow(r.value1(), Recipient.HO_GIA_DINH, null, AwardFormType.valueOf(r.value2()))));
        return out;
    }

    /** One counted award of the statistics. */
    public record StatisticRow(String kindCode, Recipient recipient, String position, AwardFormType formType) {
    }

    private static String unitPath(String unit, String parent) {
        return parent == null ? unit : unit + ", " + parent;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
