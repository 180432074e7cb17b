package vn.tdkt.review.data;

import static vn.tdkt.common.data.jooq.Tables.DECISION;
import static vn.tdkt.common.data.jooq.Tables.DECISION_DRAFT;
import static vn.tdkt.common.data.jooq.Tables.DECISION_DRAFT_LINE;
import static vn.tdkt.common.data.jooq.Tables.DECISION_RECIPIENT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_SUBJECT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_SUBJECT_VOTE;
import static vn.tdkt.common.data.jooq.Tables.MEETING_CANDIDATE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.REVIEW_PROPOSAL;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Session;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ProposalProgress;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;

/** Reads and writes the review proposals (review_proposal, V8). */
public final class ProposalRepository {

    /**
     * Every proposal of an achievement year with its stage: the decision that awarded the (subject, kind) for a
     * period holding the year (not revoked) comes first, then the newest dossier of that year holding the subject for
     * the kind, with the council's result on it and the meeting whose agenda lists it.
     */
    public List<Proposal> ofYear(DSLContext dsl, int year) {
        Map<String, ProposalProgress> progress = decided(dsl, year);
        Map<String, ProposalProgress> filed = dossiers(dsl, year);
        drafted(dsl, year).forEach((k, draft) -> progress.putIfAbsent(k,
                filed.getOrDefault(k, ProposalProgress.PROPOSED).inDraft(draft)));
        filed.forEach(progress::putIfAbsent);
        return dsl.selectFrom(REVIEW_PROPOSAL).where(REVIEW_PROPOSAL.REVIEW_YEAR.eq(year)).orderBy(REVIEW_PROPOSAL.ID)
                .fetch(r -> {
                    Title t = Title.valueOf(r.getTitle());
                    boolean person = r.getPersonId() != null;
                    long id = person ? r.getPersonId() : r.getUnitId();
                    return new Proposal(r.getReviewYear(), person ? AwardSubject.CA_NHAN : AwardSubject.TAP_THE, id, t,
                            r.getProposedBy(), r.getProposedAt(), progress.get(key(person, id, t.kindCode())));
                });
    }

    private static String key(boolean person, long id, String kindCode) {
        return (person ? "P" : "U") + id + "|" + kindCode;
    }

    private static Map<String, ProposalProgress> decided(DSLContext dsl, int year) {
        Map<String, ProposalProgress> out = new HashMap<>();
        dsl.select(DECISION_RECIPIENT.PERSON_ID, DECISION_RECIPIENT.UNIT_ID, DECISION_RECIPIENT.KIND_CODE, DECISION.ID,
                        DECISION.DECISION_NO, DECISION.DECISION_DATE)
                .from(DECISION_RECIPIENT).join(DECISION).on(DECISION.ID.eq(DECISION_RECIPIENT.DECISION_ID))
                .where(DECISION.YEAR_FROM.le(year), DECISION.YEAR_TO.ge(year), DECISION_RECIPIENT.REVOCATION_ID.isNull(),
                        DECISION_RECIPIENT.PERSON_ID.isNotNull().or(DECISION_RECIPIENT.UNIT_ID.isNotNull()))
                .orderBy(DECISION.DECISION_DATE.desc(), DECISION.ID.desc())
                .forEach(r -> {
                    boolean person = r.value1() != null;
                    out.putIfAbsent(key(person, person ? r.value1() : r.value2(), r.value3()),
                            new ProposalProgress(ProposalStage.DA_QUYET_DINH, null, null, null, r.value4(), r.value5(),
                                    r.value6()));
                });
        return out;
    }

    /** The draft decision holding each (subject, kind) of a period holding the year. */
    private static Map<String, Long> drafted(DSLContext dsl, int year) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(DECISION_DRAFT_LINE.PERSON_ID, DECISION_DRAFT_LINE.UNIT_ID, DECISION_DRAFT_LINE.KIND_CODE, DECISION_DRAFT.ID)
                .from(DECISION_DRAFT_LINE).join(DECISION_DRAFT).on(DECISION_DRAFT.ID.eq(DECISION_DRAFT_LINE.DRAFT_ID))
                .where(DECISION_DRAFT.YEAR_FROM.le(year), DECISION_DRAFT.YEAR_TO.ge(year),
                        DECISION_DRAFT_LINE.PERSON_ID.isNotNull().or(DECISION_DRAFT_LINE.UNIT_ID.isNotNull()))
                .orderBy(DECISION_DRAFT.ID.desc())
                .forEach(r -> {
                    boolean person = r.value1() != null;
                    out.putIfAbsent(key(person, person ? r.value1() : r.value2(), r.value3()), r.value4());
                });
        return out;
    }

    private static Map<String, ProposalProgress> dossiers(DSLContext dsl, int year) {
        Map<String, ProposalProgress> out = new HashMap<>();
        var personAgenda = dsl.select(MEETING_CANDIDATE.MEETING_ID).from(MEETING_CANDIDATE).join(PERSON)
                .on(PERSON.CODE.eq(MEETING_CANDIDATE.SUBJECT_CODE))
                .where(MEETING_CANDIDATE.DOSSIER_ID.eq(DOSSIER.ID), MEETING_CANDIDATE.SUBJECT_TYPE.eq("CA_NHAN"),
                        PERSON.ID.eq(DOSSIER_SUBJECT.PERSON_ID))
                .orderBy(MEETING_CANDIDATE.ID.desc()).limit(1).asField("person_meeting");
        var unitAgenda = dsl.select(MEETING_CANDIDATE.MEETING_ID).from(MEETING_CANDIDATE).join(UNIT)
                .on(UNIT.CODE.eq(MEETING_CANDIDATE.SUBJECT_CODE))
                .where(MEETING_CANDIDATE.DOSSIER_ID.eq(DOSSIER.ID), MEETING_CANDIDATE.SUBJECT_TYPE.eq("TAP_THE"),
                        UNIT.ID.eq(DOSSIER_SUBJECT.UNIT_ID))
                .orderBy(MEETING_CANDIDATE.ID.desc()).limit(1).asField("unit_meeting");
        dsl.select(DOSSIER_SUBJECT.PERSON_ID, DOSSIER_SUBJECT.UNIT_ID, DOSSIER.AWARD_CODE, DOSSIER.ID, DOSSIER.CODE,
                        DOSSIER_SUBJECT_VOTE.RESULT, DOSSIER_SUBJECT_VOTE.MEETING_ID, personAgenda, unitAgenda)
                .from(DOSSIER_SUBJECT).join(DOSSIER).on(DOSSIER.ID.eq(DOSSIER_SUBJECT.DOSSIER_ID))
                .leftJoin(DOSSIER_SUBJECT_VOTE).on(DOSSIER_SUBJECT_VOTE.SUBJECT_ID.eq(DOSSIER_SUBJECT.ID))
                .where(DOSSIER.ACHIEVEMENT_YEAR.eq(year),
                        DOSSIER_SUBJECT.PERSON_ID.isNotNull().or(DOSSIER_SUBJECT.UNIT_ID.isNotNull()))
                .orderBy(DOSSIER.ID.desc())
                .forEach(r -> {
                    boolean person = r.value1() != null;
                    Object agenda = person ? r.get(personAgenda) : r.get(unitAgenda);
                    Long meeting = r.value7() != null ? r.value7() : agenda == null ? null : ((Number) agenda).longValue();
                    ProposalStage voted = ProposalStage.ofCouncilResult(r.value6());
                    ProposalStage stage = voted != null ? voted : meeting != null ? ProposalStage.TRINH_HOI_DONG
                            : ProposalStage.TRONG_HO_SO;
                    out.putIfAbsent(key(person, person ? r.value1() : r.value2(), r.value3()),
                            new ProposalProgress(stage, r.value4(), r.value5(), meeting, null, null, null));
                });
        return out;
    }

    /** Inserts the proposal unless the (year, subject, title) is already proposed; returns the stored one. */
    public Proposal insert(DSLContext dsl, int year, SubjectRef subject, Title title, String by, LocalDateTime at) {
        var existing = dsl.selectFrom(REVIEW_PROPOSAL).where(key(year, subject, title)).fetchOne();
        if (existing != null) {
            return new Proposal(year, subject.type(), subject.id(), title, existing.getProposedBy(),
                    existing.getProposedAt());
        }
        boolean person = subject.type() == AwardSubject.CA_NHAN;
        String author = Session.author(by);
        dsl.insertInto(REVIEW_PROPOSAL)
                .set(REVIEW_PROPOSAL.REVIEW_YEAR, year)
                .set(REVIEW_PROPOSAL.PERSON_ID, person ? subject.id() : null)
                .set(REVIEW_PROPOSAL.UNIT_ID, person ? null : subject.id())
                .set(REVIEW_PROPOSAL.TITLE, title.name())
                .set(REVIEW_PROPOSAL.PROPOSED_BY, author)
                .set(REVIEW_PROPOSAL.PROPOSED_AT, at)
                .execute();
        return new Proposal(year, subject.type(), subject.id(), title, author, at);
    }

    /** Removes the proposal of (year, subject, title); true when there was one. */
    public boolean delete(DSLContext dsl, int year, SubjectRef subject, Title title) {
        return dsl.deleteFrom(REVIEW_PROPOSAL).where(key(year, subject, title)).execute() > 0;
    }

    private static Condition key(int year, SubjectRef subject, Title title) {
        Condition who = subject.type() == AwardSubject.CA_NHAN ? REVIEW_PROPOSAL.PERSON_ID.eq(subject.id())
                : REVIEW_PROPOSAL.UNIT_ID.eq(subject.id());
        return REVIEW_PROPOSAL.REVIEW_YEAR.eq(year).and(who).and(REVIEW_PROPOSAL.TITLE.eq(title.name()));
    }
}
