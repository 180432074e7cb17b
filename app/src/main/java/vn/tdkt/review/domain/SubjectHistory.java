package vn.tdkt.review.domain;

/** What the engine knows about one subject of the review: a person or a unit with its stored history. */
public sealed interface SubjectHistory permits PersonHistory, UnitHistory {

    SubjectRef ref();
}
