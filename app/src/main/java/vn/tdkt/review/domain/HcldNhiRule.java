package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Nhì, Luật 2022 Điều 43 khoản 1: đã được tặng "Huân chương Lao động" hạng Ba và sau đó có
 * liên tục từ 05 năm trở lên được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có từ 02 năm trở lên
 * được công nhận hoàn thành xuất sắc nhiệm vụ và có 01 lần được tặng danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh.
 */
final class HcldNhiRule extends ArticleRule implements TitleRule {

    static final String CODE = "LUAT2022_D43_K1";

    HcldNhiRule() {
        super(CODE, Title.HCLD_NHI);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.HCLD_NHI, Title.HCLD_BA, RuleKey.HCLD_NHI_YEARS, RatingLevel.HTTNV,
                run -> List.of(LongService.htxsnvYears(f, run, rules, RuleKey.HCLD_NHI_HTXSNV),
                        LongService.cstdTinhCount(f, run, rules, RuleKey.HCLD_NHI_CSTD_TINH)));
    }
}
