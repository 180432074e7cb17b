package vn.tdkt.decision.data;

import static vn.tdkt.common.data.jooq.Tables.COUNCIL;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL_ADDRESSEE;
import static vn.tdkt.common.data.jooq.Tables.DECISION_DRAFT;
import static vn.tdkt.common.data.jooq.Tables.DECISION_DRAFT_LINE;
import static vn.tdkt.common.data.jooq.Tables.DECISION_HEADER_DEFAULT;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.tdkt.common.data.RowLock;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.records.DecisionDraftRecord;
import vn.tdkt.common.domain.Session;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.HeaderDefault;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.record.domain.AwardFormType;

/** Draft decisions with their lines (V125), and the header each deciding level starts with. */
public final class DraftRepository {

    private static final String NL = "\n";

    /** Locks the draft's row until the end of the transaction (issue #14); whether it is still there. */
    public boolean lock(DSLContext dsl, long id) {
        return RowLock.lock(dsl, DECISION_DRAFT, DECISION_DRAFT.ID.eq(id));
    }

    /** A line as the clerk reads it: the person's or unit's name (or the household), the title, the reason kept. */
    public String lineText(DSLContext dsl, RecipientDraft r) {
        String who = r.personId() != null
                ? dsl.select(PERSON.FULL_NAME).from(PERSON).where(PERSON.ID.eq(r.personId())).fetchOne(PERSON.FULL_NAME)
                : r.unitId() != null ? dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(r.unitId())).fetchOne(UNIT.NAME)
                : r.householdName();
        return who + " — " + r.kindCode() + (r.goldBookNo() == null ? "" : " (" + r.goldBookNo() + ")")
                + (r.overrideReason() == null ? "" : ": " + r.overrideReason());
    }

    /** Writes a new draft or replaces a stored one's particulars and lines; returns its id. */
    public long save(DSLContext dsl, Long id, String level, DecisionDraft d, String user, LocalDateTime at) {
        DecisionInfo i = d.info();
        DecisionDraftRecord r = id == null ? dsl.newRecord(DECISION_DRAFT)
                : dsl.selectFrom(DECISION_DRAFT).where(DECISION_DRAFT.ID.eq(id)).forUpdate().fetchOne();
        if (r == null) {
            throw new IllegalStateException("no draft " + id);
        }
        r.setDecidingLevel(level);
        r.setMovementId(d.movementId());
        r.setIssuerParent(i.issuerParent());
        r.setIssuer(i.issuer());
        r.setPlace(i.place());
        r.setSubject(i.subject());
        r.setAuthority(i.authority());
        r.setSignerTitle(String.join(NL, i.signerTitle()));
        r.setSignerName(i.signerName());
        r.setFormType((i.formType() == null ? AwardFormType.CONG_TRANG : i.formType()).name());
        r.setYearFrom(i.yearFrom());
        r.setYearTo(i.yearTo());
        r.setCitation(i.citation());
        r.setExecutors(i.executors());
        r.setLegalBasis(String.join(NL, i.legalBasis()));
        r.setCopyTo(String.join(NL, i.copyTo()));
        if (id == null) {
            r.setCreatedBy(Session.author(user));
        }
        r.setUpdatedAt(at);
        r.store();
        long draftId = r.getId();
        dsl.deleteFrom(DECISION_DRAFT_LINE).where(DECISION_DRAFT_LINE.DRAFT_ID.eq(draftId)).execute();
        List<RecipientDraft> lines = d.recipients();
        for (int n = 0; n < lines.size(); n++) {
            RecipientDraft l = lines.get(n);
            dsl.insertInto(DECISION_DRAFT_LINE).set(DECISION_DRAFT_LINE.DRAFT_ID, draftId)
                    .set(DECISION_DRAFT_LINE.LINE_NO, n + 1).set(DECISION_DRAFT_LINE.RECIPIENT_TYPE, l.type().name())
                    .set(DECISION_DRAFT_LINE.PERSON_ID, l.personId()).set(DECISION_DRAFT_LINE.UNIT_ID, l.unitId())
                    .set(DECISION_DRAFT_LINE.HOUSEHOLD_NAME, l.householdName())
                    .set(DECISION_DRAFT_LINE.HOUSEHOLD_ADDRESS, l.householdAddress())
                    .set(DECISION_DRAFT_LINE.KIND_CODE, l.kindCode())
                    .set(DECISION_DRAFT_LINE.OVERRIDE_REASON, l.overrideReason()).execute();
        }
        return draftId;
    }

    public Optional<StoredDraft> find(DSLContext dsl, long id) {
        return dsl.selectFrom(DECISION_DRAFT).where(DECISION_DRAFT.ID.eq(id)).fetchOptional().map(r -> toDraft(dsl, r));
    }

    /** Every draft, the newest edit first. */
    public List<StoredDraft> all(DSLContext dsl) {
        return dsl.selectFrom(DECISION_DRAFT).orderBy(DECISION_DRAFT.UPDATED_AT.desc(), DECISION_DRAFT.ID.desc())
                .fetch(r -> toDraft(dsl, r));
    }

    public boolean delete(DSLContext dsl, long id) {
        return dsl.deleteFrom(DECISION_DRAFT).where(DECISION_DRAFT.ID.eq(id)).execute() > 0;
    }

    private static StoredDraft toDraft(DSLContext dsl, DecisionDraftRecord r) {
        DecisionInfo info = new DecisionInfo(null, null, r.getIssuerParent(), r.getIssuer(), r.getPlace(), r.getSubject(),
                r.getAuthority(), lines(r.getSignerTitle()), r.getSignerName(), AwardFormType.valueOf(r.getFormType()),
                r.getYearFrom(), r.getYearTo(), lines(r.getLegalBasis()), r.getCitation(), r.getExecutors(),
                lines(r.getCopyTo()));
        List<RecipientDraft> lines = dsl.selectFrom(DECISION_DRAFT_LINE).where(DECISION_DRAFT_LINE.DRAFT_ID.eq(r.getId()))
                .orderBy(DECISION_DRAFT_LINE.LINE_NO)
                .fetch(l -> new RecipientDraft(l.getPersonId(), l.getUnitId(), l.getHouseholdName(), l.getHouseholdAddress(),
                        l.getKindCode(), null, l.getOverrideReason()));
        return new StoredDraft(r.getId(), r.getDecidingLevel(), new DecisionDraft(info, lines, r.getMovementId()),
                r.getCreatedBy(), r.getUpdatedAt());
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(NL));
    }

    /** The (subject key, kind) of every draft line of drafts whose period holds the year, with the draft's id. */
    public Map<String, Long> linesOfYear(DSLContext dsl, int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        dsl.select(DECISION_DRAFT_LINE.PERSON_ID, DECISION_DRAFT_LINE.UNIT_ID, DECISION_DRAFT_LINE.KIND_CODE,
                        DECISION_DRAFT.ID)
                .from(DECISION_DRAFT_LINE).join(DECISION_DRAFT).on(DECISION_DRAFT.ID.eq(DECISION_DRAFT_LINE.DRAFT_ID))
                .where(DECISION_DRAFT.YEAR_FROM.le(year), DECISION_DRAFT.YEAR_TO.ge(year))
                .forEach(x -> out.putIfAbsent((x.value1() != null ? "P" + x.value1() : "U" + x.value2()) + "|" + x.value3(),
                        x.value4()));
        return out;
    }

    public Optional<HeaderDefault> header(DSLContext dsl, String level) {
        return headers(dsl, DECISION_HEADER_DEFAULT.DECIDING_LEVEL.eq(level));
    }

    /** The header remembered last, whatever its level (a decision typed on the decisions screen starts with it). */
    public Optional<HeaderDefault> latestHeader(DSLContext dsl) {
        return headers(dsl, DSL.noCondition());
    }

    /**
     * What the council knows of a level when no header is remembered for it: the place name (địa danh) and the
     * authority it reports to for that level, from the newest council that names one; nothing of another level.
     */
    public Optional<HeaderDefault> councilHeader(DSLContext dsl, String level) {
        return dsl.select(COUNCIL.PLACE, COUNCIL_ADDRESSEE.ADDRESSEE).from(COUNCIL_ADDRESSEE).join(COUNCIL)
                .on(COUNCIL.ID.eq(COUNCIL_ADDRESSEE.COUNCIL_ID)).where(COUNCIL_ADDRESSEE.DECIDING_LEVEL.eq(level))
                .orderBy(COUNCIL.DECISION_DATE.desc(), COUNCIL.ID.desc()).limit(1).fetchOptional()
                .map(r -> new HeaderDefault(level, null, null, r.value1(), r.value2(), List.of(), null, null, List.of()));
    }

    private Optional<HeaderDefault> headers(DSLContext dsl, Condition where) {
        return dsl.selectFrom(DECISION_HEADER_DEFAULT).where(where)
                .orderBy(DECISION_HEADER_DEFAULT.UPDATED_AT.desc(), DECISION_HEADER_DEFAULT.DECIDING_LEVEL).limit(1)
                .fetchOptional()
                .map(r -> new HeaderDefault(r.getDecidingLevel(), r.getIssuerParent(), r.getIssuer(), r.getPlace(),
                        r.getAuthority(), lines(r.getSignerTitle()), r.getSignerName(), r.getExecutors(),
                        lines(r.getCopyTo())));
    }

    /** Remembers the header of a level (replacing the one before). */
    public void saveHeader(DSLContext dsl, HeaderDefault h, LocalDateTime at) {
        dsl.insertInto(DECISION_HEADER_DEFAULT).set(DECISION_HEADER_DEFAULT.DECIDING_LEVEL, h.decidingLevel())
                .set(DECISION_HEADER_DEFAULT.ISSUER_PARENT, h.issuerParent()).set(DECISION_HEADER_DEFAULT.ISSUER, h.issuer())
                .set(DECISION_HEADER_DEFAULT.PLACE, h.place()).set(DECISION_HEADER_DEFAULT.AUTHORITY, h.authority())
                .set(DECISION_HEADER_DEFAULT.SIGNER_TITLE, String.join(NL, h.signerTitle()))
                .set(DECISION_HEADER_DEFAULT.SIGNER_NAME, h.signerName()).set(DECISION_HEADER_DEFAULT.EXECUTORS, h.executors())
                .set(DECISION_HEADER_DEFAULT.COPY_TO, String.join(NL, h.copyTo()))
                .set(DECISION_HEADER_DEFAULT.UPDATED_AT, at)
                .onConflict(DECISION_HEADER_DEFAULT.DECIDING_LEVEL).doUpdate()
                .set(DECISION_HEADER_DEFAULT.ISSUER_PARENT, h.issuerParent()).set(DECISION_HEADER_DEFAULT.ISSUER, h.issuer())
                .set(DECISION_HEADER_DEFAULT.PLACE, h.place()).set(DECISION_HEADER_DEFAULT.AUTHORITY, h.authority())
                .set(DECISION_HEADER_DEFAULT.SIGNER_TITLE, String.join(NL, h.signerTitle()))
                .set(DECISION_HEADER_DEFAULT.SIGNER_NAME, h.signerName()).set(DECISION_HEADER_DEFAULT.EXECUTORS, h.executors())
                .set(DECISION_HEADER_DEFAULT.COPY_TO, String.join(NL, h.copyTo()))
                .set(DECISION_HEADER_DEFAULT.UPDATED_AT, at).execute();
    }
}
