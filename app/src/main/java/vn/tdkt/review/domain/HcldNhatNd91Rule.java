package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Nhất under Luật 2003 (sửa đổi 2013) Điều 42 + NĐ 91/2017, Điều 22: đã được tặng Huân
 * chương Lao động hạng Nhì, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 04
 * sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp bộ, ngành, tỉnh (the structure of Điều 23 and 24;
 * the number is a parameter whose wording is marked unverified). No HTXSNV or CSTĐ tỉnh count: that is Luật 2022
 * Điều 42's route.
 */
final class HcldNhatNd91Rule extends ArticleRule implements TitleRule {

    static final String CODE = "ND91_D22";

    HcldNhatNd91Rule() {
        super(CODE, Title.HCLD_NHAT);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.HCLD_NHAT, Title.HCLD_NHI, RuleKey.HCLD_NHAT_YEARS, RatingLevel.HTXSNV,
                run -> List.of(LongService.initiatives(f, Title.HCLD_NHAT, run, InitiativeScope.TINH, rules,
                        RuleKey.HCLD_NHAT_INITIATIVES)));
    }
}
