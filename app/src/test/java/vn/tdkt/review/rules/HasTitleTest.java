package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.InitiativeScope.CO_SO;
import static vn.tdkt.record.domain.InitiativeScope.TINH;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.Title;

/**
 * #8.7: a CSTĐCS of the review year decided in January of the next year, in the same round, counts the same way in
 * every chain that uses it (CSTĐ tỉnh, Bằng khen tỉnh, the CSTĐCS count of Bằng khen Thủ tướng and HCLĐ hạng Ba) —
 * whether it is recorded or only found eligible in this review.
 */
class HasTitleTest {

    static Stream<Arguments> chains() {
        // rated HTTNV in 2025 with no initiative of 2025: this review does NOT find CSTĐCS 2025 by itself, so only the
        // recorded decision of 12/01/2026 makes 2025 count
        Supplier<PersonHistory> recorded = () -> person("Y1").award("BK_TINH", 2020).award("BK_TTG", 2019)
                .ratings(2021, 2025, HTTNV).rating(2022, HTXSNV).award("CSTDCS", 2023).award("CSTDCS", 2024)
                .awardDecided("CSTDCS", 2025, d(2026, 1, 12)).initiative(CO_SO, 2023).initiative(CO_SO, 2024)
                .initiative(TINH, 2024).build();
        // rated HTXSNV in 2025 (Luật 2022 Điều 23: HTXSNV suffices), CSTĐCS 2025 not decided yet: found in this review
        Supplier<PersonHistory> found = () -> person("Y2").award("BK_TINH", 2020).award("BK_TTG", 2019)
                .ratings(2021, 2024, HTTNV).rating(2022, HTXSNV).rating(2025, HTXSNV).award("CSTDCS", 2023)
                .award("CSTDCS", 2024).initiative(CO_SO, 2023).initiative(CO_SO, 2024).initiative(TINH, 2024).build();
        return Stream.of(
                Arguments.of("CSTĐ tỉnh, CSTĐCS 2025 ghi nhận 12/01/2026", recorded, Title.CSTD_TINH),
                Arguments.of("Bằng khen tỉnh, CSTĐCS 2025 ghi nhận 12/01/2026", recorded, Title.BK_TINH),
                Arguments.of("Bằng khen Thủ tướng, CSTĐCS 2025 ghi nhận 12/01/2026", recorded, Title.BK_TTG),
                Arguments.of("HCLĐ hạng Ba, CSTĐCS 2025 ghi nhận 12/01/2026", recorded, Title.HCLD_BA),
                Arguments.of("CSTĐ tỉnh, CSTĐCS 2025 đủ điều kiện trong lần xét", found, Title.CSTD_TINH),
                Arguments.of("Bằng khen tỉnh, CSTĐCS 2025 đủ điều kiện trong lần xét", found, Title.BK_TINH),
                Arguments.of("Bằng khen Thủ tướng, CSTĐCS 2025 đủ điều kiện trong lần xét", found, Title.BK_TTG),
                Arguments.of("HCLĐ hạng Ba, CSTĐCS 2025 đủ điều kiện trong lần xét", found, Title.HCLD_BA));
    }

    @ParameterizedTest(name = "Luật 2022 Điều 22, 73 k1b, 74 k1d, 44 k1e (một nghĩa của \"có danh hiệu năm Y\"): {0}")
    @MethodSource
    void chains(String label, Supplier<PersonHistory> p, Title title) {
        Assessment a = H.assess(p.get(), title, 2025, d(2026, 1, 20));
        assertEquals(ELIGIBLE, a.verdict(), a.reasons());
        assertTrue(a.reasons().contains("2025"), a.reasons());
    }
}
