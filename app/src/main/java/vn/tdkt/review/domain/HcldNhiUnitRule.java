package vn.tdkt.review.domain;

/**
 * Huân chương Lao động hạng Nhì for a collective: đã được tặng Huân chương Lao động hạng Ba, then 05 năm liên tục
 * hoàn thành xuất sắc nhiệm vụ, with a number of Cờ thi đua in that time. Before 01/10/2017 the counts of điểm b khoản 4
 * Điều 16 Nghị định số 65/2014/NĐ-CP (read: 01 Cờ thi đua của Chính phủ và 01 Cờ thi đua, hoặc 03 Cờ thi đua; decision
 * 136); Luật 2003 (sửa đổi 2013) Điều 43 + NĐ 91/2017 Điều 23 to 31/12/2023 and Luật 2022 Điều 43 from 01/01/2024 (the
 * collective's clause not read, decision 129): their counts were not found, so they are parameters at 0 until the
 * province enters them ({@link UnitChains#higherLabourOrder}): until then the council compares the flags the engine lists.
 */
final class HcldNhiUnitRule implements UnitRules.UnitTitleRule {

    static final String CODE = "HCLD_NHI_TAP_THE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.HCLD_NHI_TAP_THE;
    }

    @Override
    public Assessment assess(UnitCase u) {
        return UnitChains.higherLabourOrder(u, Title.HCLD_NHI_TAP_THE, Title.HCLD_BA_TAP_THE, RuleKey.HCLD_NHI_UNIT_YEARS,
                RuleKey.HCLD_NHI_UNIT_GOV_FLAGS, RuleKey.HCLD_NHI_UNIT_FLAGS_WITH_GOV,
                RuleKey.HCLD_NHI_UNIT_FLAGS);
    }
}
