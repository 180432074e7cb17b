package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Discipline;

/**
 * Huân chương Lao động hạng Ba for quá trình cống hiến, NĐ 152/2025 Điều 21 điểm b (thời kỳ xây dựng và bảo vệ Tổ
 * quốc) with the principles of Điều 9 and Điều 4 khoản 7:
 * <ul>
 * <li>proposed when the person has a retirement notice or decision (the leaving day recorded on the person);</li>
 * <li>Giám đốc sở và tương đương from 06 to under 10 years, or Phó Giám đốc sở và tương đương from 10 to under 15
 * years, the time in a higher post counting for the lower post's standard; for a woman leader the time is reduced by
 * 1/3; a time at or over the upper bound falls in a higher class's frame (Điều 20, 19), the council's to compare;</li>
 * <li>no award when disciplined during the leadership period.</li>
 * </ul>
 * Whether a post named "Giám đốc" is a Sở's (and the higher frames of Điều 19, 20 when the time exceeds this one) is
 * the council's finding: a {@link Criterion.Role#JUDGEMENT}, so a person who meets every checkable criterion is
 * {@link Verdict#NOT_ASSESSED}, never eligible by guess. The resistance-war periods of Điều 9 (before 30/4/1975) are
 * outside the data the app keeps and are not assessed.
 */
final class CongHienRule implements TitleRule {

    static final String CODE = "ND152_D21_B";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.HCLD_BA_CONG_HIEN;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String basis = rules.basis(Title.HCLD_BA_CONG_HIEN);
        Person p = f.history.person();
        List<LeadershipTime.Held> held = held(f);
        List<Criterion> out = new ArrayList<>();
        if (held.isEmpty()) {
            out.add(Criterion.judgement(msg("review.rule.leaderTime", n(rules.integer(RuleKey.CONG_HIEN_GIAM_DOC_YEARS)),
                    n(rules.integer(RuleKey.CONG_HIEN_PHO_GIAM_DOC_YEARS))), msg("review.reason.leader.none",
                    p.position() == null ? "" : p.position()), rules.ref(RuleKey.CONG_HIEN_GIAM_DOC_YEARS),
                    msg("review.reason.need.leaderJudgement")));
        } else {
            Criterion time = leaderTime(f, rules, held);
            out.add(time);
            if (time.met() && beyondFrame(f, rules, held)) {
                out.add(Criterion.judgement(msg("review.rule.leaderWithinFrame", n(rules.integer(RuleKey.CONG_HIEN_GIAM_DOC_MAX_YEARS)),
                        n(rules.integer(RuleKey.CONG_HIEN_PHO_GIAM_DOC_MAX_YEARS))), msg("review.reason.leader.beyondFrame"),
                        rules.ref(RuleKey.CONG_HIEN_GIAM_DOC_MAX_YEARS), msg("review.reason.need.leaderHigherFrame")));
            }
            if (time.met()) {
                out.add(Criterion.judgement(msg("review.rule.leaderEquivalence"), msg("review.reason.leader.equivalence",
                        Texts.comma(held.stream().map(h -> (Object) h.position()).distinct().toList())), basis,
                        msg("review.reason.need.leaderEquivalence")));
            }
        }
        return assessment(f, rules, Title.HCLD_BA_CONG_HIEN, held, out);
    }

    /**
     * Điều 9 around what a class checks of the leadership time ({@code frame}): proposed on the retirement notice, and
     * no award when disciplined in post; then the holds of Điều 4. Every class of the order and every regime reads so.
     */
    static Assessment assessment(PersonFacts f, RuleSet rules, Title title, List<LeadershipTime.Held> held,
                                 List<Criterion> frame) {
        String basis = rules.basis(title);
        List<Criterion> out = new ArrayList<>();
        out.add(retirement(f, basis));
        out.addAll(frame);
        out.add(noDisciplineInPost(f, held, basis));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, title, out, basis);
    }

    /** The leadership periods held up to the review day, or to the leaving day when that comes first. */
    static List<LeadershipTime.Held> held(PersonFacts f) {
        Person p = f.history.person();
        LocalDate until = p.endDate() != null && p.endDate().isBefore(f.reviewDate) ? p.endDate() : f.reviewDate;
        return LeadershipTime.of(p, f.history.assignments(), until);
    }

    private static Criterion leaderTime(PersonFacts f, RuleSet rules, List<LeadershipTime.Held> held) {
        int gdYears = rules.integer(RuleKey.CONG_HIEN_GIAM_DOC_YEARS);
        int pgdYears = rules.integer(RuleKey.CONG_HIEN_PHO_GIAM_DOC_YEARS);
        boolean reduced = rules.flag(RuleKey.CONG_HIEN_WOMEN_REDUCTION) && f.history.person().gender() == Gender.FEMALE;
        long needGd = needed(gdYears, reduced);
        long needPgd = needed(pgdYears, reduced);
        long gd = LeadershipTime.months(held, LeadershipTime.Post.GIAM_DOC);
        long pgd = LeadershipTime.months(held, LeadershipTime.Post.PHO_GIAM_DOC);
        boolean met = gd >= needGd || pgd >= needPgd;
        List<Msg> periods = held.stream().map(h -> msg("review.reason.leader.period", h.position(), h.from(), h.to())).toList();
        List<Msg> evidence = new ArrayList<>();
        evidence.add(Texts.semi(periods));
        evidence.add(msg("review.reason.leader.months", duration(gd), duration(pgd)));
        if (reduced) {
            evidence.add(msg("review.reason.leader.women", duration(needGd), duration(needPgd),
                    rules.ref(RuleKey.CONG_HIEN_WOMEN_REDUCTION)));
        }
        return Criterion.required(msg("review.rule.leaderTime", n(gdYears), n(pgdYears)), met, Texts.semi(evidence),
                rules.ref(RuleKey.CONG_HIEN_GIAM_DOC_YEARS),
                msg("review.reason.need.leaderTime", duration(Math.max(0, needGd - gd)), duration(Math.max(0, needPgd - pgd))));
    }

    /**
     * True when the time in post reaches the upper bound of Điều 21 điểm b ("từ 06 năm đến dưới 10 năm", "từ 10 năm
     * đến dưới 15 năm"): the frame of a higher class (Điều 20, 19) then applies, which is the council's to compare.
     */
    static boolean beyondFrame(PersonFacts f, RuleSet rules, List<LeadershipTime.Held> held) {
        boolean reduced = rules.flag(RuleKey.CONG_HIEN_WOMEN_REDUCTION) && f.history.person().gender() == Gender.FEMALE;
        return LeadershipTime.months(held, LeadershipTime.Post.GIAM_DOC)
                >= needed(rules.integer(RuleKey.CONG_HIEN_GIAM_DOC_MAX_YEARS), reduced)
                || LeadershipTime.months(held, LeadershipTime.Post.PHO_GIAM_DOC)
                >= needed(rules.integer(RuleKey.CONG_HIEN_PHO_GIAM_DOC_MAX_YEARS), reduced);
    }

    /** The months a standard asks, reduced by 1/3 (rounded up to a whole month) for a woman leader. */
    static long needed(int years, boolean reduced) {
        long months = years * 12L;
        return reduced ? (months * 2 + 2) / 3 : months;
    }

    static Msg duration(long months) {
        return msg("review.reason.leader.duration", n(months / 12), n(months % 12));
    }

    /** "Có thông báo hoặc quyết định nghỉ hưu": the leaving day recorded on the person (Điều 9). */
    static Criterion retirement(PersonFacts f, String basis) {
        LocalDate end = f.history.person().endDate();
        return Criterion.required(msg("review.rule.retirement"), end != null,
                end == null ? msg("review.reason.retirement.none") : msg("review.reason.retirement.date", end), basis,
                msg("review.reason.need.retirement"));
    }

    /**
     * "Không khen thưởng quá trình cống hiến khi bị kỷ luật trong thời gian giữ chức vụ lãnh đạo" (Điều 9): a discipline
     * decided within a leadership period; without a known period, any discipline on record.
     */
    static Criterion noDisciplineInPost(PersonFacts f, List<LeadershipTime.Held> held, String basis) {
        List<Discipline> found = f.history.disciplines().stream()
                .filter(d -> !d.decisionDate().isAfter(f.reviewDate))
                .filter(d -> held.isEmpty() || held.stream().anyMatch(h -> !d.decisionDate().isBefore(h.from())
                        && !d.decisionDate().isAfter(h.to())))
                .toList();
        return Criterion.required(msg("review.rule.noDisciplineInPost"), found.isEmpty(),
                found.isEmpty() ? msg("review.reason.noDiscipline") : Texts.semi(found.stream().map(Texts::discipline).toList()),
                basis, msg("review.reason.need.noDisciplineInPost"));
    }
}
