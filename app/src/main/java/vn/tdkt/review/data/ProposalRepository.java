package vn.tdkt.review.data;

import static vn.tdkt.common.data.jooq.Tables.REVIEW_PROPOSAL;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;

/** Reads and writes the review proposals (review_proposal, V8). */
public final class ProposalRepository {

    /** Every proposal of an achievement year. */
    public List<Proposal> ofYear(DSLContext dsl, int year) {
        return dsl.selectFrom(REVIEW_PROPOSAL).where(REVIEW_PROPOSAL.REVIEW_YEAR.eq(year)).orderBy(REVIEW_PROPOSAL.ID)
                .fetch(r -> new Proposal(r.getReviewYear(),
                        r.getPersonId() != null ? AwardSubject.CA_NHAN : AwardSubject.TAP_THE,
                        r.getPersonId() != null ? r.getPersonId() : r.getUnitId(), Title.valueOf(r.getTitle()),
                        r.getProposedBy(), r.getProposedAt()));
    }

    /** Inserts the proposal unless the (year, subject, title) is already proposed; returns the stored one. */
    public Proposal insert(DSLContext dsl, int year, SubjectRef subject, Title title, String by, LocalDateTime at) {
        var existing = dsl.selectFrom(REVIEW_PROPOSAL).where(key(year, subject, title)).fetchOne();
        if (existing != null) {
            return new Proposal(year, subject.type(), subject.id(), title, existing.getProposedBy(),
                    existing.getProposedAt());
        }
        boolean person = subject.type() == AwardSubject.CA_NHAN;
        dsl.insertInto(REVIEW_PROPOSAL)
                .set(REVIEW_PROPOSAL.REVIEW_YEAR, year)
                .set(REVIEW_PROPOSAL.PERSON_ID, person ? subject.id() : null)
                .set(REVIEW_PROPOSAL.UNIT_ID, person ? null : subject.id())
                .set(REVIEW_PROPOSAL.TITLE, title.name())
                .set(REVIEW_PROPOSAL.PROPOSED_BY, by)
                .set(REVIEW_PROPOSAL.PROPOSED_AT, at)
                .execute();
        return new Proposal(year, subject.type(), subject.id(), title, by, at);
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
