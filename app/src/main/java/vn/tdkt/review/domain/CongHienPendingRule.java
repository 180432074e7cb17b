package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;

import java.util.List;

/**
 * Khen thưởng quá trình cống hiến (Huân chương Lao động hạng Ba, Nhì, Nhất) under a regime whose frame of posts and
 * years is not entered (NĐ 91/2017, NĐ 98/2023): the engine checks the retirement notice, the discipline and the
 * holds, and says that the frame itself is not assessed ({@link Verdict#NOT_ASSESSED}) rather than apply NĐ
 * 152/2025's numbers to another decree. One instance per class of the order, each with its code.
 */
record CongHienPendingRule(String code, Title title) implements TitleRule {

    static final String CODE = "CONG_HIEN_CHUA_NHAP";
    static final String CODE_NHI = "CONG_HIEN_NHI_CHUA_NHAP";
    static final String CODE_NHAT = "CONG_HIEN_NHAT_CHUA_NHAP";

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        return CongHienRule.assessment(f, rules, title, List.of(), List.of(Criterion.judgement(msg("review.rule.congHienFrame"),
                msg("review.reason.judgement.congHienPending"), rules.basis(title), msg("review.reason.need.congHienFrame"))));
    }
}
