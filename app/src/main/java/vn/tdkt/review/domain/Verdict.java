package vn.tdkt.review.domain;

/** Result of checking one subject against one title. */
public enum Verdict implements vn.tdkt.common.domain.Labelled {
    ELIGIBLE("Đủ điều kiện"), NOT_ELIGIBLE("Không đủ điều kiện"), HELD("Tạm hoãn");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return new String[0];
    }
}
