package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.List;
import vn.tdkt.common.domain.Msg;

/**
 * Huân chương Lao động hạng Nhì (NĐ 152/2025 Điều 20) and hạng Nhất (Điều 19) for quá trình cống hiến. Their frames of
 * posts and years were not read; what the data can tell is read from the frame of hạng Ba (Điều 21 điểm b), whose
 * bounds are "dưới 10 năm" for a Giám đốc sở and "dưới 15 năm" for a Phó Giám đốc sở: a time below them is hạng Ba's
 * frame (not eligible for this class, with that reason), a time at or over them is a higher class's frame, compared by
 * the council ({@link Verdict#NOT_ASSESSED}). Retirement, discipline in post and holds are checked as for hạng Ba
 * (Điều 9, Điều 4).
 */
record CongHienHigherRule(String code, Title title, int article) implements TitleRule {

    static final String CODE_NHI = "ND152_D20";
    static final String CODE_NHAT = "ND152_D19";

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        List<LeadershipTime.Held> held = CongHienRule.held(f);
        return CongHienRule.assessment(f, rules, title, held, List.of(frame(f, rules, held)));
    }

    /** Below hạng Ba's upper bounds: not this class; at or over them: a higher class's frame, the council's. */
    private Criterion frame(PersonFacts f, RuleSet rules, List<LeadershipTime.Held> held) {
        int gdMax = rules.integer(RuleKey.CONG_HIEN_GIAM_DOC_MAX_YEARS);
        int pgdMax = rules.integer(RuleKey.CONG_HIEN_PHO_GIAM_DOC_MAX_YEARS);
        Msg text = msg("review.rule.leaderHigherFrame", n(article), n(gdMax), n(pgdMax));
        if (held.isEmpty()) {
            String position = f.history.person().position();
            return Criterion.judgement(text, msg("review.reason.leader.none", position == null ? "" : position),
                    rules.basis(title), msg("review.reason.need.leaderJudgement"));
        }
        if (CongHienRule.beyondFrame(f, rules, held)) {
            return Criterion.judgement(text, Texts.semi(List.of(months(held), msg("review.reason.leader.higherFrame",
                    n(article)))), rules.basis(title), msg("review.reason.need.leaderHigherFrame"));
        }
        return Criterion.required(text, false, Texts.semi(List.of(months(held), msg("review.reason.leader.baFrame"))),
                rules.ref(RuleKey.CONG_HIEN_GIAM_DOC_MAX_YEARS), msg("review.reason.need.leaderHigherTime", n(gdMax), n(pgdMax)));
    }

    private static Msg months(List<LeadershipTime.Held> held) {
        return msg("review.reason.leader.months", CongHienRule.duration(LeadershipTime.months(held, LeadershipTime.Post.GIAM_DOC)),
                CongHienRule.duration(LeadershipTime.months(held, LeadershipTime.Post.PHO_GIAM_DOC)));
    }
}
