package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Bằng khen của Thủ tướng Chính phủ under Luật 2003 + NĐ 91/2017, Điều 38 khoản 1 điểm c: đã được tặng Bằng khen cấp
 * bộ, ngành, tỉnh, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 05 sáng kiến được
 * công nhận và áp dụng hiệu quả trong phạm vi cơ sở (no CSTĐCS count: that route is Luật 2022 Điều 73 khoản 1 điểm b).
 */
final class BkTtgNd91Rule extends ArticleRule implements TitleRule {

    static final String CODE = "ND91_D38_K1C";

    BkTtgNd91Rule() {
        super(CODE, Title.BK_TTG);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.BK_TTG, Title.BK_TINH, RuleKey.BK_TTG_YEARS, RatingLevel.HTXSNV,
                run -> List.of(LongService.initiatives(f, Title.BK_TTG, run, InitiativeScope.CO_SO, rules,
                        RuleKey.BK_TTG_INITIATIVES)));
    }
}
