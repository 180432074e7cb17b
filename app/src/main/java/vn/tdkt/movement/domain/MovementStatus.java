package vn.tdkt.movement.domain;

import java.util.List;
import vn.tdkt.common.domain.Labelled;

/**
 * Where a movement stands: dự thảo → phát động → đang triển khai → sơ kết → tổng kết. Moves go forward only, one
 * step at a time, except that a movement without a mid-term review goes from đang triển khai straight to tổng kết.
 */
public enum MovementStatus implements Labelled {
    DU_THAO("Dự thảo"),
    PHAT_DONG("Phát động"),
    DANG_TRIEN_KHAI("Đang triển khai"),
    SO_KET("Sơ kết"),
    TONG_KET("Tổng kết");

    private final String label;

    MovementStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public List<MovementStatus> next() {
        return switch (this) {
            case DU_THAO -> List.of(PHAT_DONG);
            case PHAT_DONG -> List.of(DANG_TRIEN_KHAI);
            case DANG_TRIEN_KHAI -> List.of(SO_KET, TONG_KET);
            case SO_KET -> List.of(TONG_KET);
            case TONG_KET -> List.of();
        };
    }

    public boolean canMoveTo(MovementStatus target) {
        return next().contains(target);
    }

    /** Launched and not yet closed: its milestones count on the start screen and in the deadlines. */
    public boolean running() {
        return this != DU_THAO && this != TONG_KET;
    }
}
