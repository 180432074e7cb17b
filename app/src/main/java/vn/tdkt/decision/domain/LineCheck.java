package vn.tdkt.decision.domain;

import vn.tdkt.common.domain.Msg;

/**
 * What the review knows about one line of a decision: the engine's verdict for that subject, title and year, why it
 * is not eligible, and the stage of the proposal of that line (the thread: proposed, in a dossier, voted …).
 *
 * @param reason why the subject is not eligible, or null
 * @param stage  the proposal's stage in words, or null when nobody proposed the line
 */
public record LineCheck(Eligibility eligibility, Msg reason, Msg stage) {

    /** A line the engine does not assess and nobody proposed. */
    public static final LineCheck NOT_ASSESSED = new LineCheck(Eligibility.KHONG_DANH_GIA, null, null);

    public boolean notEligible() {
        return eligibility == Eligibility.KHONG_DU_DIEU_KIEN;
    }
}
