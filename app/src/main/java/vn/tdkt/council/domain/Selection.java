package vn.tdkt.council.domain;

/** What the tally decides for a candidate once the threshold and the quota are applied. */
public enum Selection {
    /** Reached the threshold and fits within the quota (or there is no quota). */
    SELECTED("Được đề nghị"),
    /** Reached the threshold but ranks after the quota is filled. */
    BEYOND_QUOTA("Vượt chỉ tiêu"),
    /** Reached the threshold with the same votes as others at the quota cut: the chair decides or a new round. */
    TIED_AT_CUT("Đồng hạng tại điểm cắt"),
    /** Did not reach the threshold. */
    NOT_REACHED("Không đạt ngưỡng");

    private final String label;

    Selection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
