package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;

import java.util.ArrayList;
import java.util.List;

/**
 * Khen thưởng quá trình cống hiến (Huân chương Lao động hạng Ba, Nhì, Nhất) under a regime whose frame of posts and
 * years is not entered (NĐ 91/2017, NĐ 98/2023): the engine checks the retirement notice, the discipline and the
 * holds, and says that the frame itself is not assessed ({@link Verdict#NOT_ASSESSED}) rather than apply NĐ
 * 152/2025's numbers to another decree.
 */
final class CongHienPendingRule implements TitleRule {

    static final String CODE = "CONG_HIEN_CHUA_NHAP";
    static final String CODE_NHI = "CONG_HIEN_NHI_CHUA_NHAP";
    static final String CODE_NHAT = "CONG_HIEN_NHAT_CHUA_NHAP";

    private final String code;
    private final Title title;

    /** The rule of one class of the order (one instance per title, each with its code). */
    CongHienPendingRule(String code, Title title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Title title() {
        return title;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String basis = rules.basis(title);
        List<Criterion> out = new ArrayList<>();
        out.add(CongHienRule.retirement(f, basis));
        out.add(Criterion.judgement(msg("review.rule.congHienFrame"), msg("review.reason.judgement.congHienPending"), basis,
                msg("review.reason.need.congHienFrame")));
        out.add(CongHienRule.noDisciplineInPost(f, List.of(), basis));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, title, out, basis);
    }
}
