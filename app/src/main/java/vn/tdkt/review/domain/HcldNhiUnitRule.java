package vn.tdkt.review.domain;

/**
 * Huân chương Lao động hạng Nhì for a collective: đã được tặng Huân chương Lao động hạng Ba, then 05 năm liên tục
 * hoàn thành xuất sắc nhiệm vụ, with a number of Cờ thi đua in that time. Luật 2003 (sửa đổi 2013) Điều 43 khoản 2 +
 * NĐ 91/2017 Điều 23 for achievements to 31/12/2023; Luật 2022 Điều 43 khoản 3 from 01/01/2024 (the clause of the
 * collective: khoản 1 is the individual, khoản 2 the worker and farmer, decision 108). The same structure in both
 * texts; the counts of Cờ thi đua were not read in either text, so they are parameters that are 0 until the province
 * enters them ({@link UnitChains#higherLabourOrder}): until then the council compares the flags the engine lists.
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
                RuleKey.HCLD_NHI_UNIT_GOV_FLAGS, RuleKey.HCLD_NHI_UNIT_FLAGS);
    }
}
