package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Bằng khen của Thủ tướng Chính phủ, Luật 2022 Điều 73 khoản 1 điểm b: đã được tặng Bằng khen của Bộ, ban, ngành,
 * tỉnh, then liên tục từ 05 năm trở lên đến thời điểm đề nghị hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có
 * 03 lần được tặng danh hiệu Chiến sĩ thi đua cơ sở.
 */
final class BkTtgRule extends ArticleRule implements TitleRule {

    static final String CODE = "LUAT2022_D73_K1B";

    BkTtgRule() {
        super(CODE, Title.BK_TTG);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.BK_TTG, Title.BK_TINH, RuleKey.BK_TTG_YEARS, RatingLevel.HTTNV,
                run -> List.of(CstdcsCount.in(f, run, rules.integer(RuleKey.BK_TTG_CSTDCS), rules.ref(RuleKey.BK_TTG_CSTDCS))));
    }
}
