package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Nhì under Luật 2003 (sửa đổi 2013) Điều 43 + NĐ 91/2017, Điều 23: đã được tặng Huân chương
 * Lao động hạng Ba, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 03 sáng kiến
 * được công nhận và áp dụng hiệu quả trong phạm vi cấp bộ, ngành, tỉnh (the structure of Điều 24 one step up; the
 * number is a parameter whose wording is marked unverified). No CSTĐ tỉnh count: that route is Luật 2022 Điều 43's.
 */
final class HcldNhiNd91Rule extends ArticleRule implements TitleRule {

    static final String CODE = "ND91_D23";

    HcldNhiNd91Rule() {
        super(CODE, Title.HCLD_NHI);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return LongService.chain(f, rules, Title.HCLD_NHI, Title.HCLD_BA, RuleKey.HCLD_NHI_YEARS, RatingLevel.HTXSNV,
                run -> List.of(LongService.initiatives(f, Title.HCLD_NHI, run, InitiativeScope.TINH, rules,
                        RuleKey.HCLD_NHI_INITIATIVES)));
    }
}
