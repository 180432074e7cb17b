package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Ba under Luật 2003 + NĐ 91/2017, Điều 24: đã được tặng Bằng khen của Thủ tướng Chính
 * phủ, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công
 * nhận và áp dụng hiệu quả trong phạm vi cấp bộ, ngành, tỉnh (no CSTĐCS count: that route is Luật 2022 Điều 44 khoản 1
 * điểm e).
 */
final class HcldBaNd91Rule extends ArticleRule implements TitleRule {

    static final String CODE = "ND91_D24";

    HcldBaNd91Rule() {
        super(CODE, Title.HCLD_BA);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.HCLD_BA, Title.BK_TTG, RuleKey.HCLD_BA_YEARS, RatingLevel.HTXSNV,
                run -> List.of(LongService.initiatives(f, Title.HCLD_BA, run, InitiativeScope.TINH, rules,
                        RuleKey.HCLD_BA_INITIATIVES)));
    }
}
