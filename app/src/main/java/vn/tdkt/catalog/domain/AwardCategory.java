package vn.tdkt.catalog.domain;

/** Danh hiệu thi đua vs hình thức khen thưởng: never mixed. */
public enum AwardCategory {
    DANH_HIEU("Danh hiệu thi đua"), HINH_THUC("Hình thức khen thưởng");

    private final String label;

    AwardCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
