package vn.tdkt.review.domain;

/**
 * Huân chương Lao động hạng Nhất for a collective: đã được tặng Huân chương Lao động hạng Nhì và 05 năm tiếp theo liên
 * tục hoàn thành xuất sắc nhiệm vụ (Luật 2003 sửa đổi 2013, Điều 42 khoản 2 điểm b, as read; NĐ 91/2017 Điều 22 for the
 * detail) to 31/12/2023; Luật 2022 Điều 42 khoản 3 from 01/01/2024. The counts of Cờ thi đua in that time are
 * parameters, 0 (the council compares) until the province enters them, as for {@link HcldNhiUnitRule}.
 */
final class HcldNhatUnitRule implements UnitRules.UnitTitleRule {

    static final String CODE = "HCLD_NHAT_TAP_THE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.HCLD_NHAT_TAP_THE;
    }

    @Override
    public Assessment assess(UnitCase u) {
        return UnitChains.higherLabourOrder(u, Title.HCLD_NHAT_TAP_THE, Title.HCLD_NHI_TAP_THE, RuleKey.HCLD_NHAT_UNIT_YEARS,
                RuleKey.HCLD_NHAT_UNIT_GOV_FLAGS, RuleKey.HCLD_NHAT_UNIT_FLAGS);
    }
}
