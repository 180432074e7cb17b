package vn.tdkt.record.domain;

import java.util.List;

/** Everything recorded about a person or a unit: ratings, discipline, initiatives and awards, oldest first. */
public record SubjectRecord(List<Rating> ratings, List<Discipline> disciplines, List<Initiative> initiatives,
                            List<Award> awards) {
}
