package vn.tdkt.review.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * The live counters above the review table: per title, how many are eligible and how many the clerk proposed; for
 * Chiến sĩ thi đua cơ sở, when the rules in force set a ratio cap (NĐ 91/2017 Điều 9 khoản 3, or a province
 * override), the most that may be proposed: floor(cap % × persons proposed for Lao động tiên tiến).
 */
final class ReviewCounters {

    /**
     * @param cap     the most proposals allowed, or null when no cap applies
     * @param percent the cap's percentage (null without a cap)
     * @param base    the number the cap is a percentage of (proposals of Lao động tiên tiến)
     */
    record Counter(Title title, long eligible, long proposed, Integer cap, BigDecimal percent, long base) {

        boolean exceeded() {
            return cap != null && proposed > cap;
        }
    }

    private ReviewCounters() {
    }

    /** One counter per title that has rows, in review order. */
    static List<Counter> count(Collection<ReviewRow> rows, RuleSet rules) {
        Map<Title, long[]> tally = new EnumMap<>(Title.class);
        for (ReviewRow r : rows) {
            long[] t = tally.computeIfAbsent(r.assessment().title(), k -> new long[2]);
            if (r.assessment().verdict() == Verdict.ELIGIBLE) {
                t[0]++;
            }
            if (r.proposed()) {
                t[1]++;
            }
        }
        long ldttProposed = tally.getOrDefault(Title.LDTT, new long[2])[1];
        List<Counter> out = new ArrayList<>();
        tally.forEach((title, t) -> {
            if (title == Title.CSTDCS && rules.flag(RuleKey.CSTDCS_CAP_ENABLED)) {
                BigDecimal pct = rules.percent(RuleKey.CSTDCS_CAP_PERCENT);
                int cap = pct.multiply(BigDecimal.valueOf(ldttProposed))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).intValue();
                out.add(new Counter(title, t[0], t[1], cap, pct, ldttProposed));
            } else {
                out.add(new Counter(title, t[0], t[1], null, null, 0));
            }
        });
        return out;
    }
}
