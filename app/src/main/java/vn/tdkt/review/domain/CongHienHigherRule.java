package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.people.domain.Person;

/**
 * Huân chương Lao động hạng Nhì (NĐ 152/2025 Điều 20) and hạng Nhất (Điều 19) for quá trình cống hiến. Their frames of
 * posts and years were not read; what the data can tell is read from the frame of hạng Ba (Điều 21 điểm b), whose
 * bounds are "dưới 10 năm" for a Giám đốc sở and "dưới 15 năm" for a Phó Giám đốc sở: a time below them is hạng Ba's
 * frame (not eligible for this class, with that reason), a time at or over them is a higher class's frame, compared by
 * the council ({@link Verdict#NOT_ASSESSED}). Retirement, discipline in post and holds are checked as for hạng Ba
 * (Điều 9, Điều 4).
 */
final class CongHienHigherRule implements TitleRule {

    static final String CODE_NHI = "ND152_D20";
    static final String CODE_NHAT = "ND152_D19";

    private final String code;
    private final Title title;
    private final int article;

    CongHienHigherRule(String code, Title title, int article) {
        this.code = code;
        this.title = title;
        this.article = article;
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
        Person p = f.history.person();
        LocalDate until = p.endDate() != null && p.endDate().isBefore(f.reviewDate) ? p.endDate() : f.reviewDate;
        List<LeadershipTime.Held> held = LeadershipTime.of(p, f.history.assignments(), until);
        int gdMax = rules.integer(RuleKey.CONG_HIEN_GIAM_DOC_MAX_YEARS);
        int pgdMax = rules.integer(RuleKey.CONG_HIEN_PHO_GIAM_DOC_MAX_YEARS);
        List<Criterion> out = new ArrayList<>();
        out.add(CongHienRule.retirement(f, basis));
        if (held.isEmpty()) {
            out.add(Criterion.judgement(msg("review.rule.leaderHigherFrame", n(article), n(gdMax), n(pgdMax)),
                    msg("review.reason.leader.none", p.position() == null ? "" : p.position()), basis,
                    msg("review.reason.need.leaderJudgement")));
        } else if (CongHienRule.beyondFrame(f, rules, held)) {
            out.add(Criterion.judgement(msg("review.rule.leaderHigherFrame", n(article), n(gdMax), n(pgdMax)),
                    Texts.semi(List.of(months(held), msg("review.reason.leader.higherFrame", n(article)))), basis,
                    msg("review.reason.need.leaderHigherFrame")));
        } else {
            out.add(Criterion.required(msg("review.rule.leaderHigherFrame", n(article), n(gdMax), n(pgdMax)), false,
                    Texts.semi(List.of(months(held), msg("review.reason.leader.baFrame"))), rules.ref(RuleKey.CONG_HIEN_GIAM_DOC_MAX_YEARS),
                    msg("review.reason.need.leaderHigherTime", n(gdMax), n(pgdMax))));
        }
        out.add(CongHienRule.noDisciplineInPost(f, held, basis));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, title, out, basis);
    }

    private static vn.tdkt.common.domain.Msg months(List<LeadershipTime.Held> held) {
        return msg("review.reason.leader.months", CongHienRule.duration(LeadershipTime.months(held, LeadershipTime.Post.GIAM_DOC)),
                CongHienRule.duration(LeadershipTime.months(held, LeadershipTime.Post.PHO_GIAM_DOC)));
    }
}
