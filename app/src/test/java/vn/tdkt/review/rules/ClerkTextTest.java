package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.ReviewResult;

/** #8 / #7: the "[chưa kiểm chứng …]" research markers never reach what a clerk reads; the parameters keep them. */
class ClerkTextTest {

    @ParameterizedTest(name = "không có \"[chưa kiểm chứng]\" trong lý do, ngày xét {0}")
    @ValueSource(strings = {"2023-12-31", "2024-12-31", "2025-12-31"})
    void noResearchMarkerInReasons(String day) {
        LocalDate on = LocalDate.parse(day);
        int year = on.getYear();
        ReviewResult r = H.review(Rules.book(), year, on, List.of(person("M1").rating(year, HTTNV).start(d(year, 3, 1)).build(),
                person("M2").award("BK_TINH", year - 6).award("BK_TTG", year - 6).ratings(year - 5, year, HTTNV).build()),
                List.of());
        for (Assessment a : r.assessments()) {
            assertFalse(a.legalRef().contains("chưa kiểm chứng"), a.legalRef());
            assertFalse(a.reasons().contains("chưa kiểm chứng"), a.reasons());
            for (Criterion c : a.criteria()) {
                assertFalse(c.describe().contains("chưa kiểm chứng"), c.describe());
            }
        }
        assertTrue(r.rules().params().stream().anyMatch(p -> p.legalRef().contains("chưa kiểm chứng")),
                "the parameters screen still shows which values are unverified");
        assertFalse(r.rules().unverifiedReferences().isEmpty(), "and the review logs them");
    }
}
