package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The checks of one unit for one review. A member counts as Lao động tiên tiến when an LĐTT award for the year is
 * recorded, or else when the engine finds the member eligible for LĐTT in this review (the same for CSTĐCS).
 */
final class UnitCase {

    private final UnitHistory history;
    private final SubjectRef ref;
    private final int year;
    private final RuleSet rules;
    private final Map<Integer, RatingLevel> ratings = new HashMap<>();
    private final Map<String, NavigableMap<Integer, Award>> merit = new HashMap<>();
    private final List<PersonCase> members;
    private final Shared shared;

    UnitCase(UnitHistory history, int year, LocalDate reviewDate, RuleSet rules, Function<PersonHistory, PersonCase> member,
             Shared shared) {
        this.shared = shared;
        this.history = history;
        this.ref = history.ref();
        this.year = year;
        this.rules = rules;
        for (Rating r : history.ratings()) {
            ratings.put(r.year(), r.level());
        }
        for (Award a : history.awards()) {
            if (a.formType().countsForMeritChains() && a.yearTo() <= year && !a.decisionDate().isAfter(reviewDate)) {
                merit.computeIfAbsent(a.kindCode(), k -> new TreeMap<>()).putIfAbsent(a.yearTo(), a);
            }
        }
        this.members = history.members().stream().map(member).toList();
    }

    List<Assessment> assess() {
        Assessment ttldtt = assessment(Title.TTLDTT, List.of(unitRating(RatingLevel.HTTNV, Title.TTLDTT),
                ldttShare(RuleKey.TTLDTT_LDTT_PERCENT, rules.flag(RuleKey.TTLDTT_PERCENT_STRICT)),
                noWarningDiscipline(rules.basis(Title.TTLDTT))), rules.basis(Title.TTLDTT));
        List<Criterion> xs = new ArrayList<>(List.of(unitRating(RatingLevel.HTXSNV, Title.TTLDXS), allMembersDone(),
                ldttShare(RuleKey.TTLDXS_LDTT_PERCENT, false), cstdcsMembers()));
        if (rules.flag(RuleKey.TTLDXS_NO_WARNING_DISCIPLINE)) {
            xs.add(noWarningDiscipline(rules.ref(RuleKey.TTLDXS_NO_WARNING_DISCIPLINE)));
        }
        Assessment ttldxs = assessment(Title.TTLDXS, xs, rules.basis(Title.TTLDXS));
        List<Criterion> flagCriteria = new ArrayList<>(List.of(blocLeader(unitRating(RatingLevel.HTXSNV, Title.CO_TD_TINH),
                Title.CO_TD_TINH)));
        if (!rules.regime().validFrom().isBefore(LUAT_2022_IN_FORCE)) {
            flagCriteria.add(movementLeader());
        }
        Assessment flag = assessment(Title.CO_TD_TINH, flagCriteria, rules.basis(Title.CO_TD_TINH));
        Assessment giayKhen = assessment(Title.GIAY_KHEN_TAP_THE,
                List.of(unitRating(RatingLevel.HTTNV, Title.GIAY_KHEN_TAP_THE)), rules.basis(Title.GIAY_KHEN_TAP_THE));
        Assessment bk = assessment(Title.BK_TINH_TAP_THE, List.of(excellentYears(ttldxs.eligible())),
                rules.basis(Title.BK_TINH_TAP_THE));
        this.flag = flag;
        this.excellent = ttldxs;
        Assessment government = UnitRules.of(rules, Title.CO_TD_CP).assess(this);
        this.government = government;
        Assessment bkTtg = UnitRules.of(rules, Title.BK_TTG_TAP_THE).assess(this);
        Assessment hcldBa = UnitRules.of(rules, Title.HCLD_BA_TAP_THE).assess(this);
        Assessment hcldNhi = UnitRules.of(rules, Title.HCLD_NHI_TAP_THE).assess(this);
        Assessment hcldNhat = UnitRules.of(rules, Title.HCLD_NHAT_TAP_THE).assess(this);
        Assessment bkTheoDot = UnitRules.of(rules, Title.BK_TINH_CHUYEN_DE_TAP_THE).assess(this);
        Assessment bkDotXuat = UnitRules.of(rules, Title.BK_TINH_DOT_XUAT_TAP_THE).assess(this);
        return List.of(ttldtt, ttldxs, flag, government, giayKhen, bk, bkTtg, hcldBa, hcldNhi, hcldNhat, bkTheoDot, bkDotXuat);
    }

    /** This review's Cờ thi đua tỉnh and TTLĐXS assessments (set before the rules that build on them). */
    private Assessment flag;
    private Assessment excellent;
    private Assessment government;

    /** True when this review finds the unit eligible for Cờ thi đua của Chính phủ of the review year. */
    boolean governmentNow() {
        return government != null && government.eligible();
    }

    /** The unit's awards of a loại hình (theo đợt, đột xuất) recorded for the review year. */
    List<Award> special(vn.tdkt.record.domain.AwardFormType type) {
        return history.awards().stream().filter(a -> a.formType() == type && a.yearTo() == year).toList();
    }

    /** The chuyên đề movements and sub-movements the unit led, summed up in the review year. */
    List<MovementLead> movementsLedNow() {
        return history.movementLeads().stream().filter(m -> m.toYear() == year).toList();
    }

    /** True when this review finds the unit eligible for Tập thể lao động xuất sắc of the review year. */
    boolean excellentNow() {
        return excellent != null && excellent.eligible();
    }

    /** The unit's rating of a year, or null. */
    RatingLevel rating(int y) {
        return ratings.get(y);
    }

    /** The recorded công trạng awards of a kind by achievement year (empty when none). */
    NavigableMap<Integer, Award> merit(String kind) {
        NavigableMap<Integer, Award> m = merit.get(kind);
        return m == null ? new TreeMap<>() : m;
    }

    /** The earliest year of the unit's records, or null. */
    Integer firstRecordedYear() {
        return UnitChains.firstRecordedYear(history);
    }

    int year() {
        return year;
    }

    RuleSet rules() {
        return rules;
    }

    Assessment flagAssessment() {
        return flag;
    }

    /** The recorded công trạng award of a kind for the review year, or null. */
    Award recorded(String kind) {
        NavigableMap<Integer, Award> m = merit.get(kind);
        return m == null ? null : m.get(year);
    }

    Assessment assessment(Title title, List<Criterion> criteria, String legalRef) {
        return shared.assessment(ref, title, criteria, legalRef);
    }

    Criterion unitRating(RatingLevel min, Title title) {
        RatingLevel r = ratings.get(year);
        boolean met = r != null && r.atLeast(min);
        boolean top = min == RatingLevel.HTXSNV;
        Msg text = top ? msg("review.rule.unitTop", n(year)) : msg("review.rule.unitGood", n(year));
        return Criterion.required(text, met, Texts.rating(year, r), rules.basis(title),
                msg(top ? "review.reason.need.unitRating" : "review.reason.need.unitRatingAtLeast", min, n(year)));
    }

    private Criterion ldttShare(RuleKey key, boolean strict) {
        BigDecimal pct = rules.percent(key);
        int total = members.size();
        int recorded = 0;
        int computed = 0;
        for (PersonCase m : members) {
            if (m.recorded("LDTT") != null) {
                recorded++;
            } else if (m.ldtt.eligible()) {
                computed++;
            }
        }
        int ldtt = recorded + computed;
        String pctText = VnFormat.decimal(pct) + " %";
        Msg text = msg(strict ? "review.rule.ldttShareAbove" : "review.rule.ldttShareFrom", pctText, n(year));
        boolean met = Texts.reaches(ldtt, total, pct, strict);
        if (total == 0) {
            return Criterion.required(text, false, msg("review.reason.noMembers", n(year)), rules.ref(key),
                    msg("review.reason.need.memberList", n(year)));
        }
        int needed = ldtt;
        while (needed < total && !Texts.reaches(needed, total, pct, strict)) {
            needed++;
        }
        Msg evidence = msg("review.reason.ldttShare", n(ldtt), n(total), Texts.percent(Texts.share(ldtt, total)), n(recorded),
                n(computed));
        return Criterion.required(text, met, evidence, rules.ref(key),
                Texts.reaches(total, total, pct, strict) ? msg("review.reason.need.ldttMembers", n(needed - ldtt), pctText)
                        : msg("review.reason.need.ldttShare", pctText));
    }

    private Criterion noWarningDiscipline(String legalRef) {
        List<Msg> names = new ArrayList<>();
        for (PersonCase m : members) {
            Discipline d = m.warningDisciplineInYear();
            if (d != null) {
                names.add(Texts.paren(m.ref.name(), Texts.discipline(d)));
            }
        }
        return Criterion.required(msg("review.rule.noWarning", n(year)), names.isEmpty(),
                names.isEmpty() ? msg("review.reason.none") : Texts.names(names), legalRef,
                msg("review.reason.need.noWarning"));
    }

    private Criterion allMembersDone() {
        List<Msg> below = new ArrayList<>();
        for (PersonCase m : members) {
            RatingLevel r = m.rating(year);
            if (r == null || !r.atLeast(RatingLevel.HTNV)) {
                below.add(Texts.paren(m.ref.name(), r == null ? msg("review.reason.noRating") : r));
            }
        }
        boolean met = !members.isEmpty() && below.isEmpty();
        Msg evidence = members.isEmpty() ? msg("review.reason.noMembers", n(year))
                : below.isEmpty() ? msg("review.reason.allDone", n(members.size()))
                : msg("review.reason.below", n(below.size()), n(members.size()), Texts.names(below));
        return Criterion.required(msg("review.rule.allMembersDone", n(year)), met, evidence,
                rules.basis(Title.TTLDXS), msg("review.reason.need.allDone"));
    }

    private Criterion cstdcsMembers() {
        int min = rules.integer(RuleKey.TTLDXS_MIN_CSTDCS);
        List<Msg> names = new ArrayList<>();
        for (PersonCase m : members) {
            Award a = m.recorded("CSTDCS");
            if (a != null) {
                names.add(Texts.paren(m.ref.name(), Texts.decision(a)));
            } else if (m.cstdcs.eligible()) {
                names.add(Texts.paren(m.ref.name(), msg("review.reason.eligibleNow")));
            }
        }
        return Criterion.required(msg("review.rule.cstdcsMembers", n(min), n(year)), names.size() >= min,
                names.isEmpty() ? msg("review.reason.cstdcsMembers.none")
                        : msg("review.reason.cstdcsMembers.some", n(names.size()), Texts.names(names)),
                rules.ref(RuleKey.TTLDXS_MIN_CSTDCS), msg("review.reason.need.cstdcsMembers", n(min - names.size())));
    }

    /**
     * Cờ thi đua, Luật 2022 Điều 26 khoản 1 (Luật 2003 Điều 26): the collective leading its cụm, khối thi đua organised
     * by the province in the year, having completed its tasks with excellence — one of the two routes.
     */
    Criterion blocLeader(Criterion excellent, Title title) {
        boolean leads = history.blocLeads().stream().anyMatch(b -> b.year() == year);
        Msg evidence = history.blocName() == null ? msg("review.reason.bloc.none")
                : msg(leads ? "review.reason.bloc.leads" : "review.reason.bloc.notLeads", history.blocName(), n(year));
        boolean met = leads && excellent.met();
        List<Msg> missing = new ArrayList<>();
        if (!leads) {
            missing.add(msg("review.reason.need.blocLead", n(year)));
        }
        if (!excellent.met()) {
            missing.add(excellent.shortfall());
        }
        return Criterion.oneOf(msg("review.rule.blocLeader", n(year), new Texts.Lower(excellent.text())), met,
                Texts.semi(List.of(evidence, excellent.evidence())), rules.basis(title), Texts.and(missing));
    }

    /**
     * Cờ thi đua, Luật 2022 Điều 26 khoản 2: the collective leading a chuyên đề movement of 03 years or more, at its
     * summing-up in the review year. Read from the {@link MovementLead} facts of the unit.
     */
    private Criterion movementLeader() {
        List<MovementLead> summed = history.movementLeads().stream().filter(m -> m.toYear() == year).toList();
        MovementLead long3 = summed.stream().filter(m -> m.years() >= 3).findFirst().orElse(null);
        if (long3 == null && !summed.isEmpty()) {
            summed = summed.stream().sorted(java.util.Comparator.comparingInt(MovementLead::years).reversed()).toList();
        }
        Msg evidence = long3 != null ? msg("review.reason.movement.led", long3.movement(), n(long3.fromYear()),
                n(long3.toYear()), n(long3.years()), n(year))
                : summed.isEmpty() ? msg("review.reason.movement.none", n(year))
                : msg("review.reason.movement.short", summed.get(0).movement(), n(summed.get(0).years()));
        return Criterion.oneOf(msg("review.rule.movementLeader", n(year)), long3 != null, evidence, CHUYEN_DE_REF,
                msg("review.reason.need.movementLead"));
    }

    /**
     * Cờ thi đua của Chính phủ, Luật 2022 Điều 25 khoản 3: the collective leading a chuyên đề movement launched by the
     * Thủ tướng Chính phủ of {@code minYears} years or more, at its summing-up in the review year.
     */
    Criterion nationalMovementLeader(int minYears, String legalRef) {
        List<MovementLead> summed = history.movementLeads().stream().filter(m -> m.national() && m.toYear() == year)
                .sorted(java.util.Comparator.comparingInt(MovementLead::years).reversed()).toList();
        MovementLead led = summed.isEmpty() || summed.get(0).years() < minYears ? null : summed.get(0);
        Msg evidence = led != null ? msg("review.reason.movement.led", led.movement(), n(led.fromYear()), n(led.toYear()),
                n(led.years()), n(year))
                : summed.isEmpty() ? msg("review.reason.movement.noneNational", n(year))
                : msg("review.reason.movement.short", summed.get(0).movement(), n(summed.get(0).years()));
        return Criterion.oneOf(msg("review.rule.nationalMovementLeader", n(minYears), n(year)), led != null, evidence, legalRef,
                msg("review.reason.need.nationalMovementLead", n(minYears)));
    }

    private static final String CHUYEN_DE_REF = "Luật Thi đua, khen thưởng 2022, Điều 26 khoản 2";
    /** Luật Thi đua, khen thưởng số 06/2022/QH15 took effect on 01/01/2024 (its Điều 26 khoản 2 route starts then). */
    private static final LocalDate LUAT_2022_IN_FORCE = LocalDate.of(2024, 1, 1);

    /** Bằng khen tỉnh for a collective: the last n consecutive years HTXSNV or Tập thể lao động xuất sắc. */
    private Criterion excellentYears(boolean ttldxsThisYear) {
        int n = rules.integer(RuleKey.BK_TINH_UNIT_HTXSNV_YEARS);
        NavigableMap<Integer, Award> bk = merit.getOrDefault("BK_TINH", new TreeMap<>());
        Integer lastSame = bk.lowerKey(year);
        NavigableMap<Integer, Award> xs = merit.getOrDefault("TTLDXS", new TreeMap<>());
        List<Msg> run = new ArrayList<>();
        for (int y = year; lastSame == null || y > lastSame; y--) {
            Award a = xs.get(y);
            if (ratings.get(y) == RatingLevel.HTXSNV) {
                run.add(0, msg("review.reason.unitRun.htxsnv", n(y)));
            } else if (a != null) {
                run.add(0, msg("review.reason.unitRun.ttldxs", n(y), Texts.decision(a)));
            } else if (y == year && ttldxsThisYear) {
                run.add(0, msg("review.reason.unitRun.now", n(y)));
            } else {
                break;
            }
        }
        List<Msg> evidence = new ArrayList<>();
        evidence.add(run.isEmpty() ? Texts.rating(year, ratings.get(year))
                : msg("review.reason.unitRun", n(run.size()), Texts.semi(run)));
        if (lastSame != null) {
            evidence.add(msg("review.reason.unitRun.rewarded", n(lastSame), Texts.decision(bk.get(lastSame))));
        }
        return Criterion.required(msg("review.rule.unitExcellentYears", n(n), n(year)), run.size() >= n, Texts.semi(evidence),
                rules.ref(RuleKey.BK_TINH_UNIT_HTXSNV_YEARS), msg("review.reason.need.unitHtxsnvYears", n(n - run.size())));
    }
}
