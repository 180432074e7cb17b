package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Ba, Luật 2022 Điều 44 khoản 1 điểm e: đã được tặng Bằng khen của Thủ tướng Chính phủ,
 * then liên tục từ 05 năm trở lên đến thời điểm đề nghị hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 01 năm
 * hoàn thành xuất sắc nhiệm vụ và 03 lần được tặng danh hiệu Chiến sĩ thi đua cơ sở.
 */
final class HcldBaRule extends ArticleRule implements TitleRule {

    static final String CODE = "LUAT2022_D44_K1E";

    HcldBaRule() {
        super(CODE, Title.HCLD_BA);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.HCLD_BA, Title.BK_TTG, RuleKey.HCLD_BA_YEARS, RatingLevel.HTTNV,
                run -> List.of(LongService.htxsnvYears(f, run, rules, RuleKey.HCLD_BA_HTXSNV),
                        CstdcsCount.in(f, run, rules.integer(RuleKey.HCLD_BA_CSTDCS), rules.ref(RuleKey.HCLD_BA_CSTDCS))));
    }
}
