package vn.tdkt.review.domain;

import vn.tdkt.catalog.domain.AwardSubject;

/** Who an assessment is about: a person (CA_NHAN) or a unit (TAP_THE). */
public record SubjectRef(AwardSubject type, long id, String code, String name) {
}
