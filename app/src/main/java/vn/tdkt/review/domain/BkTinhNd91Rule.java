package vn.tdkt.review.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Bằng khen cấp tỉnh for a person under Luật 2003 + NĐ 91/2017 (Bằng khen cấp bộ, ngành, tỉnh): 02 năm liên tục hoàn
 * thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận, áp dụng hiệu quả trong phạm vi cơ sở.
 * The "02 lần liên tục CSTĐCS" route is Luật 2022 Điều 74 khoản 1 điểm d only.
 */
final class BkTinhNd91Rule extends ArticleRule implements TitleRule {

    static final String CODE = "ND91_BK_TINH";

    BkTinhNd91Rule() {
        super(CODE, Title.BK_TINH);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        int floor = f.floorAfter(f.lastEarlier(Title.BK_TINH.kindCode()));
        List<Criterion> out = new ArrayList<>();
        out.add(BkTinhRule.excellentYears(f, rules, floor, Criterion.Role.REQUIRED));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.BK_TINH, out, rules.basis(Title.BK_TINH));
    }
}
