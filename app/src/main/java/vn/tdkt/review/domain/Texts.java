package vn.tdkt.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.RatingLevel;

/** Vietnamese phrasing of the evidence shared by the person and unit checks. */
final class Texts {

    /** Rule NĐ 152/2025 Điều 4 khoản 3, fixed by law: đột xuất / chuyên đề results never feed a công trạng chain. */
    static final String SPECIAL_AWARDS_REF = "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3";
    private static final int LISTED = 5;

    private Texts() {
    }

    static String rating(int year, RatingLevel level) {
        return "năm " + year + ": " + (level == null ? "chưa có kết quả đánh giá" : level.label());
    }

    static String decision(Award a) {
        return "QĐ số " + a.decisionNo() + " ngày " + VnFormat.date(a.decisionDate());
    }

    static String award(Award a) {
        return a.period() + " (" + decision(a) + ")";
    }

    static String discipline(Discipline d) {
        return d.form().label() + " theo QĐ số " + d.decisionNo() + " ngày " + VnFormat.date(d.decisionDate())
                + (d.effectiveUntil() == null ? ", chưa có thời hạn kết thúc" : ", đến " + VnFormat.date(d.effectiveUntil()));
    }

    static String initiative(Initiative i) {
        return i.kind().label().toLowerCase(Locale.ROOT) + " “" + i.title() + "” (phạm vi "
                + i.scope().label().toLowerCase(Locale.ROOT) + ", công nhận năm " + i.year()
                + (i.decisionNo() == null ? "" : ", QĐ số " + i.decisionNo()) + ")";
    }

    static String years(Collection<Integer> years) {
        return years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "a, b, c và 4 người khác". */
    static String names(List<String> names) {
        if (names.size() <= LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LISTED)) + " và " + (names.size() - LISTED) + " người khác";
    }

    /** 2 → "2", 69.94 → "69,9" (one decimal, comma). */
    static String percent(BigDecimal p) {
        return VnFormat.decimal(p.setScale(1, RoundingMode.HALF_UP));
    }

    /** Share of part in whole, in percent, as a number to show. */
    static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** Exact test part / whole ≥ pct (or > pct when strict), without rounding. */
    static boolean reaches(int part, int whole, BigDecimal pct, boolean strict) {
        if (whole == 0) {
            return false;
        }
        int c = BigDecimal.valueOf(part * 100L).compareTo(pct.multiply(BigDecimal.valueOf(whole)));
        return strict ? c > 0 : c >= 0;
    }
}
