package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.List;
import vn.tdkt.common.domain.Msg;

/**
 * Huân chương Lao động hạng Ba for a collective (Luật 2022 Điều 44 khoản 3, decision 108; Luật 2003 Điều 44 + NĐ 91/2017 Điều 24
 * khoản 2, the same structure: wording marked unverified, decision 76): quá trình xây dựng, phát triển từ 10 năm trở
 * lên; đã được tặng Bằng khen của Thủ tướng Chính phủ, then 05 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời
 * gian đó có 01 lần được tặng Cờ thi đua của bộ, ban, ngành, tỉnh hoặc 02 lần Bằng khen của bộ, ban, ngành, tỉnh.
 * Before 01/10/2017 (điểm b khoản 4 Điều 17 Nghị định số 65/2014/NĐ-CP, read): "02 lần được tặng Cờ thi đua … hoặc có
 * 01 lần được tặng Cờ thi đua … và 02 Bằng khen": the Bằng khen route then needs flags too
 * ({@link RuleKey#HCLD_BA_UNIT_FLAGS_WITH_BK}, 0 where the text asks none).
 * The unit's founding date is not kept: when its records do not reach back far enough the 10 years are the
 * council's to confirm ({@link Criterion.Role#JUDGEMENT}).
 */
final class HcldBaUnitRule implements UnitRules.UnitTitleRule {

    static final String CODE = "HCLD_BA_TAP_THE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.HCLD_BA_TAP_THE;
    }

    @Override
    public Assessment assess(UnitCase u) {
        RuleSet rules = u.rules();
        String ref = rules.ref(RuleKey.HCLD_BA_UNIT_YEARS);
        UnitChains.Period p = UnitChains.period(u, Title.HCLD_BA_TAP_THE, Title.BK_TTG_TAP_THE);
        List<Integer> run = UnitChains.run(u, p);
        return u.assessment(Title.HCLD_BA_TAP_THE, List.of(history(u, rules), UnitChains.prerequisite(u, p, ref),
                UnitChains.runCriterion(u, p, run, rules.integer(RuleKey.HCLD_BA_UNIT_YEARS), ref), flagsOrBk(u, rules, run)),
                rules.basis(Title.HCLD_BA_TAP_THE));
    }

    private static Criterion flagsOrBk(UnitCase u, RuleSet rules, List<Integer> run) {
        int flags = rules.integer(RuleKey.HCLD_BA_UNIT_FLAGS);
        int withBk = rules.integer(RuleKey.HCLD_BA_UNIT_FLAGS_WITH_BK);
        int bks = rules.integer(RuleKey.HCLD_BA_UNIT_BK_TINH);
        List<Msg> f = UnitChains.titleYears(u, run, Title.CO_TD_TINH, u.flagAssessment().eligible());
        // a Bằng khen is a hình thức: this year's, not yet decided, is the same achievement as the one proposed now
        List<Msg> b = UnitChains.titleYears(u, run, Title.BK_TINH_TAP_THE, false);
        Msg none = msg("review.reason.none");
        boolean met = f.size() >= flags || f.size() >= withBk && b.size() >= bks;
        Msg evidence = msg("review.reason.flagOrBk", f.isEmpty() ? none : Texts.comma(f), b.isEmpty() ? none : Texts.comma(b));
        String ref = rules.ref(RuleKey.HCLD_BA_UNIT_FLAGS);
        if (withBk == 0) {
            return Criterion.required(msg("review.rule.flagOrBk", n(flags), n(bks)), met, evidence, ref,
                    msg("review.reason.need.flagOrBk", n(flags - f.size()), n(bks - b.size())));
        }
        return Criterion.required(msg("review.rule.flagsOrFlagWithBk", n(flags), n(withBk), n(bks)), met, evidence, ref,
                msg("review.reason.need.flagsOrFlagWithBk", n(Math.max(0, flags - f.size())),
                        n(Math.max(0, withBk - f.size())), n(Math.max(0, bks - b.size()))));
    }

    /** "Quá trình xây dựng, phát triển từ 10 năm": from the unit's earliest record, else the council's to confirm. */
    private static Criterion history(UnitCase u, RuleSet rules) {
        int years = rules.integer(RuleKey.HCLD_BA_UNIT_HISTORY_YEARS);
        String ref = rules.ref(RuleKey.HCLD_BA_UNIT_HISTORY_YEARS);
        Msg text = msg("review.rule.unitHistory", n(years));
        Integer first = u.firstRecordedYear();
        if (first != null && u.year() - first + 1 >= years) {
            return Criterion.required(text, true, msg("review.reason.unitHistory.since", n(first), n(u.year() - first + 1),
                    n(u.year())), ref, null);
        }
        return Criterion.judgement(text, first == null ? msg("review.reason.unitHistory.noData")
                : msg("review.reason.unitHistory.unknown", n(first)), ref, msg("review.reason.need.unitHistory", n(years)));
    }
}
