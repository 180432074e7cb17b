package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The year-end review: checks every person and unit against every title under the rules in force on the review
 * date. Pure: works on the histories it is given, touches no storage.
 * <p>
 * Order (Luật 2022 Điều 5; the council reviews from the lowest title to the highest): LĐTT, CSTĐCS and Giấy khen of
 * every person; then the CSTĐCS ratio cap when the rules set one; then the person titles that build on this year's
 * CSTĐCS; then the collectives, which count their members' LĐTT and CSTĐCS.
 * <p>
 * Ratio cap ({@link RuleKey#CSTDCS_CAP_ENABLED}): counted per agency (the root of the unit tree of the person's
 * unit): at most floor(cap % × persons eligible for LĐTT) CSTĐCS. Eligible candidates are ranked by rating
 * (HTXSNV first), then number of initiatives recognised in the year, then women first when
 * {@link RuleKey#WOMEN_TIE_PREFERENCE} is on, then code; those beyond the cap are not eligible.
 */
public final class ReviewEngine {

    private static final List<Title> TITLE_LADDER = List.of(Title.LDTT, Title.CSTDCS, Title.CSTD_TINH, Title.CSTD_TQ);
    private static final List<Title> FORM_LADDER = List.of(Title.GIAY_KHEN, Title.BK_TINH, Title.BK_TTG, Title.HCLD_BA,
            Title.HCLD_NHI, Title.HCLD_NHAT);

    private final RuleBook book;

    public ReviewEngine(RuleBook book) {
        this.book = book;
    }

    /**
     * @param persons the persons working at some time of the year, with their history
     * @param units   every unit, with its members of the year
     */
    public ReviewResult review(int year, LocalDate reviewDate, List<PersonHistory> persons, List<UnitHistory> units,
                               Progress progress) {
        RuleSet rules = book.on(reviewDate);
        Map<LocalDate, RuleSet> cache = new ConcurrentHashMap<>();
        Function<LocalDate, RuleSet> rulesAt = d -> cache.computeIfAbsent(d, book::atOrFirst);
        Shared shared = new Shared();
        PersonRules titleRules = PersonRules.of(rules);
        long total = persons.size() + (long) units.size();
        progress.step(Msg.of("review.progress.basic"), 0, total);
        List<PersonCase> cases = persons.parallelStream().map(p -> {
            PersonCase c = new PersonCase(p, year, reviewDate, rules, titleRules, rulesAt, shared);
            c.phaseOne();
            return c;
        }).toList();
        progress.checkCancelled();
        if (rules.flag(RuleKey.CSTDCS_CAP_ENABLED)) {
            applyCap(year, cases, units, rules);
        }
        progress.step(Msg.of("review.progress.higher"), persons.size() / 2, total);
        cases.parallelStream().forEach(PersonCase::phaseTwo);
        progress.checkCancelled();
        Map<Long, PersonCase> byId = new HashMap<>();
        Map<PersonHistory, PersonCase> byHistory = new IdentityHashMap<>(); // the members are the same instances
        cases.forEach(c -> {
            byId.put(c.ref.id(), c);
            byHistory.put(c.history, c);
        });
        Function<PersonHistory, PersonCase> member = h -> {
            PersonCase c = byHistory.get(h);
            if (c == null) {
                c = byId.get(h.person().id());
            }
            if (c == null) {
                c = new PersonCase(h, year, reviewDate, rules, titleRules, rulesAt, shared);
                c.phaseOne();
                c.phaseTwo();
            }
            return c;
        };
        progress.step(Msg.of("review.progress.units"), persons.size(), total);
        List<List<Assessment>> unitResults = units.parallelStream()
                .map(u -> new UnitCase(u, year, reviewDate, rules, member, shared).assess()).toList();
        List<Assessment> all = new ArrayList<>(cases.size() * 13 + units.size() * 8);
        List<NextStep> next = new ArrayList<>();
        for (PersonCase c : cases) {
            all.addAll(c.assessments());
            nextOn(c, TITLE_LADDER, next);
            nextOn(c, FORM_LADDER, next);
        }
        unitResults.forEach(all::addAll);
        progress.step(Msg.of("review.progress.done"), total, total);
        return new ReviewResult(year, reviewDate, rules, all, next);
    }

    private static void nextOn(PersonCase c, List<Title> ladder, List<NextStep> out) {
        for (Assessment a : c.assessments()) {
            if (ladder.contains(a.title()) && !a.eligible()) {
                out.add(new NextStep(c.ref, a));
                return;
            }
        }
    }

    private static void applyCap(int year, List<PersonCase> cases, List<UnitHistory> units, RuleSet rules) {
        Map<Long, Unit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.unit().id(), u.unit()));
        Map<Unit, List<PersonCase>> byAgency = new LinkedHashMap<>();
        for (PersonCase c : cases) {
            Unit root = root(unitById, c.history.person().unitId());
            byAgency.computeIfAbsent(root, k -> new ArrayList<>()).add(c);
        }
        BigDecimal pct = rules.percent(RuleKey.CSTDCS_CAP_PERCENT);
        boolean women = rules.flag(RuleKey.WOMEN_TIE_PREFERENCE);
        Comparator<PersonCase> merit = Comparator.comparingInt((PersonCase c) -> ratingRank(c.rating(year)))
                .thenComparing(Comparator.comparingInt(PersonCase::initiativesOfYear).reversed());
        Comparator<PersonCase> order = women ? merit.thenComparing(WomenPreference.preferredFirst(ReviewEngine::isWoman))
                : merit;
        order = order.thenComparing(c -> c.ref.code());
        String pctText = VnFormat.decimal(pct) + " %";
        for (Map.Entry<Unit, List<PersonCase>> e : byAgency.entrySet()) {
            int ldtt = (int) e.getValue().stream().filter(c -> c.ldtt.eligible()).count();
            int allowed = pct.multiply(BigDecimal.valueOf(ldtt)).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                    .intValue();
            List<PersonCase> candidates = e.getValue().stream().filter(c -> c.cstdcs.eligible()).sorted(order).toList();
            Msg tieNote = null;
            if (women && allowed > 0 && allowed < candidates.size()) {
                PersonCase in = candidates.get(allowed - 1);
                PersonCase out = candidates.get(allowed);
                if (merit.compare(in, out) == 0 && WomenPreference.decides(in, out, ReviewEngine::isWoman)) {
                    tieNote = msg("review.reason.cap.tie", in.ref.name(), out.ref.name(),
                            rules.ref(RuleKey.WOMEN_TIE_PREFERENCE));
                }
            }
            Object agency = e.getKey() == null ? msg("review.reason.agency") : e.getKey().name();
            for (int i = 0; i < candidates.size(); i++) {
                boolean within = i < allowed;
                Msg rank = msg("review.reason.cap.rank", n(i + 1), n(candidates.size()), agency, n(allowed), pctText, n(ldtt));
                Msg evidence = within ? rank : msg("review.reason.cap.over", pctText, rank);
                candidates.get(i).capCstdcs(Criterion.required(msg("review.rule.cap", pctText, agency), within,
                        tieNote == null ? evidence : Texts.semi(List.of(evidence, tieNote)),
                        rules.ref(RuleKey.CSTDCS_CAP_PERCENT), msg("review.reason.need.cap", pctText)));
            }
        }
    }

    private static boolean isWoman(PersonCase c) {
        return c.history.person().gender() == Gender.FEMALE;
    }

    private static int ratingRank(RatingLevel r) {
        return r == null ? RatingLevel.values().length : r.ordinal();
    }

    /** The agency a unit belongs to: the root of its tree (the unit itself when unknown). */
    private static Unit root(Map<Long, Unit> units, long unitId) {
        Unit u = units.get(unitId);
        for (int depth = 0; u != null && u.parentId() != null && depth < 50; depth++) {
            Unit parent = units.get(u.parentId());
            if (parent == null) {
                break;
            }
            u = parent;
        }
        return u;
    }
}
