package vn.tdkt.people.domain;

import java.util.List;
import vn.tdkt.record.domain.SubjectRecord;

/** A person's page: identity, assignments and the whole record. */
public record PersonHistory(Person person, String unitName, List<Assignment> assignments, SubjectRecord record) {
}
