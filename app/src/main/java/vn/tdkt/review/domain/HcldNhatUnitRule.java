package vn.tdkt.review.domain;

/**
 * Huân chương Lao động hạng Nhất for a collective: đã được tặng Huân chương Lao động hạng Nhì và 05 năm tiếp theo liên
 * tục hoàn thành xuất sắc nhiệm vụ. Before 01/10/2017 điểm b khoản 4 Điều 15 Nghị định số 65/2014/NĐ-CP (read: 01 Cờ thi
 * đua của Chính phủ và 02 Cờ thi đua, hoặc 04 Cờ thi đua; decision 127); Luật 2003 (sửa đổi 2013) Điều 42 khoản 2 điểm b
 * + NĐ 91/2017 Điều 22 to 31/12/2023; Luật 2022 Điều 42 from 01/01/2024 (clause not read, decision 129). The counts of
 * the later texts are parameters, 0 (the council compares) until the province enters them, as for {@link HcldNhiUnitRule}.
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
                RuleKey.HCLD_NHAT_UNIT_GOV_FLAGS, RuleKey.HCLD_NHAT_UNIT_FLAGS_WITH_GOV,
                RuleKey.HCLD_NHAT_UNIT_FLAGS);
    }
}
