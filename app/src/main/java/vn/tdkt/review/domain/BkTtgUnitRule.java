package vn.tdkt.review.domain;

import java.util.List;

/**
 * Bằng khen của Thủ tướng Chính phủ for a collective, Luật 2022 Điều 73 khoản 3 (the collective's clause, decision
 * 114): đã được tặng Bằng khen của bộ, ban, ngành, tỉnh và sau đó có liên tục từ 05 năm trở lên hoàn thành xuất sắc
 * nhiệm vụ, trong thời gian đó có 01 lần đạt "Tập thể lao động xuất sắc" (wording marked unverified, decision 76;
 * the numbers are parameters). The other routes of the clause (an outstanding achievement in a movement, đột xuất)
 * are the council's.
 */
final class BkTtgUnitRule extends ArticleRule implements UnitRules.UnitTitleRule {

    static final String CODE = "LUAT2022_D73_K2";

    BkTtgUnitRule() {
        super(CODE, Title.BK_TTG_TAP_THE);
    }

    @Override
    public Assessment assess(UnitCase u) {
        RuleSet rules = u.rules();
        return UnitChains.chain(u, Title.BK_TTG_TAP_THE, Title.BK_TINH_TAP_THE, RuleKey.BK_TTG_UNIT_YEARS,
                run -> List.of(UnitChains.titleCount(u, run, Title.TTLDXS, u.excellentNow(),
                        rules.integer(RuleKey.BK_TTG_UNIT_TTLDXS), rules.ref(RuleKey.BK_TTG_UNIT_TTLDXS))));
    }
}
