package vn.tdkt.catalog.domain;

import vn.tdkt.common.domain.Labelled;

/** Danh hiệu thi đua vs hình thức khen thưởng: never mixed. */
public enum AwardCategory implements Labelled {
    DANH_HIEU("Danh hiệu thi đua"), HINH_THUC("Hình thức khen thưởng");

    private final String label;

    AwardCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
