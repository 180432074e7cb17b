package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Cờ thi đua của Chính phủ under Luật 2003 Điều 25 + NĐ 91/2017 Điều 11: the most outstanding collective of the
 * province's emulation movement, chosen among the collectives awarded the Cờ thi đua of the province for the year,
 * having exceeded its targets (read as a rating of Hoàn thành xuất sắc nhiệm vụ). The 20 % cap of NĐ 91 Điều 11 is
 * the council's count of the proposals and is not applied here.
 */
final class CoTdCpNd91Rule extends ArticleRule implements UnitRules.UnitTitleRule {

    static final String CODE = "ND91_D11";

    CoTdCpNd91Rule() {
        super(CODE, Title.CO_TD_CP);
    }

    @Override
    public Assessment assess(UnitCase u) {
        RuleSet rules = u.rules();
        String basis = rules.basis(Title.CO_TD_CP);
        Award recorded = u.recorded(Title.CO_TD_TINH.kindCode());
        Assessment flag = u.flagAssessment();
        boolean has = recorded != null || flag != null && flag.eligible();
        Msg evidence = recorded != null ? msg("review.reason.flag.has", Texts.decision(recorded))
                : has ? msg("review.reason.flag.eligible", n(u.year())) : msg("review.reason.flag.none", n(u.year()));
        Criterion prerequisite = Criterion.required(msg("review.rule.hasProvinceFlag", n(u.year())), has, evidence, basis,
                msg("review.reason.need.provinceFlag", n(u.year())));
        return u.assessment(Title.CO_TD_CP, List.of(prerequisite, u.unitRating(RatingLevel.HTXSNV, Title.CO_TD_CP)), basis);
    }
}
