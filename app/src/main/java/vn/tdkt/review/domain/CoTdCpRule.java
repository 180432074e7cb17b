package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Cờ thi đua của Chính phủ, Luật 2022 Điều 25 — one of: khoản 1, the collective chosen among those leading the cụm,
 * khối thi đua organised by the province in the year, with tasks completed with excellence (the choice of the most
 * outstanding is the council's: the review checks that the collective is among them); khoản 3, the collective leading
 * a chuyên đề movement launched by the Thủ tướng Chính phủ of 05 years or more, at its summing-up.
 */
final class CoTdCpRule extends ArticleRule implements UnitRules.UnitTitleRule {

    static final String CODE = "LUAT2022_D25";

    CoTdCpRule() {
        super(CODE, Title.CO_TD_CP);
    }

    @Override
    public Assessment assess(UnitCase u) {
        RuleSet rules = u.rules();
        Criterion k1 = u.blocLeader(u.unitRating(RatingLevel.HTXSNV, Title.CO_TD_CP), Title.CO_TD_CP);
        Criterion k3 = u.nationalMovementLeader(rules.integer(RuleKey.CO_TD_CP_MOVEMENT_YEARS),
                rules.ref(RuleKey.CO_TD_CP_MOVEMENT_YEARS));
        return u.assessment(Title.CO_TD_CP, List.of(k1, k3), rules.basis(Title.CO_TD_CP));
    }
}
