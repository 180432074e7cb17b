package vn.tdkt.council.domain;

/**
 * What the records say about a candidate's subject, copied onto the agenda.
 *
 * @param detail position and unit of a person, or the parent unit of a collective (may be empty)
 */
public record SubjectInfo(String name, String detail) {
}
