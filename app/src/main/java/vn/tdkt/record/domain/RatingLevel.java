package vn.tdkt.record.domain;

import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/** Mức độ hoàn thành nhiệm vụ, from best to worst. */
public enum RatingLevel implements Labelled {
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ"),
    HTTNV("Hoàn thành tốt nhiệm vụ"),
    HTNV("Hoàn thành nhiệm vụ"),
    KHTNV("Không hoàn thành nhiệm vụ");

    private final String label;

    RatingLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return new String[] {name()};
    }

    /** True when this rating is at least {@code other} (HTXSNV ≥ HTTNV ≥ HTNV ≥ KHTNV). */
    public boolean atLeast(RatingLevel other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<RatingLevel> parse(String text) {
        return Labelled.parse(RatingLevel.class, text);
    }
}
