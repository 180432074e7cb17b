package vn.tdkt.exemplary.domain;

import vn.tdkt.common.domain.Labelled;

/**
 * The four stages of building an exemplary model (Kế hoạch 90/KH-UBND, I.1.b: "cả 4 khâu: phát hiện, bồi dưỡng, tổng
 * kết và nhân rộng"), in order. Forward a model goes one stage at a time; back to any earlier stage only with a
 * reason (see {@link ModelRules#checkMove}).
 */
public enum Stage implements Labelled {
    PHAT_HIEN("Phát hiện"),
    BOI_DUONG("Bồi dưỡng"),
    TONG_KET("Tổng kết"),
    NHAN_RONG("Nhân rộng");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The stage after this one, or null for the last. */
    public Stage next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    public boolean isBefore(Stage other) {
        return ordinal() < other.ordinal();
    }
}
