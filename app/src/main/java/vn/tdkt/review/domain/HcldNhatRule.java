package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Nhất, Luật 2022 Điều 42 khoản 1: đã được tặng "Huân chương Lao động" hạng Nhì và sau đó
 * có liên tục từ 05 năm trở lên được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có từ 03 năm trở
 * lên hoàn thành xuất sắc nhiệm vụ và 02 lần được tặng danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh — the structure
 * of Điều 43 one step up; the numbers are parameters whose wording is marked unverified (decision 76).
 */
final class HcldNhatRule implements TitleRule {

    static final String CODE = "LUAT2022_D42_K1";

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
        List<Integer> run = LongService.run(f, p, RatingLevel.HTTNV);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.HCLD_NHAT_YEARS), RatingLevel.HTTNV, ref));
        int h = rules.integer(RuleKey.HCLD_NHAT_HTXSNV);
        List<Integer> x = run.stream().filter(y -> f.rating(y) == RatingLevel.HTXSNV).toList();
        out.add(Criterion.required(msg("review.rule.htxsnvYears", n(h)), x.size() >= h,
                x.isEmpty() ? msg("review.reason.htxsnv.none") : msg("review.reason.htxsnv.years", Texts.years(x)),
                rules.ref(RuleKey.HCLD_NHAT_HTXSNV), msg("review.reason.need.htxsnvMore", n(h - x.size()))));
        out.add(HcldNhiRule.cstdTinhCount(f, run, rules.integer(RuleKey.HCLD_NHAT_CSTD_TINH),
                rules.ref(RuleKey.HCLD_NHAT_CSTD_TINH)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.HCLD_NHAT, out, rules.basis(Title.HCLD_NHAT));
    }
}
