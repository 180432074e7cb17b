package vn.tdkt.registration.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.ReviewLine;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * Registered vs achieved in the review: the registered title beside each line, and the province option "not
 * registered ⇒ not eligible", off by default (Luật 2022 Điều 7), which when on makes an unregistered person not
 * eligible for LĐTT.
 */
class RegistrationReviewTest {

    private final Fixture f = new Fixture();
    private final LocalDate reviewDate = LocalDate.of(2026, 12, 15);

    @AfterEach
    void close() {
        f.ctx.close();
    }

    private Assessment ldtt(String code) {
        return f.ctx.review().review(2026, reviewDate, Progress.NONE).assessments().stream()
                .filter(a -> a.subject().code().equals(code) && a.title() == Title.LDTT).findFirst().orElseThrow();
    }

    private void setUp() {
        for (String code : List.of("CB01", "CB02")) {
            f.ctx.records().saveRating(new Rating(0, f.id(code), null, 2026, RatingLevel.HTTNV));
        }
        f.ctx.registrations().save(new Registration(0, f.snv.id(), 2026, null, null, RegistrationStatus.CHUA_GUI, null, null,
                null, List.of(new PersonEntry(f.id("CB01"), "CSTDCS", null, null))), null, "văn thư");
    }

    @Test
    void offByDefaultTheRegistrationChangesNoVerdictAndIsShownBesideEachLine() {
        setUp();
        assertEquals(Verdict.ELIGIBLE, ldtt("CB01").verdict());
        assertEquals(Verdict.ELIGIBLE, ldtt("CB02").verdict());
        List<ReviewLine> lines = f.ctx.reviewSheets().sheet(2026, reviewDate, Progress.NONE).lines();
        ReviewLine an = lines.stream().filter(l -> l.assessment().subject().code().equals("CB01")).findFirst().orElseThrow();
        assertEquals("Chiến sĩ thi đua cơ sở", an.registered());
        ReviewLine binh = lines.stream().filter(l -> l.assessment().subject().code().equals("CB02")).findFirst().orElseThrow();
        assertNull(binh.registered());
    }

    @Test
    void theProvinceOptionMakesAnUnregisteredPersonNotEligible() {
        setUp();
        f.ctx.review().setOverride("REGISTRATION_REQUIRED", "có", LocalDate.of(2026, 1, 1),
                "Quyết định của UBND tỉnh về đăng ký thi đua", "văn thư");
        assertEquals(Verdict.ELIGIBLE, ldtt("CB01").verdict());
        Assessment binh = ldtt("CB02");
        assertEquals(Verdict.NOT_ELIGIBLE, binh.verdict());
        assertTrue(binh.criteria().stream().anyMatch(c -> !c.met()
                && c.text().vi().equals("Đã đăng ký thi đua trong năm (quy định của tỉnh)")));
    }
}
