package vn.tdkt.council.domain;

/**
 * One line of a meeting's agenda: a person or a collective proposed for a title or form of the catalogue.
 *
 * @param id          0 for a candidate not saved yet
 * @param titleCode   award kind code of the catalogue
 * @param subjectCode person code (cá nhân) or unit code (tập thể)
 * @param fullName    name as printed on the ballot, copied from the records when added
 * @param detail      position and unit (cá nhân) or parent unit (tập thể), as printed on the ballot
 * @param dossierId   the nomination dossier, when there is one
 * @param seq         order within the title
 */
public record Candidate(long id, long meetingId, String titleCode, SubjectType subjectType, String subjectCode,
                        String fullName, String detail, Long dossierId, int seq) {
}
