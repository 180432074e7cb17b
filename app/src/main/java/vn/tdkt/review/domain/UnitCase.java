package vn.tdkt.review.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
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
        List<Criterion> flagCriteria = new ArrayList<>(List.of(blocLeader(unitRating(RatingLevel.HTXSNV, Title.CO_TD_TINH))));
        if (!rules.regime().validFrom().isBefore(LUAT_2022_IN_FORCE)) {
            flagCriteria.add(movementLeader());
        }
        Assessment flag = assessment(Title.CO_TD_TINH, flagCriteria, rules.basis(Title.CO_TD_TINH));
        Assessment giayKhen = assessment(Title.GIAY_KHEN_TAP_THE,
                List.of(unitRating(RatingLevel.HTTNV, Title.GIAY_KHEN_TAP_THE)), rules.basis(Title.GIAY_KHEN_TAP_THE));
        Assessment bk = assessment(Title.BK_TINH_TAP_THE, List.of(excellentYears(ttldxs.eligible())),
                rules.basis(Title.BK_TINH_TAP_THE));
        return List.of(ttldtt, ttldxs, flag, giayKhen, bk);
    }

    private Assessment assessment(Title title, List<Criterion> criteria, String legalRef) {
        return shared.assessment(ref, title, criteria, legalRef);
    }

    private Criterion unitRating(RatingLevel min, Title title) {
        RatingLevel r = ratings.get(year);
        boolean met = r != null && r.atLeast(min);
        String text = min == RatingLevel.HTXSNV ? "Tập thể hoàn thành xuất sắc nhiệm vụ năm " + year
                : "Tập thể hoàn thành tốt nhiệm vụ trở lên năm " + year;
        return Criterion.required(text, met, Texts.rating(year, r), rules.basis(title),
                "tập thể đạt mức " + min.label() + (min == RatingLevel.HTXSNV ? "" : " trở lên") + " năm " + year);
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
        String text = (strict ? "Có trên " : "Có từ ") + pctText + " thành viên đạt Lao động tiên tiến năm " + year;
        boolean met = Texts.reaches(ldtt, total, pct, strict);
        if (total == 0) {
            return Criterion.required(text, false, "tập thể không có thành viên nào trong năm " + year, rules.ref(key),
                    "danh sách thành viên của tập thể năm " + year);
        }
        int needed = ldtt;
        while (needed < total && !Texts.reaches(needed, total, pct, strict)) {
            needed++;
        }
        String evidence = ldtt + "/" + total + " thành viên (" + Texts.percent(Texts.share(ldtt, total))
                + " %) đạt LĐTT: " + recorded + " theo quyết định đã ghi nhận, " + computed + " đủ điều kiện trong lần xét này";
        return Criterion.required(text, met, evidence, rules.ref(key),
                Texts.reaches(total, total, pct, strict) ? "thêm " + (needed - ldtt) + " thành viên đạt LĐTT (tỷ lệ "
                + pctText + ")" : "tỷ lệ " + pctText + " thành viên đạt LĐTT");
    }

    private Criterion noWarningDiscipline(String legalRef) {
        List<String> names = new ArrayList<>();
        for (PersonCase m : members) {
            Discipline d = m.warningDisciplineInYear();
            if (d != null) {
                names.add(m.ref.name() + " (" + Texts.discipline(d) + ")");
            }
        }
        return Criterion.required("Không có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm " + year, names.isEmpty(),
                names.isEmpty() ? "không có" : Texts.names(names), legalRef,
                "không có thành viên bị kỷ luật từ cảnh cáo trở lên");
    }

    private Criterion allMembersDone() {
        List<String> below = new ArrayList<>();
        for (PersonCase m : members) {
            RatingLevel r = m.rating(year);
            if (r == null || !r.atLeast(RatingLevel.HTNV)) {
                below.add(m.ref.name() + " (" + (r == null ? "chưa có kết quả đánh giá" : r.label()) + ")");
            }
        }
        boolean met = !members.isEmpty() && below.isEmpty();
        String evidence = members.isEmpty() ? "tập thể không có thành viên nào trong năm " + year
                : below.isEmpty() ? "cả " + members.size() + " thành viên từ Hoàn thành nhiệm vụ trở lên"
                : below.size() + "/" + members.size() + " thành viên chưa đạt: " + Texts.names(below);
        return Criterion.required("100 % thành viên hoàn thành nhiệm vụ trở lên năm " + year, met, evidence,
                rules.basis(Title.TTLDXS), "mọi thành viên hoàn thành nhiệm vụ trở lên");
    }

    private Criterion cstdcsMembers() {
        int min = rules.integer(RuleKey.TTLDXS_MIN_CSTDCS);
        List<String> names = new ArrayList<>();
        for (PersonCase m : members) {
            Award a = m.recorded("CSTDCS");
            if (a != null) {
                names.add(m.ref.name() + " (" + Texts.decision(a) + ")");
            } else if (m.cstdcs.eligible()) {
                names.add(m.ref.name() + " (đủ điều kiện trong lần xét này)");
            }
        }
        return Criterion.required("Có từ " + min + " thành viên đạt Chiến sĩ thi đua cơ sở năm " + year, names.size() >= min,
                names.isEmpty() ? "không có thành viên nào đạt CSTĐCS" : names.size() + " thành viên: " + Texts.names(names),
                rules.ref(RuleKey.TTLDXS_MIN_CSTDCS), "thêm " + (min - names.size()) + " thành viên đạt CSTĐCS");
    }

    /**
     * Cờ thi đua, Luật 2022 Điều 26 khoản 1 (Luật 2003 Điều 26): the collective leading its cụm, khối thi đua organised
     * by the province in the year, having completed its tasks with excellence — one of the two routes.
     */
    private Criterion blocLeader(Criterion excellent) {
        boolean leads = history.blocLeads().stream().anyMatch(b -> b.year() == year);
        String evidence = history.blocName() == null ? "tập thể không thuộc cụm, khối thi đua nào"
                : (leads ? "dẫn đầu khối “" : "không dẫn đầu khối “") + history.blocName() + "” năm " + year;
        boolean met = leads && excellent.met();
        List<String> missing = new ArrayList<>();
        if (!leads) {
            missing.add("dẫn đầu cụm, khối thi đua năm " + year);
        }
        if (!excellent.met()) {
            missing.add(excellent.shortfall());
        }
        return Criterion.oneOf("Dẫn đầu cụm, khối thi đua do tỉnh tổ chức năm " + year + " và " + excellent.text()
                        .toLowerCase(java.util.Locale.ROOT), met, evidence + "; " + excellent.evidence(),
                rules.basis(Title.CO_TD_TINH), String.join(" và ", missing));
    }

    /**
     * Cờ thi đua, Luật 2022 Điều 26 khoản 2: the collective leading a chuyên đề movement of 03 years or more, at its
     * summing-up in the review year. Read from the {@link MovementLead} facts of the unit.
     */
    private Criterion movementLeader() {
        List<MovementLead> summed = history.movementLeads().stream().filter(m -> m.toYear() == year).toList();
        MovementLead long3 = summed.stream().filter(m -> m.years() >= 3).findFirst().orElse(null);
        String evidence = long3 != null ? "dẫn đầu phong trào “" + long3.movement() + "” " + long3.fromYear() + "–"
                + long3.toYear() + " (" + long3.years() + " năm), tổng kết năm " + year
                : summed.isEmpty() ? "không dẫn đầu phong trào thi đua theo chuyên đề nào tổng kết năm " + year
                : "phong trào “" + summed.get(0).movement() + "” chỉ kéo dài " + summed.get(0).years() + " năm";
        return Criterion.oneOf("Dẫn đầu phong trào thi đua theo chuyên đề từ 03 năm trở lên, khi tổng kết năm " + year,
                long3 != null, evidence, CHUYEN_DE_REF, "dẫn đầu phong trào chuyên đề từ 03 năm trở lên");
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
        List<String> run = new ArrayList<>();
        for (int y = year; lastSame == null || y > lastSame; y--) {
            Award a = xs.get(y);
            if (ratings.get(y) == RatingLevel.HTXSNV) {
                run.add(0, y + ": Hoàn thành xuất sắc nhiệm vụ");
            } else if (a != null) {
                run.add(0, y + ": Tập thể lao động xuất sắc (" + Texts.decision(a) + ")");
            } else if (y == year && ttldxsThisYear) {
                run.add(0, y + ": đủ điều kiện Tập thể lao động xuất sắc trong lần xét này");
            } else {
                break;
            }
        }
        String evidence = run.isEmpty() ? Texts.rating(year, ratings.get(year)) : run.size() + " năm liên tục: "
                + String.join("; ", run);
        if (lastSame != null) {
            evidence += "; thành tích đến năm " + lastSame + " đã được khen Bằng khen (" + Texts.decision(bk.get(lastSame)) + ")";
        }
        return Criterion.required(n + " năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt Tập thể lao động xuất sắc đến năm "
                + year, run.size() >= n, evidence, rules.ref(RuleKey.BK_TINH_UNIT_HTXSNV_YEARS),
                "thêm " + (n - run.size()) + " năm HTXSNV liên tục của tập thể");
    }
}
