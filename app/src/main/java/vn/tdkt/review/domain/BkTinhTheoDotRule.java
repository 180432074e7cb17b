package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Bằng khen của Chủ tịch UBND tỉnh theo đợt, chuyên đề (Luật 2022 Điều 74 khoản 1 điểm a; Luật 2003 Điều 72 + NĐ
 * 91/2017): "thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động". The person's result in a
 * movement is the council's finding at the movement's sơ kết / tổng kết and is not in the data, so the engine does not
 * guess it: the route is a {@link Criterion.Role#JUDGEMENT} and the verdict {@link Verdict#NOT_ASSESSED} unless a
 * discipline or a hold decides. Such an award never feeds a công trạng chain (NĐ 152/2025 Điều 4 khoản 3; NĐ 91/2017
 * Điều 3 khoản 2: {@code AwardFormType.countsForMeritChains}).
 */
final class BkTinhTheoDotRule implements TitleRule {

    static final String CODE = "BK_TINH_THEO_DOT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.BK_TINH_CHUYEN_DE;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String basis = rules.basis(Title.BK_TINH_CHUYEN_DE);
        List<Criterion> out = new ArrayList<>();
        out.add(Criterion.judgement(msg("review.rule.movementAchievement", n(f.year)),
                withRecorded(f, AwardFormType.CHUYEN_DE, msg("review.reason.judgement.movement")), basis,
                msg("review.reason.need.movementJudgement")));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.BK_TINH_CHUYEN_DE, out, basis);
    }

    /** The evidence, followed by the awards of that type already recorded for the review year (if any). */
    static Msg withRecorded(PersonFacts f, AwardFormType type, Msg evidence) {
        List<Msg> recorded = f.special().stream().filter(a -> a.formType() == type && a.yearTo() == f.year)
                .map(Texts::award).toList();
        if (recorded.isEmpty()) {
            return evidence;
        }
        return Texts.semi(List.of(evidence, msg("review.reason.judgement.recorded", n(f.year), Texts.comma(recorded))));
    }
}
