package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.InitiativeScope.CO_SO;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.HELD;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * #8.6 and the holds of NĐ 152/2025 Điều 4 khoản 4: achievements count from the day a discipline has been served
 * (not from the next calendar year); a pending investigation, inspection or complaint holds the review; a person who
 * leaves or retires during the year is not refused for the new hires' minimum months.
 */
class DisciplineAndHoldTest {

    private static final LocalDate DEC_2025 = d(2025, 12, 31);

    static Stream<Arguments> disciplineEnd() {
        return Stream.of(
                // served 30/04/2025: 8 months of 2025 remain (≥ 06): 2025 counts
                Arguments.of("chấp hành xong 30/04/2025", d(2024, 5, 1), d(2025, 4, 30), ELIGIBLE, "từ ngày 01/05/2025"),
                // served 30/06/2025: 6 months remain: 2025 counts
                Arguments.of("chấp hành xong 30/06/2025", d(2024, 7, 1), d(2025, 6, 30), ELIGIBLE, "thành tích tính từ năm 2025"),
                // served 31/10/2025: 2 months remain (< 06): from 2026
                Arguments.of("chấp hành xong 31/10/2025", d(2025, 2, 1), d(2025, 10, 31), NOT_ELIGIBLE, "từ năm 2026"),
                Arguments.of("chấp hành xong 31/12/2024", d(2024, 1, 1), d(2024, 12, 31), ELIGIBLE, "từ ngày 01/01/2025"));
    }

    @ParameterizedTest(name = "NĐ 152 Điều 4 k4 (từ thời điểm chấp hành xong): {0}")
    @MethodSource
    void disciplineEnd(String label, LocalDate from, LocalDate until, Verdict expected, String text) {
        PersonHistory p = person("K").rating(2025, HTTNV).discipline(DisciplineForm.KHIEN_TRACH, from, until).build();
        for (Title t : new Title[] {Title.LDTT, Title.GIAY_KHEN}) {
            Assessment a = H.assess(p, t, 2025, DEC_2025);
            assertEquals(expected, a.verdict(), t + ": " + a.reasons());
            String all = a.criteria().stream().map(c -> c.evidence().vi()).reduce("", String::concat);
            assertTrue(all.contains(text), all);
        }
    }

    /** A chain of CSTĐCS years (CSTĐ tỉnh) starts in the year the discipline was served, when enough of it remains. */
    @ParameterizedTest(name = "NĐ 152 Điều 4 k4, chuỗi CSTĐ tỉnh: chấp hành xong {0}")
    @MethodSource
    void chainAfterDiscipline(LocalDate until, Verdict expected) {
        PersonHistory p = person("KC").ratings(2023, 2025, HTTNV).award("CSTDCS", 2023).award("CSTDCS", 2024)
                .award("CSTDCS", 2025).initiative(CO_SO, 2023).initiative(CO_SO, 2024).initiative(CO_SO, 2025)
                .initiative(vn.tdkt.record.domain.InitiativeScope.TINH, 2024)
                .discipline(DisciplineForm.KHIEN_TRACH, d(2022, 6, 1), until).build();
        Assessment a = H.assess(p, Title.CSTD_TINH, 2025, d(2026, 1, 20));
        assertEquals(expected, a.verdict(), a.reasons());
    }

    static Stream<Arguments> chainAfterDiscipline() {
        return Stream.of(Arguments.of(d(2023, 5, 31), ELIGIBLE), Arguments.of(d(2023, 9, 30), NOT_ELIGIBLE));
    }

    static Stream<Arguments> holds() {
        return Stream.of(
                Arguments.of("đang thanh tra vào ngày xét", (Supplier<PersonHistory>) () -> person("P1").rating(2025, HTTNV)
                        .hold(HoldReason.THANH_TRA, d(2025, 11, 1), null).build(), HELD, "Đang bị thanh tra"),
                Arguments.of("khiếu nại đã có kết luận trước ngày xét", (Supplier<PersonHistory>) () -> person("P2")
                        .rating(2025, HTTNV).hold(HoldReason.KHIEU_NAI_TO_CAO, d(2025, 3, 1), d(2025, 9, 30)).build(),
                        ELIGIBLE, "không có việc đang điều tra"),
                Arguments.of("điều tra mở sau ngày xét", (Supplier<PersonHistory>) () -> person("P3").rating(2025, HTTNV)
                        .hold(HoldReason.DIEU_TRA, d(2026, 1, 5), null).build(), ELIGIBLE, "không có việc đang điều tra"),
                Arguments.of("đang xem xét kỷ luật và HTNV: không đạt trước tạm hoãn", (Supplier<PersonHistory>) () ->
                        person("P4").rating(2025, vn.tdkt.record.domain.RatingLevel.HTNV)
                                .hold(HoldReason.XEM_XET_KY_LUAT, d(2025, 12, 1), null).build(), NOT_ELIGIBLE, "Hoàn thành nhiệm vụ"));
    }

    @ParameterizedTest(name = "NĐ 152 Điều 4 k4 (tạm hoãn khi đang điều tra, thanh tra, khiếu nại): {0}")
    @MethodSource
    void holds(String label, Supplier<PersonHistory> p, Verdict expected, String text) {
        for (Title t : new Title[] {Title.LDTT, Title.GIAY_KHEN}) {
            Assessment a = H.assess(p.get(), t, 2025, DEC_2025);
            assertEquals(expected, a.verdict(), t + ": " + a.reasons());
            if (expected == HELD) {
                assertTrue(a.reasons().contains(text), a.reasons());
            }
        }
        Assessment ldtt = H.assess(p.get(), Title.LDTT, 2025, DEC_2025);
        String all = ldtt.criteria().stream().map(c -> c.evidence().vi()).reduce("", String::concat) + ldtt.reasons();
        assertTrue(all.contains(text), all);
    }

    static Stream<Arguments> leavers() {
        return Stream.of(
                Arguments.of("nghỉ hưu 31/03/2025", d(2010, 1, 1), d(2025, 3, 31), ELIGIBLE, "chỉ áp dụng cho người mới tuyển dụng"),
                Arguments.of("chuyển đi 31/05/2025", d(2010, 1, 1), d(2025, 5, 31), ELIGIBLE, "thôi công tác"),
                Arguments.of("mới tuyển 01/03/2025, thôi việc 31/07/2025: 5 tháng", d(2025, 3, 1), d(2025, 7, 31), NOT_ELIGIBLE,
                        "5 tháng"),
                Arguments.of("mới tuyển 01/07/2025: 6 tháng", d(2025, 7, 1), null, ELIGIBLE, "6 tháng"));
    }

    @ParameterizedTest(name = "TT 01/2024 + NĐ 152 (06 tháng, người mới tuyển dụng): {0}")
    @MethodSource
    void leavers(String label, LocalDate start, LocalDate end, Verdict expected, String text) {
        PersonHistory p = person("L").start(start).end(end).rating(2025, HTTNV).build();
        Assessment a = H.assess(p, Title.LDTT, 2025, DEC_2025);
        assertEquals(expected, a.verdict(), a.reasons());
        String all = a.criteria().stream().map(c -> c.evidence().vi()).reduce("", String::concat);
        assertTrue(all.contains(text), all);
    }
}
