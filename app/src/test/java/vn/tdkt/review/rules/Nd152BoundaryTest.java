package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.InitiativeScope.CO_SO;
import static vn.tdkt.record.domain.InitiativeScope.TINH;
import static vn.tdkt.record.domain.InitiativeScope.TOAN_QUOC;
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
import vn.tdkt.review.domain.Verdict;

/**
 * The boundary 30/06/2025 ↔ 01/07/2025 (NĐ 98/2023 → NĐ 152/2025) for every person title: the criteria of Luật 2022
 * stay, the basis cites NĐ 152 from 01/07/2025, and the discipline rule cites Điều 4 khoản 4.
 */
class Nd152BoundaryTest {

    static Stream<Arguments> boundary2025() {
        return Stream.of(
                Arguments.of(Title.LDTT, (Supplier<PersonHistory>) () -> person("N1").rating(2024, HTTNV).build(), ELIGIBLE),
                Arguments.of(Title.CSTDCS, (Supplier<PersonHistory>) () -> person("N2").rating(2024, HTXSNV).build(), ELIGIBLE),
                Arguments.of(Title.GIAY_KHEN, (Supplier<PersonHistory>) () -> person("N3").rating(2024, HTTNV).build(), ELIGIBLE),
                Arguments.of(Title.BK_TINH, (Supplier<PersonHistory>) () -> person("N4").ratings(2023, 2024, HTTNV)
                        .award("CSTDCS", 2023).award("CSTDCS", 2024).build(), ELIGIBLE),
                Arguments.of(Title.CSTD_TINH, (Supplier<PersonHistory>) () -> person("N5").ratings(2022, 2024, HTTNV)
                        .award("CSTDCS", 2022).award("CSTDCS", 2023).award("CSTDCS", 2024).initiative(CO_SO, 2022)
                        .initiative(CO_SO, 2023).initiative(CO_SO, 2024).initiative(TINH, 2023).build(),
                        ELIGIBLE),
                Arguments.of(Title.CSTD_TQ, (Supplier<PersonHistory>) () -> person("N6").ratings(2019, 2024, HTTNV)
                        .award("CSTD_TINH", 2021).award("CSTD_TINH", 2024).initiative(TINH, 2020).initiative(TINH, 2023)
                        .initiative(TOAN_QUOC, 2023).build(), ELIGIBLE),
                Arguments.of(Title.BK_TTG, (Supplier<PersonHistory>) () -> person("N7").award("BK_TINH", 2019)
                        .ratings(2020, 2024, HTTNV).award("CSTDCS", 2021).award("CSTDCS", 2022).award("CSTDCS", 2023).build(),
                        ELIGIBLE),
                Arguments.of(Title.HCLD_BA, (Supplier<PersonHistory>) () -> person("N8").award("BK_TTG", 2019)
                        .ratings(2020, 2023, HTTNV).rating(2024, HTXSNV).award("CSTDCS", 2021).award("CSTDCS", 2022)
                        .award("CSTDCS", 2023).build(), ELIGIBLE));
    }

    @ParameterizedTest(name = "30/06 ↔ 01/07/2025 Luật 2022 + NĐ 98 → NĐ 152: {0}")
    @MethodSource
    void boundary2025(Title title, Supplier<PersonHistory> p, Verdict expected) {
        Assessment before = H.assess(p.get(), title, 2024, d(2025, 6, 30));
        Assessment after = H.assess(p.get(), title, 2024, d(2025, 7, 1));
        assertEquals(expected, before.verdict(), before.reasons());
        assertEquals(expected, after.verdict(), after.reasons());
        assertFalse(before.legalRef().contains("152/2025"), before.legalRef());
        assertTrue(after.legalRef().contains("152/2025"), after.legalRef());
        assertTrue(after.criteria().stream().anyMatch(c -> c.legalRef().contains("Điều 4 khoản 4")), after.reasons());
    }
}
