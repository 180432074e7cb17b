package vn.tdkt.movement.domain;

/** The free-text parts of the Kế hoạch, edited in the window and kept with the movement (table movement_text). */
public enum PlanPart {
    /** Further căn cứ after the parent plan's (laws, directives), one per line. */
    BASIS("movement.part.BASIS"),
    /** The sentence that opens the plan ("… xây dựng Kế hoạch …, cụ thể như sau:"). */
    INTRO("movement.part.INTRO"),
    PURPOSE("movement.part.PURPOSE"),
    REQUIREMENTS("movement.part.REQUIREMENTS"),
    /** Content before the table of sub-movements. */
    CONTENT("movement.part.CONTENT"),
    /** Tổ chức thực hiện: responsibilities, one paragraph per line. */
    ORGANISATION("movement.part.ORGANISATION"),
    /** Nơi nhận, one recipient per line. */
    COPY_TO("movement.part.COPY_TO");

    private final String key;

    PlanPart(String key) {
        this.key = key;
    }

    public String labelKey() {
        return key;
    }
}
