package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Bằng khen của Chủ tịch UBND tỉnh đột xuất for a collective (Luật 2022 Điều 74, by the simplified procedure of Điều 85;
 * Luật 2003 + NĐ 91/2017 Điều 55 before 01/01/2024): the sudden achievement is the judgement of the head who finds it and
 * proposes it with a báo cáo tóm tắt thành tích. The verdict is {@link Verdict#NOT_ASSESSED}, with the awards of that
 * kind already recorded for the year.
 */
final class BkTinhDotXuatUnitRule implements UnitRules.UnitTitleRule {

    static final String CODE = "BK_TINH_DOT_XUAT_TAP_THE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.BK_TINH_DOT_XUAT_TAP_THE;
    }

    @Override
    public Assessment assess(UnitCase u) {
        String basis = u.rules().basis(Title.BK_TINH_DOT_XUAT_TAP_THE);
        List<Msg> evidence = new ArrayList<>(List.of(msg("review.reason.judgement.sudden")));
        evidence.addAll(BkTinhTheoDotUnitRule.recorded(u, AwardFormType.DOT_XUAT));
        return u.assessment(Title.BK_TINH_DOT_XUAT_TAP_THE, List.of(Criterion.judgement(msg("review.rule.unitSuddenAchievement"),
                Texts.semi(evidence), basis, msg("review.reason.need.suddenJudgement"))), basis);
    }
}
