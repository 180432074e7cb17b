package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The checks of one person for one review. Phase one (LĐTT, CSTĐCS, Giấy khen) runs first; the CSTĐCS ratio cap may
 * then add its criterion; phase two (titles that build on this year's CSTĐCS) follows.
 * <p>
 * Chains are built from awards that count for công trạng ({@code AwardFormType.countsForMeritChains()}), decided on or
 * before the review date. A title of the review year that is not recorded yet counts in a chain when the person is
 * eligible for it in this review (the council decides from the lowest title to the highest). Achievements already
 * rewarded by an earlier award of the same kind are not counted again (Luật 2022 Điều 5: one achievement, one award),
 * and after a discipline only the years from the end of the discipline on count (NĐ 152/2025 Điều 4 khoản 4).
 */
final class PersonCase {

    private static final String CSTDCS = "CSTDCS";

    final PersonHistory history;
    final SubjectRef ref;
    private final int year;
    private final LocalDate reviewDate;
    private final RuleSet rules;
    private final Map<Integer, RatingLevel> ratings = new HashMap<>();
    private final Map<String, NavigableMap<Integer, Award>> merit = new HashMap<>();
    private final List<Award> special = new ArrayList<>();
    private final Discipline holding;
    private final Discipline limiting;
    private final int firstCountable;
    private final Criterion disciplineCriterion;
    private final Criterion holdCriterion;
    private final Shared shared;
    private InitiativeLedger ledger;

    Assessment ldtt;
    Assessment cstdcs;
    Assessment giayKhen;
    Assessment bkTinh;
    Assessment cstdTinh;
    Assessment cstdTq;
    Assessment bkTtg;
    Assessment hcldBa;

    PersonCase(PersonHistory history, int year, LocalDate reviewDate, RuleSet rules, Function<LocalDate, RuleSet> rulesAt,
               Shared shared) {
        this.history = history;
        this.shared = shared;
        this.ref = history.ref();
        this.year = year;
        this.reviewDate = reviewDate;
        this.rules = rules;
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
        Discipline hold = null;
        Discipline limit = null;
        int first = Integer.MIN_VALUE;
        for (Discipline d : history.disciplines()) {
            if (d.decisionDate().isAfter(reviewDate)) {
                continue;
            }
            int countFrom;
            if (d.inForceOn(reviewDate)) {
                if (holdFlag) {
                    hold = hold == null ? d : hold;
                    continue;
                }
                countFrom = reviewDate.getYear() + 1;
            } else {
                LocalDate next = d.effectiveUntil().plusDays(1);
                countFrom = next.getDayOfYear() == 1 ? next.getYear() : next.getYear() + 1;
            }
            if (countFrom > first) {
                first = countFrom;
                limit = d;
            }
        }
        this.holding = hold;
        this.limiting = limit;
        this.firstCountable = first;
        this.disciplineCriterion = disciplineCriterion();
        this.holdCriterion = holdCriterion();
        this.ledger = InitiativeLedger.build(history.initiatives().stream().filter(i -> i.year() <= year).toList(),
                meritAwards, ratings, rulesAt, rules.flag(RuleKey.INITIATIVE_REUSE_AMONG_TITLES));
    }

    RatingLevel rating(int y) {
        return ratings.get(y);
    }

    /** The recorded công trạng award of a kind for the review year, or null. */
    Award recorded(String kind) {
        NavigableMap<Integer, Award> m = merit.get(kind);
        return m == null ? null : m.get(year);
    }

    /** A discipline of cảnh cáo or heavier in force at some time of the review year, or null. */
    Discipline warningDisciplineInYear() {
        return history.disciplines().stream()
                .filter(d -> d.form().atLeastWarning() && !d.decisionDate().isAfter(reviewDate) && d.inForceDuring(year))
                .findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- phase one

    void phaseOne() {
        ldtt = assessment(Title.LDTT, ldttCriteria(true), rules.basis(Title.LDTT));
        cstdcs = assessCstdcs();
        giayKhen = assessment(Title.GIAY_KHEN, List.of(ratingAtLeast("gk", RatingLevel.HTTNV, rules.basis(Title.GIAY_KHEN)),
                disciplineCriterion, holdCriterion), rules.basis(Title.GIAY_KHEN));
    }

    private List<Criterion> ldttCriteria(boolean withDiscipline) {
        List<Criterion> out = new ArrayList<>();
        if (rules.flag(RuleKey.LDTT_REQUIRES_HTTNV)) {
            out.add(ratingAtLeast("ldtt", RatingLevel.HTTNV, rules.ref(RuleKey.LDTT_REQUIRES_HTTNV)));
        }
        out.add(serviceCriterion());
        if (withDiscipline) {
            out.add(disciplineCriterion);
            out.add(holdCriterion);
        }
        return out;
    }

    /** @param tag tells apart call sites with different legal references (part of the memo key) */
    private Criterion ratingAtLeast(String tag, RatingLevel min, String legalRef) {
        RatingLevel r = ratings.get(year);
        return shared.memo("rating|" + tag + "|" + min + "|" + r, () -> ratingCriterion(r, min, legalRef));
    }

    private Criterion ratingCriterion(RatingLevel r, RatingLevel min, String legalRef) {
        boolean met = r != null && r.atLeast(min);
        String text = min == RatingLevel.HTXSNV ? "Hoàn thành xuất sắc nhiệm vụ năm " + year
                : "Mức độ hoàn thành nhiệm vụ năm " + year + " từ " + min.label() + " trở lên";
        return Criterion.required(text, met, Texts.rating(year, r), legalRef,
                "mức " + min.label() + (min == RatingLevel.HTXSNV ? "" : " trở lên") + " năm " + year);
    }

    private Criterion serviceCriterion() {
        int min = rules.integer(RuleKey.LDTT_MIN_MONTHS);
        LocalDate start = history.employmentStart();
        LocalDate end = history.person().endDate();
        String counted = rules.flag(RuleKey.MATERNITY_LEAVE_COUNTS)
                ? "thời gian nghỉ thai sản được tính; không có dữ liệu nghỉ riêng nên toàn bộ thời gian tại đơn vị được tính"
                : "không có dữ liệu nghỉ riêng nên toàn bộ thời gian tại đơn vị được tính";
        String text = "Công tác từ " + min + " tháng trở lên trong năm " + year;
        String legalRef = rules.ref(RuleKey.LDTT_MIN_MONTHS);
        if (start == null) {
            return Criterion.required(text, true, "không ghi ngày bắt đầu công tác: coi như công tác đủ năm ("
                    + counted + ")", legalRef, null);
        }
        if (start.getYear() < year && end == null) {
            return shared.memo("service|full", () -> Criterion.required(text, true, "công tác đủ 12 tháng năm " + year
                    + " (bắt đầu công tác trước năm " + year + "; " + counted + ")", legalRef, null));
        }
        LocalDate from = start.isAfter(LocalDate.of(year, 1, 1)) ? start : LocalDate.of(year, 1, 1);
        LocalDate to = end != null && end.isBefore(LocalDate.of(year, 12, 31)) ? end : LocalDate.of(year, 12, 31);
        long months = to.isBefore(from) ? 0 : Period.between(from, to.plusDays(1)).toTotalMonths();
        String evidence = "bắt đầu công tác " + VnFormat.date(start)
                + (end == null ? "" : ", thôi công tác " + VnFormat.date(end)) + ": " + months
                + " tháng trong năm " + year + " (" + counted + ")";
        return Criterion.required(text, months >= min, evidence, legalRef,
                "đủ " + min + " tháng công tác trong năm " + year + " (hiện " + months + " tháng)");
    }

    private Criterion disciplineCriterion() {
        String text = "Không bị kỷ luật trong thời gian xét (thành tích chỉ tính từ khi chấp hành xong kỷ luật)";
        String legalRef = rules.ref(RuleKey.DISCIPLINE_HOLD);
        if (limiting == null) {
            return shared.memo("discipline|none", () -> Criterion.required(text, true, "không có quyết định kỷ luật", legalRef, null));
        }
        boolean met = firstCountable <= year;
        String evidence = Texts.discipline(limiting) + (met ? "; đã chấp hành xong, thành tích tính từ năm " + firstCountable
                : "; thành tích chỉ được tính từ năm " + firstCountable);
        return Criterion.required(text, met, evidence, legalRef, "thành tích từ năm " + firstCountable
                + " trở đi, sau khi chấp hành xong kỷ luật");
    }

    private Criterion holdCriterion() {
        String text = "Không đang thi hành kỷ luật hoặc chờ kết luận vào ngày xét " + VnFormat.date(reviewDate);
        String legalRef = rules.ref(RuleKey.DISCIPLINE_HOLD);
        if (holding == null) {
            return shared.memo("hold|none", () -> Criterion.hold(text, true, "không có kỷ luật đang thi hành", legalRef, null));
        }
        return Criterion.hold(text, false, "đang thi hành kỷ luật: " + Texts.discipline(holding)
                + "; tạm hoãn xét, không khen thưởng và không đề nghị", legalRef,
                "chấp hành xong kỷ luật theo QĐ số " + holding.decisionNo());
    }

    private Assessment assessCstdcs() {
        String basis = rules.basis(Title.CSTDCS);
        List<Criterion> out = new ArrayList<>();
        List<Criterion> core = ldttCriteria(false);
        boolean ldttMet = core.stream().allMatch(Criterion::met);
        Award recordedLdtt = recorded("LDTT");
        if (ldttMet && recordedLdtt == null) {
            out.add(shared.memo("cstdcs|ldtt", () -> ldttStandard(core, true, null)));
        } else {
            out.add(ldttStandard(core, ldttMet, recordedLdtt));
        }
        Predicate<Initiative> ofYear = i -> i.year() == year;
        List<Initiative> usable = ledger.available(Title.CSTDCS, year, ofYear);
        List<InitiativeLedger.Use> blocked = ledger.blocked(Title.CSTDCS, year, ofYear);
        boolean suffices = rules.flag(RuleKey.CSTDCS_HTXSNV_SUFFICES);
        String legalRef = rules.ref(RuleKey.CSTDCS_HTXSNV_SUFFICES);
        if (suffices) {
            RatingLevel r = ratings.get(year);
            out.add(shared.memo("cstdcs|htxsnv|" + r, () -> Criterion.oneOf("Hoàn thành xuất sắc nhiệm vụ năm " + year,
                    r == RatingLevel.HTXSNV, Texts.rating(year, r), legalRef, "mức Hoàn thành xuất sắc nhiệm vụ năm " + year)));
        }
        if (usable.isEmpty() && blocked.isEmpty()) {
            out.add(shared.memo("cstdcs|initiative|none", () -> cstdcsInitiative(suffices, usable, blocked, legalRef)));
        } else {
            out.add(cstdcsInitiative(suffices, usable, blocked, legalRef));
        }
        out.add(disciplineCriterion);
        out.add(holdCriterion);
        return assessment(Title.CSTDCS, out, basis);
    }

    private Criterion ldttStandard(List<Criterion> core, boolean ldttMet, Award recordedLdtt) {
        String ldttEvidence = (ldttMet ? "đạt tiêu chuẩn Lao động tiên tiến năm " + year
                : "chưa đạt: " + core.stream().filter(c -> !c.met()).map(c -> c.text() + " (" + c.evidence() + ")")
                .reduce((a, b) -> a + "; " + b).orElse(""))
                + (recordedLdtt == null ? "" : "; đã ghi nhận LĐTT " + Texts.award(recordedLdtt));
        return Criterion.required("Đạt tiêu chuẩn Lao động tiên tiến năm " + year, ldttMet, ldttEvidence,
                rules.basis(Title.LDTT), "đạt tiêu chuẩn Lao động tiên tiến năm " + year);
    }

    private Criterion cstdcsInitiative(boolean suffices, List<Initiative> usable, List<InitiativeLedger.Use> blocked,
                                       String legalRef) {
        String initiativeText = "Có sáng kiến hoặc đề tài khoa học được công nhận năm " + year + ", chưa dùng cho khen thưởng khác";
        String initiativeEvidence = initiativeEvidence(usable, blocked, "không có sáng kiến, đề tài nào được công nhận năm " + year);
        String initiativeShort = "1 sáng kiến hoặc đề tài được công nhận năm " + year;
        return suffices ? Criterion.oneOf(initiativeText, !usable.isEmpty(), initiativeEvidence, legalRef, initiativeShort)
                : Criterion.required(initiativeText, !usable.isEmpty(), initiativeEvidence, legalRef, initiativeShort);
    }

    private static String initiativeEvidence(List<Initiative> usable, List<InitiativeLedger.Use> blocked, String none) {
        List<String> parts = new ArrayList<>();
        usable.forEach(i -> parts.add(Texts.initiative(i)));
        blocked.forEach(u -> parts.add(u.describe() + ", không dùng lại được"));
        return parts.isEmpty() ? none : String.join("; ", parts);
    }

    /** Number of initiatives recognised in the review year (ranking under a ratio cap). */
    int initiativesOfYear() {
        return (int) history.initiatives().stream().filter(i -> i.year() == year).count();
    }

    /** Adds the ratio-cap criterion to the CSTĐCS assessment. */
    void capCstdcs(Criterion cap) {
        cstdcs = cstdcs.with(cap);
    }

    // ---------------------------------------------------------------- phase two

    void phaseTwo() {
        if (recorded(CSTDCS) == null && cstdcs.eligible()) {
            RatingLevel r = ratings.get(year);
            if (!(r == RatingLevel.HTXSNV && rules.flag(RuleKey.CSTDCS_HTXSNV_SUFFICES))) {
                for (Initiative i : ledger.pick(Title.CSTDCS, year, x -> x.year() == year, 1)) {
                    ledger = ledger.plus(new InitiativeLedger.Use(i, Title.CSTDCS, year, null));
                }
            }
        }
        bkTinh = assessBkTinh();
        cstdTinh = assessCstdTinh();
        if (recorded("CSTD_TINH") == null && cstdTinh.eligible()) {
            int n = rules.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS);
            for (Initiative i : ledger.pick(Title.CSTD_TINH, year, InitiativeLedger.inYears(year, n, InitiativeScope.TINH), 1)) {
                ledger = ledger.plus(new InitiativeLedger.Use(i, Title.CSTD_TINH, year, null));
            }
        }
        cstdTq = assessCstdTq();
        bkTtg = assessLongService(Title.BK_TTG, "BK_TINH", Title.BK_TINH, RuleKey.BK_TTG_YEARS, null, RuleKey.BK_TTG_CSTDCS);
        hcldBa = assessLongService(Title.HCLD_BA, "BK_TTG", Title.BK_TTG, RuleKey.HCLD_BA_YEARS, RuleKey.HCLD_BA_HTXSNV,
                RuleKey.HCLD_BA_CSTDCS);
    }

    private boolean cstdcsIn(int y) {
        NavigableMap<Integer, Award> m = merit.get(CSTDCS);
        return m != null && m.containsKey(y) || y == year && cstdcs.eligible();
    }

    /** Achievement year of the last earlier award of a kind (the review year's own award excluded), or MIN_VALUE. */
    private int lastEarlier(String kind) {
        NavigableMap<Integer, Award> m = merit.get(kind);
        Integer y = m == null ? null : m.lowerKey(year);
        return y == null ? Integer.MIN_VALUE : y;
    }

    /** Consecutive years ending at the review year with {@code has}, not before {@code floor}; ascending. */
    private List<Integer> chainBack(IntPredicate has, int floor) {
        List<Integer> out = new ArrayList<>();
        for (int y = year; y >= floor && has.test(y); y--) {
            out.add(0, y);
        }
        return out;
    }

    private String cstdcsYear(int y) {
        Award a = merit.getOrDefault(CSTDCS, new TreeMap<>()).get(y);
        return a == null ? y + " (đủ điều kiện trong lần xét này)" : Texts.award(a);
    }

    /** Why a CSTĐCS chain stops where it does, and the CSTĐCS awards that were not counted. */
    private String chainNotes(List<Integer> chain, int floor, Title forTitle, int lastSame) {
        List<String> notes = new ArrayList<>();
        int before = (chain.isEmpty() ? year : chain.get(0)) - 1;
        if (before >= floor) {
            notes.add("năm " + before + " không có CSTĐCS");
        } else if (lastSame != Integer.MIN_VALUE && before <= lastSame) {
            notes.add("thành tích đến năm " + lastSame + " đã được khen " + forTitle.label() + " ("
                    + Texts.decision(merit.get(forTitle.kindCode()).get(lastSame)) + ")");
        } else if (limiting != null) {
            notes.add("thành tích trước năm " + firstCountable + " không được tính do kỷ luật (" + Texts.discipline(limiting) + ")");
        }
        special.stream().filter(a -> a.kindCode().equals(CSTDCS)).forEach(a -> notes.add("CSTĐCS " + Texts.award(a)
                + " là khen thưởng " + a.formType().label().toLowerCase(Locale.ROOT)
                + ", không tính vào chuỗi công trạng (" + Texts.SPECIAL_AWARDS_REF + ")"));
        return String.join("; ", notes);
    }

    private Criterion cstdcsChain(int needed, int floor, String legalRef, Title forTitle, int lastSame) {
        List<Integer> chain = chainBack(this::cstdcsIn, floor);
        // empty, or only this review's year: the criterion depends on the title and the chain length alone
        boolean plain = (chain.isEmpty() || chain.size() == 1 && recorded(CSTDCS) == null) && year - 1 >= floor
                && special.stream().noneMatch(a -> a.kindCode().equals(CSTDCS));
        if (plain) {
            return shared.memo("chain|" + forTitle + "|" + chain.size(), () -> chainCriterion(chain, needed, floor, legalRef,
                    forTitle, lastSame));
        }
        return chainCriterion(chain, needed, floor, legalRef, forTitle, lastSame);
    }

    private Criterion chainCriterion(List<Integer> chain, int needed, int floor, String legalRef, Title forTitle, int lastSame) {
        boolean met = chain.size() >= needed;
        String evidence = (chain.isEmpty() ? "không có CSTĐCS năm " + year
                : chain.size() + " năm liên tục: " + String.join(", ", chain.stream().map(this::cstdcsYear).toList()));
        String notes = chainNotes(chain, floor, forTitle, lastSame);
        return new Criterion(Criterion.Role.REQUIRED, needed + " lần liên tục đạt Chiến sĩ thi đua cơ sở đến năm " + year,
                met, notes.isEmpty() ? evidence : evidence + "; " + notes, legalRef,
                met ? null : "thêm " + (needed - chain.size()) + " năm CSTĐCS liên tục");
    }

    private Criterion initiativeCriterion(Title title, Predicate<Initiative> filter, String text, String scopeName,
                                          String legalRef) {
        List<Initiative> usable = ledger.available(title, year, filter);
        List<InitiativeLedger.Use> blocked = ledger.blocked(title, year, filter);
        if (usable.isEmpty() && blocked.isEmpty()) {
            return shared.memo("initiative|" + title, () -> initiativeRequired(text, scopeName, legalRef, usable, blocked));
        }
        return initiativeRequired(text, scopeName, legalRef, usable, blocked);
    }

    private static Criterion initiativeRequired(String text, String scopeName, String legalRef, List<Initiative> usable,
                                                List<InitiativeLedger.Use> blocked) {
        return Criterion.required(text, !usable.isEmpty(),
                initiativeEvidence(usable, blocked, "không có sáng kiến, đề tài " + scopeName + " trong thời gian xét"),
                legalRef, "1 sáng kiến " + scopeName);
    }

    private Assessment assessCstdTinh() {
        int n = rules.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS);
        int lastSame = lastEarlier("CSTD_TINH");
        int floor = Math.max(firstCountable, lastSame == Integer.MIN_VALUE ? Integer.MIN_VALUE : lastSame + 1);
        List<Criterion> out = new ArrayList<>();
        out.add(cstdcsChain(n, floor, rules.ref(RuleKey.CSTD_TINH_CSTDCS_YEARS), Title.CSTD_TINH, lastSame));
        out.add(initiativeCriterion(Title.CSTD_TINH, InitiativeLedger.inYears(year, n, InitiativeScope.TINH),
                "Có sáng kiến hoặc đề tài có phạm vi ảnh hưởng trong tỉnh, công nhận trong " + n + " năm đến năm " + year
                        + ", chưa sử dụng", "phạm vi tỉnh", rules.basis(Title.CSTD_TINH)));
        out.add(disciplineCriterion);
        out.add(holdCriterion);
        return assessment(Title.CSTD_TINH, out, rules.basis(Title.CSTD_TINH));
    }

    private Assessment assessCstdTq() {
        int n = rules.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS);
        int m = rules.integer(RuleKey.CSTD_TQ_CSTD_TINH_TIMES);
        int lastSame = lastEarlier("CSTD_TQ");
        NavigableMap<Integer, Award> tinh = merit.getOrDefault("CSTD_TINH", new TreeMap<>());
        List<String> chain = new ArrayList<>();
        int y = year;
        boolean has = tinh.containsKey(year) || cstdTinh.eligible();
        while (has && y >= firstCountable && y > lastSame) {
            Award a = tinh.get(y);
            chain.add(0, a == null ? y + " (đủ điều kiện trong lần xét này)" : Texts.award(a));
            Integer prev = tinh.lowerKey(y);
            has = prev != null && y - prev <= n;
            y = prev == null ? Integer.MIN_VALUE : prev;
        }
        List<Criterion> out = new ArrayList<>();
        Supplier<Criterion> tinhChain = () -> {
            boolean met = chain.size() >= m;
            String evidence = (chain.isEmpty() ? "không có Chiến sĩ thi đua cấp tỉnh năm " + year
                    : chain.size() + " lần liên tục: " + String.join(", ", chain))
                    + " (hai lần là liên tục khi cách nhau không quá " + n + " năm)";
            return new Criterion(Criterion.Role.REQUIRED, m + " lần liên tục đạt Chiến sĩ thi đua cấp tỉnh đến năm " + year,
                    met, evidence, rules.ref(RuleKey.CSTD_TQ_CSTD_TINH_TIMES),
                    met ? null : "thêm " + (m - chain.size()) + " lần CSTĐ cấp tỉnh liên tục");
        };
        out.add(chain.isEmpty() ? shared.memo("tq|none", tinhChain) : tinhChain.get());
        out.add(initiativeCriterion(Title.CSTD_TQ, InitiativeLedger.inYears(year, n * m, InitiativeScope.TOAN_QUOC),
                "Có sáng kiến hoặc đề tài có phạm vi ảnh hưởng toàn quốc, công nhận trong " + n * m + " năm đến năm " + year
                        + ", chưa sử dụng", "phạm vi toàn quốc", rules.basis(Title.CSTD_TQ)));
        out.add(disciplineCriterion);
        out.add(holdCriterion);
        return assessment(Title.CSTD_TQ, out, rules.basis(Title.CSTD_TQ));
    }

    private Assessment assessBkTinh() {
        int lastSame = lastEarlier("BK_TINH");
        int floor = Math.max(firstCountable, lastSame == Integer.MIN_VALUE ? Integer.MIN_VALUE : lastSame + 1);
        List<Criterion> out = new ArrayList<>();
        Criterion chain = cstdcsChain(rules.integer(RuleKey.BK_TINH_CSTDCS_YEARS), floor,
                rules.ref(RuleKey.BK_TINH_CSTDCS_YEARS), Title.BK_TINH, lastSame);
        out.add(new Criterion(Criterion.Role.ONE_OF, chain.text(), chain.met(), chain.evidence(), chain.legalRef(),
                chain.shortfall()));
        int h = rules.integer(RuleKey.BK_TINH_HTXSNV_YEARS);
        int q = rules.integer(RuleKey.BK_TINH_INITIATIVES);
        List<Integer> run = chainBack(y -> ratings.get(y) == RatingLevel.HTXSNV, floor);
        int from = run.isEmpty() ? year : run.get(0);
        Predicate<Initiative> inRun = i -> i.year() >= from && i.year() <= year;
        List<Initiative> usable = ledger.available(Title.BK_TINH, year, inRun);
        List<InitiativeLedger.Use> blocked = ledger.blocked(Title.BK_TINH, year, inRun);
        Supplier<Criterion> routeB = () -> {
            boolean met = run.size() >= h && usable.size() >= q;
            String evidence = (run.isEmpty() ? "không Hoàn thành xuất sắc nhiệm vụ năm " + year
                    : run.size() + " năm liên tục HTXSNV (" + Texts.years(run) + ")") + "; sáng kiến, đề tài trong thời gian đó: "
                    + initiativeEvidence(usable, blocked, "không có");
            List<String> missing = new ArrayList<>();
            if (run.size() < h) {
                missing.add("thêm " + (h - run.size()) + " năm HTXSNV liên tục");
            }
            if (usable.size() < q) {
                missing.add(q - usable.size() + " sáng kiến cấp cơ sở");
            }
            return Criterion.oneOf("Liên tục từ " + h + " năm Hoàn thành xuất sắc nhiệm vụ trở lên, trong thời gian đó có "
                    + q + " sáng kiến hoặc đề tài phạm vi cơ sở", met, evidence, rules.ref(RuleKey.BK_TINH_HTXSNV_YEARS),
                    String.join(" và ", missing));
        };
        out.add(usable.isEmpty() && blocked.isEmpty() ? shared.memo("bk|htxsnv|" + from + "|" + run.size(), routeB)
                : routeB.get());
        out.add(disciplineCriterion);
        out.add(holdCriterion);
        return assessment(Title.BK_TINH, out, rules.basis(Title.BK_TINH));
    }

    /**
     * BK Thủ tướng (Luật 2022 Điều 73 k1 b) and HCLĐ hạng Ba (Điều 44 k1 e): a prerequisite award, then at least N
     * consecutive years up to the review year rated HTTNV or better, with CSTĐCS (and HTXSNV) counts in that time.
     */
    private Assessment assessLongService(Title title, String prerequisiteKind, Title prerequisite, RuleKey yearsKey,
                                         RuleKey htxsnvKey, RuleKey cstdcsKey) {
        int lastSame = lastEarlier(title.kindCode());
        NavigableMap<Integer, Award> pre = merit.getOrDefault(prerequisiteKind, new TreeMap<>());
        Map.Entry<Integer, Award> prereq = lastSame == Integer.MIN_VALUE ? pre.firstEntry() : pre.higherEntry(lastSame);
        if (prereq != null && prereq.getKey() >= year) {
            prereq = null;
        }
        List<Criterion> out = new ArrayList<>();
        Map.Entry<Integer, Award> pre0 = prereq;
        Supplier<Criterion> prerequisiteCriterion = () -> Criterion.required("Đã được tặng " + prerequisite.label(),
                pre0 != null, pre0 == null ? "chưa có " + prerequisite.label() + " trước năm " + year
                        + (lastSame == Integer.MIN_VALUE ? "" : " kể từ sau " + title.label() + " năm " + lastSame)
                        : prerequisite.label() + " " + Texts.award(pre0.getValue()),
                rules.ref(yearsKey), prerequisite.label());
        out.add(prereq == null && lastSame == Integer.MIN_VALUE ? shared.memo("long|pre|" + title, prerequisiteCriterion)
                : prerequisiteCriterion.get());
        int floor = firstCountable;
        if (prereq != null) {
            floor = Math.max(floor, prereq.getKey() + 1);
        }
        if (lastSame != Integer.MIN_VALUE) {
            floor = Math.max(floor, lastSame + 1);
        }
        int n = rules.integer(yearsKey);
        List<Integer> run = chainBack(y -> ratings.get(y) != null && ratings.get(y).atLeast(RatingLevel.HTTNV), floor);
        String since = prereq == null ? "" : " tiếp theo sau " + prerequisite.label() + " năm " + prereq.getKey();
        boolean disciplineFloor = limiting != null && floor == firstCountable;
        Supplier<Criterion> runCriterion = () -> Criterion.required("Liên tục từ " + n + " năm trở lên" + since + " đến năm "
                        + year + " được đánh giá từ Hoàn thành tốt nhiệm vụ trở lên", run.size() >= n,
                run.isEmpty() ? Texts.rating(year, ratings.get(year)) : run.size() + " năm liên tục ("
                        + run.get(0) + "–" + year + ")" + (disciplineFloor
                        ? "; thành tích trước năm " + firstCountable + " không được tính do kỷ luật" : ""),
                rules.ref(yearsKey), "thêm " + (n - run.size()) + " năm liên tục từ Hoàn thành tốt nhiệm vụ trở lên");
        out.add(disciplineFloor ? runCriterion.get() : shared.memo("long|run|" + title.ordinal() + "|"
                + (prereq == null ? 0 : prereq.getKey()) + "|" + (run.isEmpty() ? "none|" + ratings.get(year) : run.get(0)),
                runCriterion));
        if (htxsnvKey != null) {
            int h = rules.integer(htxsnvKey);
            List<Integer> x = run.stream().filter(y -> ratings.get(y) == RatingLevel.HTXSNV).toList();
            out.add(Criterion.required("Trong thời gian đó có " + h + " năm Hoàn thành xuất sắc nhiệm vụ", x.size() >= h,
                    x.isEmpty() ? "không có năm HTXSNV" : "HTXSNV các năm " + Texts.years(x), rules.ref(htxsnvKey),
                    "thêm " + (h - x.size()) + " năm HTXSNV"));
        }
        int c = rules.integer(cstdcsKey);
        List<Integer> cs = run.stream().filter(this::cstdcsIn).toList();
        Supplier<Criterion> cstdcsCount = () -> Criterion.required("Trong thời gian đó có " + c + " lần đạt Chiến sĩ thi đua cơ sở",
                cs.size() >= c, cs.isEmpty() ? "không có CSTĐCS trong thời gian đó" : cs.size() + " lần: "
                        + String.join(", ", cs.stream().map(this::cstdcsYear).toList()),
                rules.ref(cstdcsKey), "thêm " + (c - cs.size()) + " lần CSTĐCS");
        out.add(cs.isEmpty() ? shared.memo("long|cstdcs|" + title, cstdcsCount) : cstdcsCount.get());
        out.add(disciplineCriterion);
        out.add(holdCriterion);
        return assessment(title, out, rules.basis(title));
    }

    private Assessment assessment(Title title, List<Criterion> criteria, String legalRef) {
        return shared.assessment(ref, title, criteria, legalRef);
    }

    /** All assessments of the person, in review order. */
    Collection<Assessment> assessments() {
        return List.of(ldtt, cstdcs, giayKhen, bkTinh, cstdTinh, cstdTq, bkTtg, hcldBa);
    }
}
