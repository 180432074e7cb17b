package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Bằng khen của Chủ tịch UBND tỉnh theo đợt, chuyên đề for a collective (Luật 2022 Điều 74 khoản 1 điểm a for the
 * collective's clause; Luật 2003 Điều 72 + NĐ 91/2017 before 01/01/2024): the collective's outstanding achievement in
 * a movement is the council's finding at its sơ kết or tổng kết, never in the data. The engine lists the chuyên đề
 * movements the unit led that were summed up in the review year and the awards of that kind already recorded, and the
 * verdict is {@link Verdict#NOT_ASSESSED}. Such an award never feeds a công trạng chain (NĐ 152/2025 Điều 4 khoản 3).
 */
final class BkTinhTheoDotUnitRule implements UnitRules.UnitTitleRule {

    static final String CODE = "BK_TINH_THEO_DOT_TAP_THE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.BK_TINH_CHUYEN_DE_TAP_THE;
    }

    @Override
    public Assessment assess(UnitCase u) {
        String basis = u.rules().basis(Title.BK_TINH_CHUYEN_DE_TAP_THE);
        List<Msg> evidence = new ArrayList<>(List.of(msg("review.reason.judgement.unitMovement")));
        for (MovementLead m : u.movementsLedNow()) {
            evidence.add(msg("review.reason.movement.ledNow", m.movement(), n(m.fromYear()), n(m.toYear())));
        }
        evidence.addAll(recorded(u, AwardFormType.CHUYEN_DE));
        return u.assessment(Title.BK_TINH_CHUYEN_DE_TAP_THE, List.of(Criterion.judgement(
                msg("review.rule.unitMovementAchievement", n(u.year())), Texts.semi(evidence), basis,
                msg("review.reason.need.movementJudgement"))), basis);
    }

    /** The awards of a loại hình already recorded for the unit in the review year, as one line (or none). */
    static List<Msg> recorded(UnitCase u, AwardFormType type) {
        List<Msg> awards = u.special(type).stream().map(Texts::award).toList();
        return awards.isEmpty() ? List.of() : List.of(msg("review.reason.judgement.recorded", n(u.year()), Texts.comma(awards)));
    }
}
