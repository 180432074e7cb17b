package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Bằng khen của Thủ tướng Chính phủ under Luật 2003 + NĐ 91/2017, Điều 38 khoản 1 điểm c: đã được tặng Bằng khen cấp
 * bộ, ngành, tỉnh, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 05 sáng kiến được
 * công nhận và áp dụng hiệu quả trong phạm vi cơ sở (no CSTĐCS count: that route is Luật 2022 Điều 73 khoản 1 điểm b).
 */
final class BkTtgNd91Rule implements TitleRule {

    static final String CODE = "ND91_D38_K1C";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.BK_TTG;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String ref = rules.ref(RuleKey.BK_TTG_YEARS);
        LongService.Period p = LongService.period(f, Title.BK_TTG, Title.BK_TINH);
        List<Integer> run = LongService.run(f, p, RatingLevel.HTXSNV);
        int from = run.isEmpty() ? f.year : run.get(0);
        int q = rules.integer(RuleKey.BK_TTG_INITIATIVES);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.BK_TTG_YEARS), RatingLevel.HTXSNV, ref));
        out.add(InitiativeCriterion.of(f, Title.BK_TTG, i -> i.year() >= from && i.year() <= f.year, q,
                msg("review.rule.initiativesCoSo", n(q)), msg("review.reason.scope.coSo"), rules.ref(RuleKey.BK_TTG_INITIATIVES)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.BK_TTG, out, rules.basis(Title.BK_TTG));
    }
}
