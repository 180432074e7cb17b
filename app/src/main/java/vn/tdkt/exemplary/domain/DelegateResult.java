package vn.tdkt.exemplary.domain;

import vn.tdkt.common.domain.Labelled;

/** The outcome of one model in the delegate selection (the delegates command's Kết quả column, a contract). */
public enum DelegateResult implements Labelled {
    DUOC_CHON("Được chọn"),
    KHONG_DUOC_CHON("Không được chọn"),
    DONG_HANG("Đồng hạng tại điểm cắt");

    private final String label;

    DelegateResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
