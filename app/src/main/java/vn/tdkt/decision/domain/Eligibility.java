package vn.tdkt.decision.domain;

import vn.tdkt.common.domain.Labelled;

/** What the review engine says about a line of a decision (English labels: {@code enum.Eligibility.*}). */
public enum Eligibility implements Labelled {
    DU_DIEU_KIEN("Đủ điều kiện"),
    KHONG_DU_DIEU_KIEN("Không đủ điều kiện"),
    KHONG_DANH_GIA("Bình xét không đánh giá");

    private final String label;

    Eligibility(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
