package vn.tdkt.review.domain;

/**
 * A ticked row of the review as the thread's commands take it: the subject, the title and the unit it is counted in
 * (the person's unit, or the collective itself).
 */
public record ProposalPick(SubjectRef subject, Title title, long unitId) {
}
