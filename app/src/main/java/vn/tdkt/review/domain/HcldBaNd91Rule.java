package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Ba under Luật 2003 + NĐ 91/2017, Điều 24: đã được tặng Bằng khen của Thủ tướng Chính
 * phủ, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công
 * nhận và áp dụng hiệu quả trong phạm vi cấp bộ, ngành, tỉnh (no CSTĐCS count: that route is Luật 2022 Điều 44 khoản 1
 * điểm e).
 */
final class HcldBaNd91Rule implements TitleRule {

    static final String CODE = "ND91_D24";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.HCLD_BA;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String ref = rules.ref(RuleKey.HCLD_BA_YEARS);
        LongService.Period p = LongService.period(f, Title.HCLD_BA, Title.BK_TTG);
        List<Integer> run = LongService.run(f, p, RatingLevel.HTXSNV);
        int from = run.isEmpty() ? f.year : run.get(0);
        int q = rules.integer(RuleKey.HCLD_BA_INITIATIVES);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.HCLD_BA_YEARS), RatingLevel.HTXSNV, ref));
        out.add(InitiativeCriterion.of(f, Title.HCLD_BA, i -> i.year() >= from && i.year() <= f.year
                        && i.scope().atLeast(InitiativeScope.TINH), q,
                msg("review.rule.initiativesTinh", n(q)), msg("review.reason.scope.tinh"), rules.ref(RuleKey.HCLD_BA_INITIATIVES)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.HCLD_BA, out, rules.basis(Title.HCLD_BA));
    }
}
