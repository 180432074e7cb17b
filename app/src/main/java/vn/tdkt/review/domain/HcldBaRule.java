package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Huân chương Lao động hạng Ba, Luật 2022 Điều 44 khoản 1 điểm e: đã được tặng Bằng khen của Thủ tướng Chính phủ,
 * then liên tục từ 05 năm trở lên đến thời điểm đề nghị hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 01 năm
 * hoàn thành xuất sắc nhiệm vụ và 03 lần được tặng danh hiệu Chiến sĩ thi đua cơ sở.
 */
final class HcldBaRule implements TitleRule {

    static final String CODE = "LUAT2022_D44_K1E";

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
        List<Integer> run = LongService.run(f, p, RatingLevel.HTTNV);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.HCLD_BA_YEARS), RatingLevel.HTTNV, ref));
        int h = rules.integer(RuleKey.HCLD_BA_HTXSNV);
        List<Integer> x = run.stream().filter(y -> f.rating(y) == RatingLevel.HTXSNV).toList();
        out.add(Criterion.required(msg("review.rule.htxsnvYears", n(h)), x.size() >= h,
                x.isEmpty() ? msg("review.reason.htxsnv.none") : msg("review.reason.htxsnv.years", Texts.years(x)),
                rules.ref(RuleKey.HCLD_BA_HTXSNV), msg("review.reason.need.htxsnvMore", n(h - x.size()))));
        out.add(CstdcsCount.in(f, run, rules.integer(RuleKey.HCLD_BA_CSTDCS), rules.ref(RuleKey.HCLD_BA_CSTDCS)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.HCLD_BA, out, rules.basis(Title.HCLD_BA));
    }
}
