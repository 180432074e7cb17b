package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Which of a person's initiatives were already used as evidence (CV 5007/BNV-TĐKT mục III.5.c; Luật 2022 Điều 5).
 * The store records no link between an award and its initiatives, so use is derived from the awards, oldest first:
 * <ul>
 * <li>CSTĐCS of year y: none when the person was rated HTXSNV in y and the rules in force on the decision date let
 * HTXSNV replace the initiative; otherwise one initiative recognised in y;</li>
 * <li>CSTĐ cấp tỉnh of year y: one initiative of provincial or national scope recognised in the last n years up to y
 * (n = CSTĐCS years required);</li>
 * <li>CSTĐ toàn quốc of year y: one national-scope initiative recognised in the n × m years up to y;</li>
 * <li>Bằng khen tỉnh of year y: none when it rests on consecutive CSTĐCS (Luật 2022 only); otherwise the initiatives
 * required, recognised in the HTXSNV years up to y;</li>
 * <li>Bằng khen Thủ tướng and Huân chương Lao động hạng Ba decided under NĐ 91/2017 (Điều 38 khoản 1 điểm c, Điều 24):
 * the initiatives those rules require (cơ sở, resp. tỉnh scope) in the years up to y;</li>
 * <li>other awards, and đột xuất / chuyên đề awards: none.</li>
 * </ul>
 * Each use takes the narrowest scope first, then the oldest record. An initiative used for a danh hiệu never serves a
 * hình thức and the other way round; one initiative serves one hình thức only; serving several danh hiệu is allowed
 * only when {@link RuleKey#INITIATIVE_REUSE_AMONG_TITLES} is on. The award being re-examined (same title, same year)
 * is not counted against itself.
 */
final class InitiativeLedger {

    /** One use of an initiative: for which title, which achievement year, by which decision (null = this review). */
    record Use(Initiative initiative, Title title, int year, Award award) {

        vn.tdkt.common.domain.Msg describe() {
            return award == null
                    ? Texts.msg("review.reason.initiative.used", Texts.initiative(initiative), title, Texts.n(year))
                    : Texts.msg("review.reason.initiative.usedBy", Texts.initiative(initiative), title, Texts.n(year),
                    Texts.decision(award));
        }
    }

    static final Comparator<Initiative> NARROWEST_FIRST = Comparator.comparing(Initiative::scope)
            .thenComparingInt(Initiative::year).thenComparingLong(Initiative::id);

    private final List<Initiative> initiatives;
    private final List<Use> uses;
    private final boolean reuseAmongTitles;

    private InitiativeLedger(List<Initiative> initiatives, List<Use> uses, boolean reuseAmongTitles) {
        this.initiatives = initiatives;
        this.uses = uses;
        this.reuseAmongTitles = reuseAmongTitles;
    }

    /**
     * @param meritAwards the person's awards that count for công trạng, oldest first
     * @param rulesAt     the rules in force on a decision date
     */
    static InitiativeLedger build(List<Initiative> initiatives, List<Award> meritAwards, Map<Integer, RatingLevel> ratings,
                                  Function<LocalDate, RuleSet> rulesAt, boolean reuseAmongTitles) {
        List<Initiative> sorted = initiatives.stream().sorted(NARROWEST_FIRST).toList();
        InitiativeLedger ledger = new InitiativeLedger(sorted, List.of(), reuseAmongTitles);
        if (sorted.isEmpty()) {
            return ledger;
        }
        for (Award a : meritAwards) {
            Title t = Title.personTitle(a.kindCode());
            if (t == null) {
                continue;
            }
            int y = a.yearTo();
            RuleSet r = rulesAt.apply(a.decisionDate());
            List<Initiative> picked = switch (t) {
                case CSTDCS -> ratings.get(y) == RatingLevel.HTXSNV && r.flag(RuleKey.CSTDCS_HTXSNV_SUFFICES) ? List.of()
                        : ledger.pick(t, y, i -> i.year() == y, 1);
                case CSTD_TINH -> ledger.pick(t, y, inYears(y, r.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS), InitiativeScope.TINH), 1);
                case CSTD_TQ -> ledger.pick(t, y, inYears(y, r.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS)
                        * r.integer(RuleKey.CSTD_TQ_CSTD_TINH_TIMES), InitiativeScope.TOAN_QUOC), 1);
                case BK_TINH -> !BkTinhNd91Rule.CODE.equals(PersonRules.codeOf(r, t))
                        && restsOnCstdcs(meritAwards, y, r.integer(RuleKey.BK_TINH_CSTDCS_YEARS)) ? List.of()
                        : ledger.pick(t, y, inYears(y, r.integer(RuleKey.BK_TINH_HTXSNV_YEARS), InitiativeScope.CO_SO),
                        r.integer(RuleKey.BK_TINH_INITIATIVES));
                case BK_TTG -> !BkTtgNd91Rule.CODE.equals(PersonRules.codeOf(r, t)) ? List.of()
                        : ledger.pick(t, y, inYears(y, r.integer(RuleKey.BK_TTG_YEARS), InitiativeScope.CO_SO),
                        r.integer(RuleKey.BK_TTG_INITIATIVES));
                case HCLD_BA -> !HcldBaNd91Rule.CODE.equals(PersonRules.codeOf(r, t)) ? List.of()
                        : ledger.pick(t, y, inYears(y, r.integer(RuleKey.HCLD_BA_YEARS), InitiativeScope.TINH),
                        r.integer(RuleKey.HCLD_BA_INITIATIVES));
                case HCLD_NHI -> !HcldNhiNd91Rule.CODE.equals(PersonRules.codeOf(r, t)) ? List.of()
                        : ledger.pick(t, y, inYears(y, r.integer(RuleKey.HCLD_NHI_YEARS), InitiativeScope.TINH),
                        r.integer(RuleKey.HCLD_NHI_INITIATIVES));
                case HCLD_NHAT -> !HcldNhatNd91Rule.CODE.equals(PersonRules.codeOf(r, t)) ? List.of()
                        : ledger.pick(t, y, inYears(y, r.integer(RuleKey.HCLD_NHAT_YEARS), InitiativeScope.TINH),
                        r.integer(RuleKey.HCLD_NHAT_INITIATIVES));
                default -> List.of();
            };
            for (Initiative i : picked) {
                ledger = ledger.plus(new Use(i, t, y, a));
            }
        }
        return ledger;
    }

    static Predicate<Initiative> inYears(int lastYear, int years, InitiativeScope minScope) {
        return i -> i.year() <= lastYear && i.year() > lastYear - years && i.scope().atLeast(minScope);
    }

    private static boolean restsOnCstdcs(List<Award> meritAwards, int year, int needed) {
        for (int y = year; y > year - needed; y--) {
            int yy = y;
            if (meritAwards.stream().noneMatch(a -> a.kindCode().equals("CSTDCS") && a.yearTo() == yy)) {
                return false;
            }
        }
        return true;
    }

    InitiativeLedger plus(Use use) {
        List<Use> more = new ArrayList<>(uses);
        more.add(use);
        return new InitiativeLedger(initiatives, more, reuseAmongTitles);
    }

    /** Initiatives matching the filter that the title of the given year may still use, narrowest first. */
    List<Initiative> available(Title title, int year, Predicate<Initiative> filter) {
        if (initiatives.isEmpty()) {
            return List.of();
        }
        if (uses.isEmpty()) {
            return initiatives.stream().filter(filter).toList();
        }
        return initiatives.stream().filter(filter).filter(i -> blockingUse(i, title, year).isEmpty()).toList();
    }

    /** Initiatives matching the filter that are already used in a way that bars the title. */
    List<Use> blocked(Title title, int year, Predicate<Initiative> filter) {
        if (uses.isEmpty()) {
            return List.of();
        }
        return initiatives.stream().filter(filter).map(i -> blockingUse(i, title, year)).flatMap(Optional::stream).toList();
    }

    List<Initiative> pick(Title title, int year, Predicate<Initiative> filter, int count) {
        List<Initiative> a = available(title, year, filter);
        return a.subList(0, Math.min(count, a.size()));
    }

    private Optional<Use> blockingUse(Initiative i, Title title, int year) {
        for (Use u : uses) {
            if (u.initiative().id() != i.id() || u.title() == title && u.year() == year) {
                continue;
            }
            boolean bothTitles = u.title().danhHieu() && title.danhHieu();
            if (!bothTitles || !reuseAmongTitles) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
