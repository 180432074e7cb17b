package vn.tdkt.review.domain;

import vn.tdkt.common.domain.Labelled;

/** Result of checking one subject against one title (English labels: {@code enum.Verdict.*}). */
public enum Verdict implements Labelled {
    ELIGIBLE("Đủ điều kiện"), NOT_ELIGIBLE("Không đủ điều kiện"), HELD("Tạm hoãn"),
    /** The data meets every checkable criterion but the decisive one is the council's judgement (issue #8). */
    NOT_ASSESSED("Chưa đánh giá được");

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
