package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;

/**
 * What one review knows of one person, as the title rules read it: the ratings, the awards that count for công trạng
 * (decided on or before the review date), the other awards, the discipline that limits the achievement years, the
 * hold on the review date, the initiatives still usable, and the titles this review has found so far.
 * <p>
 * {@link #hasTitle(Title, int)} is the one place that says what "has title T in year Y" means, for every chain.
 */
final class PersonFacts {

    final PersonHistory history;
    final SubjectRef ref;
    final int year;
    final LocalDate reviewDate;
    final Shared shared;
    private final Map<Integer, RatingLevel> ratings = new HashMap<>();
    private final Map<String, NavigableMap<Integer, Award>> merit = new HashMap<>();
    private final List<Award> special = new ArrayList<>();
    private final Map<Title, Assessment> found = new EnumMap<>(Title.class);
    /** The discipline in force on the review date (with the hold rule on), or null. */
    final Discipline holding;
    /** The pending investigation, inspection, complaint or discipline procedure on the review date, or null. */
    final PersonHold pending;
    /** The discipline that sets {@link #firstCountable}, or null. */
    final Discipline limiting;
    /** The day from which achievements count again after {@link #limiting} (NĐ 152/2025 Điều 4 khoản 4), or null. */
    final LocalDate countsFrom;
    /** The first achievement year that counts (MIN_VALUE without a limiting discipline). */
    final int firstCountable;
    private InitiativeLedger ledger;

    PersonFacts(PersonHistory history, int year, LocalDate reviewDate, RuleSet rules, Function<LocalDate, RuleSet> rulesAt,
                Shared shared) {
        this.history = history;
        this.ref = history.ref();
        this.year = year;
        this.reviewDate = reviewDate;
        this.shared = shared;
        for (Rating r : history.ratings()) {
            if (r.year() <= year) {
                ratings.put(r.year(), r.level());
            }
        }
        List<Award> meritAwards = new ArrayList<>();
        history.awards().stream().filter(a -> a.yearTo() <= year && !a.decisionDate().isAfter(reviewDate))
                .sorted(Comparator.comparingInt(Award::yearTo).thenComparing(Award::decisionDate).thenComparingLong(Award::id))
                .forEach(a -> {
                    if (a.formType().countsForMeritChains()) {
                        meritAwards.add(a);
                        merit.computeIfAbsent(a.kindCode(), k -> new TreeMap<>()).putIfAbsent(a.yearTo(), a);
                    } else {
                        special.add(a);
                    }
                });
        boolean holdFlag = rules.flag(RuleKey.DISCIPLINE_HOLD);
        int minMonths = rules.integer(RuleKey.LDTT_MIN_MONTHS);
        Discipline hold = null;
        Discipline limit = null;
        LocalDate from = null;
        int first = Integer.MIN_VALUE;
        for (Discipline d : history.disciplines()) {
            if (d.decisionDate().isAfter(reviewDate)) {
                continue;
            }
            int countFrom;
            LocalDate served;
            if (d.inForceOn(reviewDate)) {
                if (holdFlag) {
                    hold = hold == null ? d : hold;
                    continue;
                }
                served = d.effectiveUntil() == null ? reviewDate.plusDays(1) : d.effectiveUntil().plusDays(1);
                countFrom = Math.max(reviewDate.getYear() + 1, served.getYear());
            } else {
                served = d.effectiveUntil().plusDays(1);
                countFrom = firstYearFrom(served, minMonths);
            }
            if (countFrom > first || countFrom == first && from != null && served.isAfter(from)) {
                first = countFrom;
                limit = d;
                from = served;
            }
        }
        this.holding = hold;
        this.pending = rules.flag(RuleKey.DISCIPLINE_HOLD) ? history.holdOn(reviewDate) : null;
        this.limiting = limit;
        this.countsFrom = from;
        this.firstCountable = first;
        this.ledger = InitiativeLedger.build(history.initiatives().stream().filter(i -> i.year() <= year).toList(),
                meritAwards, ratings, rulesAt, rules.flag(RuleKey.INITIATIVE_REUSE_AMONG_TITLES));
    }

    /**
     * The first achievement year that counts when achievements count from {@code served} on (NĐ 152/2025 Điều 4
     * khoản 4: "từ thời điểm chấp hành xong kỷ luật"): the year of that day when the rest of the year from it is at
     * least the minimum working time of the year's titles (the same minimum as a new hire's), else the next year.
     */
    static int firstYearFrom(LocalDate served, int minMonths) {
        LocalDate end = LocalDate.of(served.getYear(), 12, 31);
        long months = Period.between(served, end.plusDays(1)).toTotalMonths();
        return months >= minMonths ? served.getYear() : served.getYear() + 1;
    }

    RatingLevel rating(int y) {
        return ratings.get(y);
    }

    boolean ratedAtLeast(int y, RatingLevel min) {
        RatingLevel r = ratings.get(y);
        return r != null && r.atLeast(min);
    }

    /** The recorded công trạng award of a kind for the review year, or null. */
    Award recorded(String kind) {
        NavigableMap<Integer, Award> m = merit.get(kind);
        return m == null ? null : m.get(year);
    }

    /** The recorded công trạng awards of a kind by achievement year (empty when none). */
    NavigableMap<Integer, Award> merit(String kind) {
        NavigableMap<Integer, Award> m = merit.get(kind);
        return m == null ? new TreeMap<>() : m;
    }

    /** Đột xuất / chuyên đề / other awards that never feed a công trạng chain (NĐ 152/2025 Điều 4 khoản 3). */
    List<Award> special() {
        return special;
    }

    /**
     * THE meaning of "has title T in year Y" for every chain: a công trạng award of T for Y decided on or before the
     * review date (whatever its decision date within the round, e.g. a CSTĐCS of the review year decided in January
     * of the next year), or — for the review year only — this review found the person eligible for T.
     */
    boolean hasTitle(Title t, int y) {
        NavigableMap<Integer, Award> m = merit.get(t.kindCode());
        if (m != null && m.containsKey(y)) {
            return true;
        }
        if (y != year) {
            return false;
        }
        Assessment a = found.get(t);
        return a != null && a.eligible();
    }

    /** The decision behind {@link #hasTitle} for a year, or "y (đủ điều kiện trong lần xét này)". */
    vn.tdkt.common.domain.Msg titleEvidence(Title t, int y) {
        Award a = merit(t.kindCode()).get(y);
        return a == null ? eligibleNow(y) : Texts.award(a);
    }

    /** "2025 (đủ điều kiện trong lần xét này)". */
    static vn.tdkt.common.domain.Msg eligibleNow(int y) {
        return Texts.paren(Texts.n(y), Texts.msg("review.reason.eligibleNow"));
    }

    /** Records an assessment of this review (later rules read it through {@link #hasTitle}). */
    void found(Assessment a) {
        found.put(a.title(), a);
    }

    Assessment assessment(Title t) {
        return found.get(t);
    }

    /** Achievement year of the last earlier award of a kind (the review year's own award excluded), or MIN_VALUE. */
    int lastEarlier(String kind) {
        NavigableMap<Integer, Award> m = merit.get(kind);
        Integer y = m == null ? null : m.lowerKey(year);
        return y == null ? Integer.MIN_VALUE : y;
    }

    /** Consecutive years ending at the review year with {@code has}, not before {@code floor}; ascending. */
    List<Integer> chainBack(IntPredicate has, int floor) {
        List<Integer> out = new ArrayList<>();
        for (int y = year; y >= floor && has.test(y); y--) {
            out.add(0, y);
        }
        return out;
    }

    /** The first year a chain of a title may start: after the last same award and after a discipline. */
    int floorAfter(int lastSame) {
        return Math.max(firstCountable, lastSame == Integer.MIN_VALUE ? Integer.MIN_VALUE : lastSame + 1);
    }

    InitiativeLedger ledger() {
        return ledger;
    }

    void use(InitiativeLedger.Use use) {
        ledger = ledger.plus(use);
    }
}
