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
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The parts shared by the titles that build on an earlier award and a run of years after it (Bằng khen Thủ tướng,
 * Huân chương Lao động hạng Ba, Nhì, Nhất, under either law): which earlier award opens the period, where the period
 * may start, the run of consecutive years rated at least a level, what the articles count inside that run, and the
 * one shape of such an assessment ({@link #chain}).
 */
final class LongService {

    private LongService() {
    }

    /**
     * The assessment of a title that builds on an earlier award: "đã được tặng {@code prerequisite}", then "liên tục từ
     * N năm trở lên" ({@code years}) rated at least {@code level} up to the review year, then what the article asks
     * "trong thời gian đó" ({@code withinRun}, given the run), then the discipline and the holds (NĐ 152 Điều 4).
     */
    static Assessment chain(PersonFacts f, RuleSet rules, Title title, Title prerequisite, RuleKey years, RatingLevel level,
                            Function<List<Integer>, List<Criterion>> withinRun) {
        String ref = rules.ref(years);
        Period p = period(f, title, prerequisite);
        List<Integer> run = run(f, p, level);
        List<Criterion> out = new ArrayList<>();
        out.add(prerequisite(f, p, ref));
        out.add(runCriterion(f, p, run, rules.integer(years), level, ref));
        out.addAll(withinRun.apply(run));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, title, out, rules.basis(title));
    }

    /** "Trong thời gian đó có N năm hoàn thành xuất sắc nhiệm vụ" ({@code key} holds N and its reference). */
    static Criterion htxsnvYears(PersonFacts f, List<Integer> run, RuleSet rules, RuleKey key) {
        int h = rules.integer(key);
        List<Integer> x = run.stream().filter(y -> f.rating(y) == RatingLevel.HTXSNV).toList();
        return Criterion.required(msg("review.rule.htxsnvYears", n(h)), x.size() >= h,
                x.isEmpty() ? msg("review.reason.htxsnv.none") : msg("review.reason.htxsnv.years", Texts.years(x)),
                rules.ref(key), msg("review.reason.need.htxsnvMore", n(h - x.size())));
    }

    /**
     * "Trong thời gian đó có N lần được tặng danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh" ({@code key} holds N),
     * counted through {@link PersonFacts#hasTitle}.
     */
    static Criterion cstdTinhCount(PersonFacts f, List<Integer> run, RuleSet rules, RuleKey key) {
        int needed = rules.integer(key);
        List<Msg> cs = run.stream().filter(y -> f.hasTitle(Title.CSTD_TINH, y))
                .map(y -> f.titleEvidence(Title.CSTD_TINH, y)).toList();
        return Criterion.required(msg("review.rule.cstdTinhCount", n(needed)), cs.size() >= needed,
                cs.isEmpty() ? msg("review.reason.count.none") : msg("review.reason.count.some", n(cs.size()), Texts.comma(cs)),
                rules.ref(key), msg("review.reason.need.cstdTinhInPeriod", n(needed - cs.size())));
    }

    /**
     * "Trong thời gian đó có N sáng kiến được công nhận, áp dụng hiệu quả trong phạm vi …" ({@code key} holds N): the
     * initiatives of the run's years, up to the review year, of at least {@code scope} (cơ sở: any).
     */
    static Criterion initiatives(PersonFacts f, Title title, List<Integer> run, InitiativeScope scope, RuleSet rules,
                                 RuleKey key) {
        int from = run.isEmpty() ? f.year : run.get(0);
        int q = rules.integer(key);
        return switch (scope) {
            case CO_SO -> InitiativeCriterion.of(f, title, i -> i.year() >= from && i.year() <= f.year, q,
                    msg("review.rule.initiativesCoSo", n(q)), msg("review.reason.scope.coSo"), rules.ref(key));
            case TINH -> InitiativeCriterion.of(f, title, i -> i.year() >= from && i.year() <= f.year
                            && i.scope().atLeast(InitiativeScope.TINH), q,
                    msg("review.rule.initiativesTinh", n(q)), msg("review.reason.scope.tinh"), rules.ref(key));
            case TOAN_QUOC -> throw new IllegalArgumentException("No long-service article asks national-scope initiatives");
        };
    }

    /**
     * The period of a title: the prerequisite award that opens it (null when none before the review year since the
     * last same award), the last same award's year (MIN_VALUE when none) and the first year that may count.
     */
    record Period(Title title, Title prerequisite, Map.Entry<Integer, Award> opening, int lastSame, int floor,
                  boolean disciplineFloor) {

        /** The year of the prerequisite award that opens the period, or null. */
        Integer openingYear() {
            return opening == null ? null : opening.getKey();
        }
    }

    static Period period(PersonFacts f, Title title, Title prerequisite) {
        int lastSame = f.lastEarlier(title.kindCode());
        NavigableMap<Integer, Award> pre = f.merit(prerequisite.kindCode());
        Map.Entry<Integer, Award> opening = lastSame == Integer.MIN_VALUE ? pre.firstEntry() : pre.higherEntry(lastSame);
        if (opening != null && opening.getKey() >= f.year) {
            opening = null;
        }
        int floor = f.firstCountable;
        if (opening != null) {
            floor = Math.max(floor, opening.getKey() + 1);
        }
        if (lastSame != Integer.MIN_VALUE) {
            floor = Math.max(floor, lastSame + 1);
        }
        return new Period(title, prerequisite, opening, lastSame, floor, f.limiting != null && floor == f.firstCountable);
    }

    private record NoPrerequisiteKey(Title prerequisite, int year, String legalRef) {
    }

    /** "Đã được tặng …" — the award that opens the period. */
    static Criterion prerequisite(PersonFacts f, Period p, String legalRef) {
        if (p.opening() == null && p.lastSame() == Integer.MIN_VALUE) {
            return f.shared.memo(new NoPrerequisiteKey(p.prerequisite(), f.year, legalRef),
                    k -> Criterion.required(msg("review.rule.prerequisite", k.prerequisite()), false,
                            msg("review.reason.prereq.none", k.prerequisite(), n(k.year())), k.legalRef(),
                            msg("review.reason.title", k.prerequisite())));
        }
        Map.Entry<Integer, Award> o = p.opening();
        Msg evidence = o != null ? msg("review.reason.prereq.has", p.prerequisite(), Texts.award(o.getValue()))
                : p.lastSame() == Integer.MIN_VALUE ? msg("review.reason.prereq.none", p.prerequisite(), n(f.year))
                : msg("review.reason.prereq.noneSince", p.prerequisite(), n(f.year), p.title(), n(p.lastSame()));
        return Criterion.required(msg("review.rule.prerequisite", p.prerequisite()), o != null, evidence, legalRef,
                msg("review.reason.title", p.prerequisite()));
    }

    /** Consecutive years up to the review year rated at least {@code min}, inside the period. */
    static List<Integer> run(PersonFacts f, Period p, RatingLevel min) {
        return f.chainBack(y -> f.ratedAtLeast(y, min), p.floor());
    }

    private record RunKey(Title title, int year, int needed, RatingLevel min, Title prerequisite, Integer since, int start,
                          int length, RatingLevel ratingIfNone, String legalRef) {
    }

    /** "Liên tục từ N năm trở lên … đến năm … được đánh giá từ … trở lên". */
    static Criterion runCriterion(PersonFacts f, Period p, List<Integer> run, int needed, RatingLevel min, String legalRef) {
        RunKey key = new RunKey(p.title(), f.year, needed, min, p.prerequisite(), p.openingYear(),
                run.isEmpty() ? Integer.MIN_VALUE : run.get(0), run.size(), run.isEmpty() ? f.rating(f.year) : null, legalRef);
        if (!p.disciplineFloor()) {
            return f.shared.memo(key, k -> run(k, null));
        }
        return run(key, msg("review.reason.run.disciplineNote", n(f.firstCountable)));
    }

    private static Criterion run(RunKey k, Msg note) {
        boolean top = k.min() == RatingLevel.HTXSNV;
        Msg level = top ? msg("review.reason.level.top") : msg("review.reason.level.atLeast", k.min());
        Msg evidence;
        if (k.length() == 0) {
            evidence = Texts.rating(k.year(), k.ratingIfNone());
        } else {
            Msg years = msg("review.reason.run.years", n(k.length()), n(k.start()), n(k.year()));
            evidence = note == null ? years : Texts.semi(List.of(years, note));
        }
        Msg text = k.since() == null ? msg("review.rule.run", n(k.needed()), n(k.year()), level)
                : msg("review.rule.runSince", n(k.needed()), k.prerequisite(), n(k.since()), n(k.year()), level);
        return Criterion.required(text, k.length() >= k.needed(), evidence, k.legalRef(), top
                ? msg("review.reason.need.runTop", n(k.needed() - k.length()))
                : msg("review.reason.need.runAtLeast", n(k.needed() - k.length()), k.min()));
    }
}
