package vn.tdkt.review.domain;

import java.util.List;

/**
 * Bằng khen của Thủ tướng Chính phủ for a collective under Luật 2003 Điều 71 + NĐ 91/2017 Điều 38 khoản 3 (decision 108): đã được
 * tặng Bằng khen cấp bộ, ngành, tỉnh, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ (wording marked
 * unverified, decision 76). No count of Tập thể lao động xuất sắc: that is Luật 2022 Điều 73 khoản 3's route. Before
 * 01/10/2017 the same structure with a flag: "trong thời gian đó có 01 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh,
 * đoàn thể trung ương" (điểm c khoản 3 Điều 23 Nghị định số 65/2014/NĐ-CP, read): {@link RuleKey#BK_TTG_UNIT_FLAGS},
 * 0 where the text asks none.
 */
final class BkTtgUnitNd91Rule extends ArticleRule implements UnitRules.UnitTitleRule {

    static final String CODE = "ND91_D38_K2";

    BkTtgUnitNd91Rule() {
        super(CODE, Title.BK_TTG_TAP_THE);
    }

    @Override
    public Assessment assess(UnitCase u) {
        RuleSet rules = u.rules();
        int flags = rules.integer(RuleKey.BK_TTG_UNIT_FLAGS);
        return UnitChains.chain(u, Title.BK_TTG_TAP_THE, Title.BK_TINH_TAP_THE, RuleKey.BK_TTG_UNIT_YEARS,
                run -> flags > 0 ? List.of(UnitChains.titleCount(u, run, Title.CO_TD_TINH, u.flagAssessment().eligible(),
                        flags, rules.ref(RuleKey.BK_TTG_UNIT_FLAGS))) : List.of());
    }
}
