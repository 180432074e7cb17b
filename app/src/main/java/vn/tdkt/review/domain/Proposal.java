package vn.tdkt.review.domain;

import java.time.LocalDateTime;
import vn.tdkt.catalog.domain.AwardSubject;

/**
 * A proposal the clerk marked on the review screen: this subject is put forward for this title of the achievement
 * year, by whom and when, and how far it has gone (dossier, council, decision).
 */
public record Proposal(int year, AwardSubject subjectType, long subjectId, Title title, String proposedBy,
                       LocalDateTime proposedAt, ProposalProgress progress) {

    public Proposal {
        progress = progress == null ? ProposalProgress.PROPOSED : progress;
    }

    /** A proposal with nothing further yet. */
    public Proposal(int year, AwardSubject subjectType, long subjectId, Title title, String proposedBy,
                    LocalDateTime proposedAt) {
        this(year, subjectType, subjectId, title, proposedBy, proposedAt, ProposalProgress.PROPOSED);
    }

    /** True when the proposal is about this (subject, title). */
    public boolean concerns(SubjectRef subject, Title t) {
        return subjectType == subject.type() && subjectId == subject.id() && title == t;
    }

    public ProposalStage stage() {
        return progress.stage();
    }
}
