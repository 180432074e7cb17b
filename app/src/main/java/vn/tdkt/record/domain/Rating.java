package vn.tdkt.record.domain;

/** The yearly task-completion rating of a person (personId set) or a unit (unitId set). */
public record Rating(long id, Long personId, Long unitId, int year, RatingLevel level) {
}
