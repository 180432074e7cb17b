package vn.tdkt.review.domain;

import java.util.List;

/**
 * Bằng khen của Thủ tướng Chính phủ for a collective under Luật 2003 Điều 71 + NĐ 91/2017 Điều 38 khoản 3 (decision 108): đã được
 * tặng Bằng khen cấp bộ, ngành, tỉnh, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ (wording marked
 * unverified, decision 76). No count of Tập thể lao động xuất sắc: that is Luật 2022 Điều 73 khoản 3's route.
 */
final class BkTtgUnitNd91Rule implements UnitRules.UnitTitleRule {

    static final String CODE = "ND91_D38_K2";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.BK_TTG_TAP_THE;
    }

    @Override
    public Assessment assess(UnitCase u) {
        RuleSet rules = u.rules();
        String ref = rules.ref(RuleKey.BK_TTG_UNIT_YEARS);
        UnitChains.Period p = UnitChains.period(u, Title.BK_TTG_TAP_THE, Title.BK_TINH_TAP_THE);
        List<Integer> run = UnitChains.run(u, p);
        return u.assessment(Title.BK_TTG_TAP_THE, List.of(UnitChains.prerequisite(u, p, ref),
                UnitChains.runCriterion(u, p, run, rules.integer(RuleKey.BK_TTG_UNIT_YEARS), ref)),
                rules.basis(Title.BK_TTG_TAP_THE));
    }
}
