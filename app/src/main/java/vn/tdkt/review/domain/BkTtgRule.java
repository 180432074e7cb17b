package vn.tdkt.review.domain;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Bằng khen của Thủ tướng Chính phủ, Luật 2022 Điều 73 khoản 1 điểm b: đã được tặng Bằng khen của Bộ, ban, ngành,
 * tỉnh, then liên tục từ 05 năm trở lên đến thời điểm đề nghị hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có
 * 03 lần được tặng danh hiệu Chiến sĩ thi đua cơ sở.
 */
final class BkTtgRule implements TitleRule {

    static final String CODE = "LUAT2022_D73_K1B";

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
        List<Integer> run = LongService.run(f, p, RatingLevel.HTTNV);
        List<Criterion> out = new ArrayList<>();
        out.add(LongService.prerequisite(f, p, ref));
        out.add(LongService.runCriterion(f, p, run, rules.integer(RuleKey.BK_TTG_YEARS), RatingLevel.HTTNV, ref));
        out.add(CstdcsCount.in(f, run, rules.integer(RuleKey.BK_TTG_CSTDCS), rules.ref(RuleKey.BK_TTG_CSTDCS)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.BK_TTG, out, rules.basis(Title.BK_TTG));
    }
}
