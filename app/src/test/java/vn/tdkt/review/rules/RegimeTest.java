package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.review.rules.H.d;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.domain.Title;

/** The regime is chosen by the review date; each regime carries the defaults of domain-law.md §8. */
class RegimeTest {

    static Stream<Arguments> regimeByDate() {
        return Stream.of(
                // NĐ 91/2017/NĐ-CP in force 01/10/2017 (signed 31/07/2017); before it NĐ 42/2010 + NĐ 65/2014
                Arguments.of(d(2017, 7, 31), "LUAT2003_ND42"),
                Arguments.of(d(2017, 9, 30), "LUAT2003_ND42"),
                Arguments.of(d(2017, 10, 1), "LUAT2003_ND91"),
                Arguments.of(d(2023, 12, 31), "LUAT2003_ND91"),
                Arguments.of(d(2024, 1, 1), "LUAT2022_ND98"),
                Arguments.of(d(2025, 6, 30), "LUAT2022_ND98"),
                Arguments.of(d(2025, 7, 1), "LUAT2022_ND152"),
                Arguments.of(d(2026, 9, 30), "LUAT2022_ND152"),
                // the 2026 amendment of the law (reported in force 01/10/2026) inherits the NĐ 152 rules
                Arguments.of(d(2026, 10, 1), "LUAT2026_ND152"),
                Arguments.of(d(2030, 12, 31), "LUAT2026_ND152"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource
    void regimeByDate(LocalDate day, String code) {
        assertEquals(code, Rules.book().regimeOn(day).code());
        assertEquals(code, Rules.book().on(day).regime().code());
    }

    @Test
    void noRegimeBeforeNd42() {
        AppException e = assertThrows(AppException.class, () -> Rules.book().regimeOn(d(2010, 5, 31)));
        assertTrue(e.getMessage().contains("31/05/2010"), e.getMessage());
    }

    static Stream<Arguments> defaults() {
        return Stream.of(
                // R2 new-hire months: 10 under NĐ 91, 6 after
                Arguments.of(d(2023, 12, 31), RuleKey.LDTT_MIN_MONTHS, "10", "Điều 10"),
                Arguments.of(d(2024, 12, 31), RuleKey.LDTT_MIN_MONTHS, "6", "01/2024/TT-BNV"),
                Arguments.of(d(2025, 12, 31), RuleKey.LDTT_MIN_MONTHS, "6", "15/2025/TT-BNV"),
                // R9 TTLĐTT: more than 50 % (Luật 2003) vs at least 70 %
                Arguments.of(d(2023, 12, 31), RuleKey.TTLDTT_LDTT_PERCENT, "50", "Điều 28"),
                Arguments.of(d(2023, 12, 31), RuleKey.TTLDTT_PERCENT_STRICT, "true", "trên 50 %"),
                Arguments.of(d(2025, 12, 31), RuleKey.TTLDTT_LDTT_PERCENT, "70", "Điều 28"),
                Arguments.of(d(2025, 12, 31), RuleKey.TTLDTT_PERCENT_STRICT, "false", "ít nhất 70 %"),
                // R6 CSTĐCS cap 15 % under NĐ 91 only
                Arguments.of(d(2023, 12, 31), RuleKey.CSTDCS_CAP_ENABLED, "true", "Điều 9 khoản 3"),
                Arguments.of(d(2023, 12, 31), RuleKey.CSTDCS_CAP_PERCENT, "15", "15 %"),
                Arguments.of(d(2024, 12, 31), RuleKey.CSTDCS_CAP_ENABLED, "false", "không quy định tỷ lệ"),
                Arguments.of(d(2025, 12, 31), RuleKey.CSTDCS_CAP_ENABLED, "false", "không quy định tỷ lệ"),
                // R5 HTXSNV may replace the initiative from Luật 2022 on
                Arguments.of(d(2023, 12, 31), RuleKey.CSTDCS_HTXSNV_SUFFICES, "false", "Điều 9 khoản 3"),
                Arguments.of(d(2025, 12, 31), RuleKey.CSTDCS_HTXSNV_SUFFICES, "true", "Điều 23"),
                // R3, R4, R20 of NĐ 152 Điều 4
                Arguments.of(d(2025, 12, 31), RuleKey.MATERNITY_LEAVE_COUNTS, "true", "Điều 4 khoản 5"),
                Arguments.of(d(2025, 12, 31), RuleKey.DISCIPLINE_HOLD, "true", "Điều 4 khoản 4"),
                Arguments.of(d(2025, 12, 31), RuleKey.WOMEN_TIE_PREFERENCE, "true", "Điều 4 khoản 6"),
                // R7, R8, R13, R14, R15, R10
                Arguments.of(d(2025, 12, 31), RuleKey.CSTD_TINH_CSTDCS_YEARS, "3", "Điều 22"),
                Arguments.of(d(2025, 12, 31), RuleKey.CSTD_TQ_CSTD_TINH_TIMES, "2", "Điều 21"),
                Arguments.of(d(2025, 12, 31), RuleKey.BK_TINH_CSTDCS_YEARS, "2", "Điều 74 khoản 1 điểm d"),
                Arguments.of(d(2025, 12, 31), RuleKey.BK_TTG_YEARS, "5", "Điều 73 khoản 1 điểm b"),
                Arguments.of(d(2025, 12, 31), RuleKey.HCLD_BA_CSTDCS, "3", "Điều 44 khoản 1 điểm e"),
                Arguments.of(d(2025, 12, 31), RuleKey.TTLDXS_LDTT_PERCENT, "70", "Điều 27"),
                Arguments.of(d(2023, 12, 31), RuleKey.TTLDXS_NO_WARNING_DISCIPLINE, "true", "cảnh cáo"),
                Arguments.of(d(2025, 12, 31), RuleKey.TTLDXS_NO_WARNING_DISCIPLINE, "false", "không quy định"),
                Arguments.of(d(2025, 12, 31), RuleKey.INITIATIVE_REUSE_AMONG_TITLES, "false", "5007/BNV-TĐKT"));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource
    void defaults(LocalDate day, RuleKey key, String value, String refPart) {
        RuleSet rules = Rules.book().on(day);
        assertEquals(value, rules.param(key).value());
        assertTrue(rules.ref(key).contains(refPart), rules.ref(key));
        assertNull(rules.param(key).override());
    }

    @Test
    void everyRegimeHasEveryTitleBasis() {
        for (var regime : Rules.book().regimes()) {
            RuleSet r = Rules.book().forRegime(regime, regime.validFrom());
            for (Title t : Title.values()) {
                assertTrue(r.basis(t).startsWith("Luật Thi đua, khen thưởng"), regime.code() + " " + t);
            }
        }
    }

    static Stream<Arguments> overrides() {
        return Stream.of(
                Arguments.of(d(2025, 9, 1), d(2025, 8, 31), "6"),
                Arguments.of(d(2025, 9, 1), d(2025, 9, 1), "8"),
                Arguments.of(d(2025, 9, 1), d(2026, 12, 31), "8"),
                // made under NĐ 98: lapses when NĐ 152 takes effect
                Arguments.of(d(2024, 3, 1), d(2025, 6, 30), "8"),
                Arguments.of(d(2024, 3, 1), d(2025, 7, 1), "6"));
    }

    @ParameterizedTest(name = "override from {0}, review {1} → {2} months")
    @MethodSource
    void overrides(LocalDate from, LocalDate review, String months) {
        RuleBook book = Rules.with(new Rules.Change(RuleKey.LDTT_MIN_MONTHS, "8", from));
        RuleSet rules = book.on(review);
        assertEquals(months, rules.param(RuleKey.LDTT_MIN_MONTHS).value());
        if (months.equals("8")) {
            assertTrue(rules.ref(RuleKey.LDTT_MIN_MONTHS).contains("điều chỉnh của tỉnh từ " + VnFormat.date(from)));
        }
    }

    @Test
    void latestOverrideWins() {
        RuleBook book = Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_PERCENT, "10", d(2025, 8, 1)),
                new Rules.Change(RuleKey.CSTDCS_CAP_PERCENT, "12,5", d(2025, 10, 1)));
        assertEquals("10", book.on(d(2025, 9, 30)).param(RuleKey.CSTDCS_CAP_PERCENT).value());
        assertEquals("12.5", book.on(d(2025, 10, 1)).param(RuleKey.CSTDCS_CAP_PERCENT).value());
    }

    static Stream<Arguments> normalize() {
        return Stream.of(
                Arguments.of(RuleKey.CSTDCS_CAP_ENABLED, "Có", "true"),
                Arguments.of(RuleKey.CSTDCS_CAP_ENABLED, "không", "false"),
                Arguments.of(RuleKey.LDTT_MIN_MONTHS, " 08 ", "8"),
                Arguments.of(RuleKey.TTLDTT_LDTT_PERCENT, "69,90 %", "69.9"));
    }

    @ParameterizedTest
    @MethodSource
    void normalize(RuleKey key, String raw, String stored) {
        assertEquals(stored, key.normalize(raw));
    }

    @Test
    void rejectsValuesThatDoNotFit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleKey.TTLDTT_LDTT_PERCENT.normalize("120"));
        assertTrue(e.getMessage().contains("từ 0 đến 100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleKey.LDTT_MIN_MONTHS.normalize("sáu"));
        assertThrows(IllegalArgumentException.class, () -> RuleKey.DISCIPLINE_HOLD.normalize("maybe"));
    }
}
