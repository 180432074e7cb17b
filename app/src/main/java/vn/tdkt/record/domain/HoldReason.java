package vn.tdkt.record.domain;

import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/**
 * Why a person's commendation is on hold (NĐ 152/2025/NĐ-CP, Điều 4 khoản 4: chưa xét khen thưởng khi đang bị xem xét
 * kỷ luật, điều tra, thanh tra, kiểm tra, hoặc có đơn thư khiếu nại, tố cáo đang được xác minh).
 */
public enum HoldReason implements Labelled {
    XEM_XET_KY_LUAT("Đang bị xem xét kỷ luật"),
    DIEU_TRA("Đang bị điều tra"),
    THANH_TRA("Đang bị thanh tra"),
    KIEM_TRA("Đang bị kiểm tra"),
    KHIEU_NAI_TO_CAO("Có đơn thư khiếu nại, tố cáo đang được xác minh");

    private final String label;

    HoldReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<HoldReason> parse(String text) {
        return Labelled.parse(HoldReason.class, text);
    }
}
