package vn.tdkt.review.domain;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Lao động tiên tiến (Luật 2022 Điều 24 khoản 1; Luật 2003 Điều 24): hoàn thành tốt nhiệm vụ trở lên, with the
 * working time of a new hire (NĐ 91/2017 Điều 10: 10 tháng; Thông tư 01/2024/TT-BNV: 06 tháng), no discipline in the
 * counted time, nothing holding the review.
 */
final class LdttRule implements TitleRule {

    static final String CODE = "LDTT_D24";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.LDTT;
    }

    /** The LĐTT standard without discipline and hold (CSTĐCS builds on it). */
    static List<Criterion> standard(PersonFacts f, RuleSet rules) {
        List<Criterion> out = new ArrayList<>(4);
        if (rules.flag(RuleKey.LDTT_REQUIRES_HTTNV)) {
            out.add(PersonCriteria.ratingAtLeast(f, RatingLevel.HTTNV, rules.ref(RuleKey.LDTT_REQUIRES_HTTNV)));
        }
        out.add(PersonCriteria.service(f, rules));
        return out;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        List<Criterion> out = standard(f, rules);
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.LDTT, out, rules.basis(Title.LDTT));
    }
}
