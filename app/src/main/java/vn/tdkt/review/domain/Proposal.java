package vn.tdkt.review.domain;

import java.time.LocalDateTime;
import vn.tdkt.catalog.domain.AwardSubject;

/**
 * A proposal the clerk marked on the review screen: this subject is put forward for this title of the achievement
 * year, by whom and when.
 */
public record Proposal(int year, AwardSubject subjectType, long subjectId, Title title, String proposedBy,
                       LocalDateTime proposedAt) {

    /** True when the proposal is about this (subject, title). */
    public boolean concerns(SubjectRef subject, Title t) {
        return subjectType == subject.type() && subjectId == subject.id() && title == t;
    }
}
