package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The parts shared by the collective forms that build on an earlier award and a run of excellent years after it
 * (Bằng khen Thủ tướng, Huân chương Lao động hạng Ba for a collective): like {@link LongService} for a person. A year's
 * title counts when a công trạng award of it is recorded, or, for the review year, when this review finds the unit
 * eligible for it (the council reviews from the lowest title up).
 */
final class UnitChains {

    private UnitChains() {
    }

    /**
     * The assessment of a collective form that builds on an earlier award: "đã được tặng {@code prerequisite}", then
     * "liên tục từ N năm trở lên hoàn thành xuất sắc nhiệm vụ" ({@code years}), then what the article asks "trong thời
     * gian đó" ({@code withinRun}, given the run).
     */
    static Assessment chain(UnitCase u, Title title, Title prerequisite, RuleKey years,
                            Function<List<Integer>, List<Criterion>> withinRun) {
        RuleSet rules = u.rules();
        String ref = rules.ref(years);
        Period p = period(u, title, prerequisite);
        List<Integer> run = run(u, p);
        List<Criterion> out = new ArrayList<>(List.of(prerequisite(u, p, ref),
                runCriterion(u, p, run, rules.integer(years), ref)));
        out.addAll(withinRun.apply(run));
        return u.assessment(title, out, rules.basis(title));
    }

    /** The period: the prerequisite award that opens it (null when none), the last same award's year, the first year. */
    record Period(Title title, Title prerequisite, Map.Entry<Integer, Award> opening, int lastSame, int floor) {
    }

    static Period period(UnitCase u, Title title, Title prerequisite) {
        NavigableMap<Integer, Award> same = u.merit(title.kindCode());
        Integer last = same.lowerKey(u.year());
        int lastSame = last == null ? Integer.MIN_VALUE : last;
        NavigableMap<Integer, Award> pre = u.merit(prerequisite.kindCode());
        Map.Entry<Integer, Award> opening = last == null ? pre.firstEntry() : pre.higherEntry(lastSame);
        if (opening != null && opening.getKey() >= u.year()) {
            opening = null;
        }
        int floor = Integer.MIN_VALUE;
        if (opening != null) {
            floor = opening.getKey() + 1;
        }
        if (last != null) {
            floor = Math.max(floor, lastSame + 1);
        }
        return new Period(title, prerequisite, opening, lastSame, floor);
    }

    /** "Đã được tặng …" — the award that opens the period. */
    static Criterion prerequisite(UnitCase u, Period p, String legalRef) {
        Map.Entry<Integer, Award> o = p.opening();
        Msg evidence = o != null ? msg("review.reason.prereq.has", p.prerequisite(), Texts.award(o.getValue()))
                : p.lastSame() == Integer.MIN_VALUE ? msg("review.reason.prereq.none", p.prerequisite(), n(u.year()))
                : msg("review.reason.prereq.noneSince", p.prerequisite(), n(u.year()), p.title(), n(p.lastSame()));
        return Criterion.required(msg("review.rule.prerequisite", p.prerequisite()), o != null, evidence, legalRef,
                msg("review.reason.title", p.prerequisite()));
    }

    /** The consecutive years up to the review year the unit completed its tasks with excellence, after the floor. */
    static List<Integer> run(UnitCase u, Period p) {
        List<Integer> out = new ArrayList<>();
        for (int y = u.year(); y >= p.floor() && u.rating(y) == RatingLevel.HTXSNV; y--) {
            out.add(0, y);
        }
        return out;
    }

    /** "Liên tục từ N năm trở lên tiếp theo sau … hoàn thành xuất sắc nhiệm vụ". */
    static Criterion runCriterion(UnitCase u, Period p, List<Integer> run, int needed, String legalRef) {
        Msg level = msg("review.reason.level.top");
        Msg text = p.opening() == null ? msg("review.rule.run", n(needed), n(u.year()), level)
                : msg("review.rule.runSince", n(needed), p.prerequisite(), n(p.opening().getKey()), n(u.year()), level);
        Msg evidence = run.isEmpty() ? Texts.rating(u.year(), u.rating(u.year()))
                : msg("review.reason.run.years", n(run.size()), n(run.get(0)), n(u.year()));
        return Criterion.required(text, run.size() >= needed, evidence, legalRef,
                msg("review.reason.need.runTop", n(needed - run.size())));
    }

    /** The years of the period in which the unit has the title (recorded, or found eligible in this review). */
    static List<Msg> titleYears(UnitCase u, List<Integer> period, Title title, boolean eligibleNow) {
        NavigableMap<Integer, Award> m = u.merit(title.kindCode());
        List<Msg> out = new ArrayList<>();
        for (int y : period) {
            Award a = m.get(y);
            if (a != null) {
                out.add(Texts.award(a));
            } else if (y == u.year() && eligibleNow) {
                out.add(PersonFacts.eligibleNow(y));
            }
        }
        return out;
    }

    /** "Trong thời gian đó có N lần đạt …". */
    static Criterion titleCount(UnitCase u, List<Integer> period, Title title, boolean eligibleNow, int needed,
                                String legalRef) {
        List<Msg> found = titleYears(u, period, title, eligibleNow);
        return Criterion.required(msg("review.rule.unitTitleCount", n(needed), title), found.size() >= needed,
                found.isEmpty() ? msg("review.reason.unitCount.none", title)
                        : msg("review.reason.count.some", n(found.size()), Texts.comma(found)), legalRef,
                msg("review.reason.need.unitTitleCount", n(needed - found.size()), title));
    }

    /** The earliest year the unit's records (ratings, awards) reach, or null. */
    static Integer firstRecordedYear(UnitHistory h) {
        int first = Integer.MAX_VALUE;
        for (var r : h.ratings()) {
            first = Math.min(first, r.year());
        }
        for (Award a : h.awards()) {
            first = Math.min(first, a.yearFrom());
        }
        return first == Integer.MAX_VALUE ? null : first;
    }

    /**
     * Huân chương Lao động hạng Nhì / Nhất for a collective: the lower class, then {@code years} consecutive years
     * hoàn thành xuất sắc nhiệm vụ, and in that time {@code govFlags} Cờ thi đua của Chính phủ together with
     * {@code flagsWithGov} Cờ thi đua tỉnh, or {@code flags} Cờ thi đua tỉnh alone. The texts read are all of this shape:
     * Luật 2003 Điều 43 khoản 2 điểm a before its 2013 amendment ("hai lần Cờ thi đua … hoặc một lần Cờ thi đua của Chính
     * phủ": flagsWithGov 0), điểm b khoản 4 Điều 16 and Điều 15 Nghị định số 65/2014/NĐ-CP ("01 lần Cờ thi đua của Chính
     * phủ và 01 (02) lần Cờ thi đua cấp bộ, ngành, tỉnh … hoặc có 03 (04) lần"). A count of 0 in both routes is "not
     * entered": the flags found are listed for the council to compare ({@link Criterion.Role#JUDGEMENT}); a count of 0
     * in one route alone leaves only the other.
     */
    static Assessment higherLabourOrder(UnitCase u, Title title, Title prerequisite, RuleKey years, RuleKey govFlags,
                                        RuleKey flagsWithGov, RuleKey flags) {
        return chain(u, title, prerequisite, years, run -> List.of(flagCounts(u, run, govFlags, flagsWithGov, flags)));
    }

    private static Criterion flagCounts(UnitCase u, List<Integer> run, RuleKey govFlags, RuleKey flagsWithGov,
                                        RuleKey flags) {
        RuleSet rules = u.rules();
        List<Msg> gov = titleYears(u, run, Title.CO_TD_CP, u.governmentNow());
        List<Msg> fl = titleYears(u, run, Title.CO_TD_TINH, u.flagAssessment().eligible());
        int g = rules.integer(govFlags);
        int w = rules.integer(flagsWithGov);
        int f = rules.integer(flags);
        Msg none = msg("review.reason.none");
        Msg found = msg("review.reason.govOrFlags", gov.isEmpty() ? none : Texts.comma(gov), fl.isEmpty() ? none : Texts.comma(fl));
        Criterion counts;
        if (g == 0 && f == 0) {
            counts = Criterion.judgement(msg("review.rule.govOrFlags.pending"), Texts.semi(List.of(found,
                    msg("review.reason.judgement.flagCounts"))), rules.ref(flags), msg("review.reason.need.flagCounts"));
        } else {
            boolean met = g > 0 && gov.size() >= g && fl.size() >= w || f > 0 && fl.size() >= f;
            int moreGov = Math.max(0, g - gov.size());
            int moreFlags = Math.max(0, f - fl.size());
            counts = w == 0
                    ? Criterion.required(msg("review.rule.govOrFlags", n(g), n(f)), met, found, rules.ref(flags),
                            msg("review.reason.need.govOrFlags", n(moreGov), n(moreFlags)))
                    : Criterion.required(msg("review.rule.govWithFlagsOrFlags", n(g), n(w), n(f)), met, found,
                            rules.ref(flags), msg("review.reason.need.govWithFlagsOrFlags", n(moreGov),
                                    n(Math.max(0, w - fl.size())), n(moreFlags)));
        }
        return counts;
    }
}
