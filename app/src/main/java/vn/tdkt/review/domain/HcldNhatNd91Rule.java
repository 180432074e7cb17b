package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
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
final class HcldNhatNd91Rule implements TitleRule {

    static final String CODE = "ND91_D22";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.HCLD_NHAT;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String ref = rules.ref(RuleKey.HCLD_NHAT_YEARS);
        LongService.Period p = LongService.period(f, Title.HCLD_NHAT, Title.HCLD_NHI);
        List<Integer> run = LongService.run(f, p, RatingLevel.HTXSNV);
        int from = run.isEmpty() ? f.year : run.get(0);
        int q = rules.integer(RuleKey.HCLD_NHAT_INITIATIVES);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.HCLD_NHAT_YEARS), RatingLevel.HTXSNV, ref));
        out.add(InitiativeCriterion.of(f, Title.HCLD_NHAT, i -> i.year() >= from && i.year() <= f.year
                        && i.scope().atLeast(InitiativeScope.TINH), q,
                msg("review.rule.initiativesTinh", n(q)), msg("review.reason.scope.tinh"),
                rules.ref(RuleKey.HCLD_NHAT_INITIATIVES)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.HCLD_NHAT, out, rules.basis(Title.HCLD_NHAT));
    }
}
