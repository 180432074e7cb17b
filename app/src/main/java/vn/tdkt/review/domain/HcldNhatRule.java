package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Nhất, Luật 2022 Điều 42 khoản 1: đã được tặng "Huân chương Lao động" hạng Nhì và sau đó
 * có liên tục từ 05 năm trở lên được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có từ 03 năm trở
 * lên hoàn thành xuất sắc nhiệm vụ và 02 lần được tặng danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh — the structure
 * of Điều 43 one step up; the numbers are parameters whose wording is marked unverified (decision 76).
 */
final class HcldNhatRule extends ArticleRule implements TitleRule {

    static final String CODE = "LUAT2022_D42_K1";

    HcldNhatRule() {
        super(CODE, Title.HCLD_NHAT);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.HCLD_NHAT, Title.HCLD_NHI, RuleKey.HCLD_NHAT_YEARS, RatingLevel.HTTNV,
                run -> List.of(LongService.htxsnvYears(f, run, rules, RuleKey.HCLD_NHAT_HTXSNV),
                        LongService.cstdTinhCount(f, run, rules, RuleKey.HCLD_NHAT_CSTD_TINH)));
    }
}
