package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Bằng khen của Chủ tịch UBND tỉnh đột xuất (Luật 2022 Điều 74 khoản 1 điểm b, by the simplified procedure of Điều 85;
 * Luật 2003 + NĐ 91/2017 Điều 55): "thành tích đột xuất" is the judgement of the head who finds it and proposes it with
 * a báo cáo tóm tắt thành tích, never something the data shows. The engine checks what it can (discipline served, no
 * hold) and marks the route {@link Criterion.Role#JUDGEMENT}: the verdict is {@link Verdict#NOT_ASSESSED} with that
 * reason. A đột xuất award never feeds a công trạng chain (NĐ 152/2025 Điều 4 khoản 3).
 */
final class BkTinhDotXuatRule implements TitleRule {

    static final String CODE = "BK_TINH_DOT_XUAT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.BK_TINH_DOT_XUAT;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String basis = rules.basis(Title.BK_TINH_DOT_XUAT);
        List<Criterion> out = new ArrayList<>();
        out.add(Criterion.judgement(msg("review.rule.suddenAchievement"),
                BkTinhTheoDotRule.withRecorded(f, AwardFormType.DOT_XUAT, msg("review.reason.judgement.sudden")), basis,
                msg("review.reason.need.suddenJudgement")));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.BK_TINH_DOT_XUAT, out, basis);
    }
}
