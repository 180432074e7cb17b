package vn.tdkt.record.domain;

import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/** Hình thức kỷ luật, from lightest to heaviest. */
public enum DisciplineForm implements Labelled {
    KHIEN_TRACH("Khiển trách"),
    CANH_CAO("Cảnh cáo"),
    HA_BAC_LUONG("Hạ bậc lương"),
    GIANG_CHUC("Giáng chức"),
    CACH_CHUC("Cách chức"),
    BUOC_THOI_VIEC("Buộc thôi việc");

    private final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** True for cảnh cáo or heavier (the threshold in the collective titles' criteria). */
    public boolean atLeastWarning() {
        return ordinal() >= CANH_CAO.ordinal();
    }

    public static Optional<DisciplineForm> parse(String text) {
        return Labelled.parse(DisciplineForm.class, text);
    }
}
