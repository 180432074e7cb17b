package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Nhì, Luật 2022 Điều 43 khoản 1: đã được tặng "Huân chương Lao động" hạng Ba và sau đó có
 * liên tục từ 05 năm trở lên được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có từ 02 năm trở lên
 * được công nhận hoàn thành xuất sắc nhiệm vụ và có 01 lần được tặng danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh.
 */
final class HcldNhiRule implements TitleRule {

    static final String CODE = "LUAT2022_D43_K1";

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
        List<Integer> run = LongService.run(f, p, RatingLevel.HTTNV);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.HCLD_NHI_YEARS), RatingLevel.HTTNV, ref));
        int h = rules.integer(RuleKey.HCLD_NHI_HTXSNV);
        List<Integer> x = run.stream().filter(y -> f.rating(y) == RatingLevel.HTXSNV).toList();
        out.add(Criterion.required(msg("review.rule.htxsnvYears", n(h)), x.size() >= h,
                x.isEmpty() ? msg("review.reason.htxsnv.none") : msg("review.reason.htxsnv.years", Texts.years(x)),
                rules.ref(RuleKey.HCLD_NHI_HTXSNV), msg("review.reason.need.htxsnvMore", n(h - x.size()))));
        out.add(cstdTinhCount(f, run, rules.integer(RuleKey.HCLD_NHI_CSTD_TINH), rules.ref(RuleKey.HCLD_NHI_CSTD_TINH)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.HCLD_NHI, out, rules.basis(Title.HCLD_NHI));
    }

    /** "Trong thời gian đó có N lần đạt Chiến sĩ thi đua cấp tỉnh", counted through {@link PersonFacts#hasTitle}. */
    static Criterion cstdTinhCount(PersonFacts f, List<Integer> period, int needed, String legalRef) {
        List<Msg> cs = period.stream().filter(y -> f.hasTitle(Title.CSTD_TINH, y))
                .map(y -> f.titleEvidence(Title.CSTD_TINH, y)).toList();
        return Criterion.required(msg("review.rule.cstdTinhCount", n(needed)), cs.size() >= needed,
                cs.isEmpty() ? msg("review.reason.count.none") : msg("review.reason.count.some", n(cs.size()), Texts.comma(cs)),
                legalRef, msg("review.reason.need.cstdTinhInPeriod", n(needed - cs.size())));
    }
}
