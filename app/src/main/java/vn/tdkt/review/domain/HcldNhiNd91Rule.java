package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Nhì under Luật 2003 (sửa đổi 2013) Điều 43 + NĐ 91/2017, Điều 23: đã được tặng Huân chương
 * Lao động hạng Ba, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 03 sáng kiến
 * được công nhận và áp dụng hiệu quả trong phạm vi cấp bộ, ngành, tỉnh (the structure of Điều 24 one step up; the
 * number is a parameter whose wording is marked unverified). No CSTĐ tỉnh count: that route is Luật 2022 Điều 43's.
 */
final class HcldNhiNd91Rule implements TitleRule {

    static final String CODE = "ND91_D23";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.HCLD_NHI;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String ref = rules.ref(RuleKey.HCLD_NHI_YEARS);
        LongService.Period p = LongService.period(f, Title.HCLD_NHI, Title.HCLD_BA);
        List<Integer> run = LongService.run(f, p, RatingLevel.HTXSNV);
        int from = run.isEmpty() ? f.year : run.get(0);
        int q = rules.integer(RuleKey.HCLD_NHI_INITIATIVES);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.HCLD_NHI_YEARS), RatingLevel.HTXSNV, ref));
        out.add(InitiativeCriterion.of(f, Title.HCLD_NHI, i -> i.year() >= from && i.year() <= f.year
                        && i.scope().atLeast(InitiativeScope.TINH), q,
                msg("review.rule.initiativesTinh", n(q)), msg("review.reason.scope.tinh"),
                rules.ref(RuleKey.HCLD_NHI_INITIATIVES)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.HCLD_NHI, out, rules.basis(Title.HCLD_NHI));
    }
}
