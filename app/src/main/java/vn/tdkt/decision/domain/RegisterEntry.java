package vn.tdkt.decision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the decision register: a recorded decision, or a decision number found only in the imported award
 * history (no decision record; {@code decisionId} null, the money computed by the same rules as its award list).
 *
 * @param authority  who decided
 * @param subject    trích yếu of a recorded decision, empty for an imported one
 * @param kindNames  the danh hiệu/hình thức given, in list order, each once
 * @param recipients number of lines (people, units, households)
 * @param total      bonus money as decided (revocations made later do not change it)
 * @param revoked    number of lines revoked since
 * @param overrides  number of lines kept although the review found them not eligible (each with its reason)
 */
public record RegisterEntry(Long decisionId, String decisionNo, LocalDate decisionDate, String authority,
                            String subject, List<String> kindNames, int recipients, long total, int revoked, int overrides) {

    public RegisterEntry {
        kindNames = List.copyOf(kindNames);
    }

    /** An entry with no override. */
    public RegisterEntry(Long decisionId, String decisionNo, LocalDate decisionDate, String authority, String subject,
                         List<String> kindNames, int recipients, long total, int revoked) {
        this(decisionId, decisionNo, decisionDate, authority, subject, kindNames, recipients, total, revoked, 0);
    }

    /** True for a decision recorded through the application (it has a .docx and a signer). */
    public boolean recorded() {
        return decisionId != null;
    }
}
