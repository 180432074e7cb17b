package vn.tdkt.movement.domain;

/**
 * The office's own issuer and signer, for a movement's documents when the movement names none (one imported from a
 * workbook without those columns): the authority of the council in office and the chair of that council on the
 * document's day (decision 160). Each block is taken whole — the cơ quan chủ quản and cơ quan ban hành when the movement
 * has no cơ quan ban hành, the quyền hạn, chức vụ and name when it has neither a signer's name nor a chức vụ — so that a
 * document never mixes the movement's agency with the office's.
 */
public record OfficeIssuer(String authorityParent, String authority, String place, String signerAuthority,
                           String signerTitle, String signerName) {

    /** No office settings (no council recorded): the documents keep their blanks to be filled by hand. */
    public static final OfficeIssuer NONE = new OfficeIssuer(null, null, null, null, null, null);

    /**
     * The movement's details with the blocks its movement lacks taken from the office: the one path by which the Kế
     * hoạch, the báo cáo and the công văn đôn đốc fill their header and signature (decision 160, decision 172).
     */
    public MovementDetails fill(MovementDetails d) {
        return d.with(fill(d.movement()));
    }

    /** The movement with the blocks it lacks taken from the office. */
    public Movement fill(Movement m) {
        Movement out = m;
        if (blank(m.authority()) && !blank(authority)) {
            out = out.withIssuer(authorityParent, authority, blank(m.place()) ? place : m.place());
        } else if (blank(m.place()) && !blank(place)) {
            out = out.withIssuer(m.authorityParent(), m.authority(), place);
        }
        if (blank(m.signerName()) && blank(m.signerTitle()) && !blank(signerName)) {
            out = out.withSigner(signerAuthority, signerTitle, signerName);
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
