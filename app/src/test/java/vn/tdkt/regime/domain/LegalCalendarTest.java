package vn.tdkt.regime.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day counting of Bộ luật Dân sự 2015 (Điều 147, 148) and the dated time limits and yearly submission dates. */
class LegalCalendarTest {

    /** Weekdays, minus Tết 2026 (14–22/02) and 01/01/2027. */
    private static final Set<LocalDate> OFF = Set.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22), LocalDate.of(2027, 1, 1));
    private static final WorkingDays CAL = d -> WorkingDays.WEEKDAYS.isWorkingDay(d) && !OFF.contains(d);

    @ParameterizedTest(name = "BLDS 2015 Điều 147: event {0}, {1} {2} → last day {3}")
    @CsvSource({
        // the event's day is not counted: posted Monday 01/12/2025, 5 working days = Tue 02 … Mon 08/12
        "2025-12-01, 5, NGAY_LAM_VIEC, 2025-12-08",
        // posted on a Friday: Mon 08 … Fri 12
        "2025-12-05, 5, NGAY_LAM_VIEC, 2025-12-12",
        // across Tết: posted Thu 12/02/2026 → 13, 23, 24, 25, 26
        "2026-02-12, 5, NGAY_LAM_VIEC, 2026-02-26",
        // 20 working days of appraisal from Mon 01/12/2025 → Mon 29/12/2025
        "2025-12-01, 20, NGAY_LAM_VIEC, 2025-12-29",
        // calendar days: 10 days from 01/12/2025 end on Thu 11/12
        "2025-12-01, 10, NGAY, 2025-12-11",
        // Điều 148 khoản 5: a last day on Saturday 13/12 moves to Monday 15/12
        "2025-12-01, 12, NGAY, 2025-12-15",
        // a last day in Tết (18/02/2026) moves to Monday 23/02
        "2026-02-08, 10, NGAY, 2026-02-23",
    })
    void blds2015Dieu147TheFirstDayIsNotCounted(LocalDate event, int amount, DayUnit unit, LocalDate last) {
        assertEquals(last, LegalCalendar.lastDay(event, amount, unit, CAL));
    }

    @Test
    void blds2015Dieu147ElapsedDaysStartTheDayAfter() {
        assertEquals(0, LegalCalendar.elapsed(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1), DayUnit.NGAY_LAM_VIEC, CAL));
        assertEquals(4, LegalCalendar.elapsed(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 5), DayUnit.NGAY_LAM_VIEC, CAL));
        assertEquals(6, LegalCalendar.elapsed(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7), DayUnit.NGAY, CAL));
        assertThrows(IllegalArgumentException.class, () -> LegalCalendar.lastDay(LocalDate.of(2025, 12, 1), 0, DayUnit.NGAY, CAL));
    }

    private static final LegalCalendar LIMITS = new LegalCalendar(List.of(
            new TimeLimit("THAM_DINH", "Thẩm định", TimeLimit.Kind.THOI_HAN, null, 20, DayUnit.NGAY_LAM_VIEC, null, null,
                    null, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), "NĐ 98/2023 Điều 32 khoản 2"),
            new TimeLimit("THAM_DINH", "Thẩm định", TimeLimit.Kind.THOI_HAN, null, 25, DayUnit.NGAY_LAM_VIEC, null, null,
                    null, LocalDate.of(2025, 7, 1), null, "thử: 25 ngày"),
            new TimeLimit("NOP_CO_TD_CP", "Cờ thi đua của Chính phủ", TimeLimit.Kind.HAN_NOP_HANG_NAM, "CO_TD_CP", null, null,
                    6, 30, 1, LocalDate.of(2024, 1, 1), null, "NĐ 98/2023 Điều 32"),
            new TimeLimit("BAO_CAO_THONG_KE", "Báo cáo thống kê", TimeLimit.Kind.HAN_NOP_HANG_NAM, null, null, null,
                    12, 15, 0, LocalDate.of(2023, 3, 23), null, "TT 02/2023/TT-BNV")));

    @Test
    void processingLimitsAreDatedData() {
        // NĐ 98/2023 Điều 32 khoản 2: 20 working days for a dossier received 02/06/2025
        assertEquals(LocalDate.of(2025, 6, 30), LIMITS.deadline("THAM_DINH", LocalDate.of(2025, 6, 2), CAL).orElseThrow());
        // the row in force on the day received: from 01/07/2025 the test's 25 days
        assertEquals(LocalDate.of(2025, 8, 5), LIMITS.deadline("THAM_DINH", LocalDate.of(2025, 7, 1), CAL).orElseThrow());
        assertEquals(true, LIMITS.deadline("THAM_DINH", LocalDate.of(2023, 12, 1), CAL).isEmpty());
    }

    @Test
    void yearlySubmissionDatesOfTheMinistryAreMilestonesMovedOffDaysOff() {
        // achievements of 2025: statistics by 15/12/2025 (Monday), Cờ thi đua của Chính phủ by 30/06/2026 (Tuesday)
        List<Milestone> m = LIMITS.milestones(2025, CAL);
        assertEquals(List.of("BAO_CAO_THONG_KE", "NOP_CO_TD_CP"), m.stream().map(Milestone::code).toList());
        assertEquals(LocalDate.of(2025, 12, 15), m.get(0).date());
        assertEquals(LocalDate.of(2026, 6, 30), m.get(1).date());
        // 2026: 15/12/2026 is a Tuesday; 30/06/2027 a Wednesday; 2029: 30/06/2030 is a Sunday → Monday 01/07/2030
        Milestone sunday = LIMITS.milestones(2029, "CO_TD_CP", CAL).stream()
                .filter(x -> x.code().equals("NOP_CO_TD_CP")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2030, 7, 1), sunday.date());
        assertEquals(LocalDate.of(2030, 6, 30), sunday.scheduled());
        assertEquals(true, sunday.moved());
        assertEquals(false, m.get(0).moved());
        assertEquals(List.of("BAO_CAO_THONG_KE"), LIMITS.milestones(2025, "CSTDCS", CAL).stream().map(Milestone::code).toList());
        // before the statistics circular: nothing
        assertEquals(List.of(), LIMITS.milestones(2021, CAL));
    }

    @ParameterizedTest(name = "TT 02/2023/TT-BNV, NĐ 98/2023 Điều 32: on {0}, ±{1} days → {2}")
    @CsvSource(delimiter = ';', value = {
        // 15/12/2025 (Monday, achievements of 2025) 7 days ahead
        "2025-12-08; 7; BAO_CAO_THONG_KE@2025-12-15",
        // on the day itself: 0 days left
        "2025-12-15; 0; BAO_CAO_THONG_KE@2025-12-15",
        // 7 days after it: still shown (overdue), 8 days after: gone
        "2025-12-22; 7; BAO_CAO_THONG_KE@2025-12-15",
        "2025-12-23; 7; ''",
        // the Cờ thi đua của Chính phủ date of the achievements of 2025 falls in 2026: found from the year before
        "2026-06-25; 7; NOP_CO_TD_CP@2026-06-30",
        // 30/06/2030 is a Sunday: the day that counts is Monday 01/07/2030, shown 7 days before it
        "2030-06-24; 7; NOP_CO_TD_CP@2030-07-01",
        "2030-06-23; 7; ''",
        // a wide window holds both dates of two achievement years, by day
        "2026-09-15; 100; NOP_CO_TD_CP@2026-06-30 BAO_CAO_THONG_KE@2026-12-15",
    })
    void theMinistrysDatesAroundADay(LocalDate day, int days, String expected) {
        assertEquals(expected, String.join(" ", LIMITS.around(day, days, CAL).stream()
                .map(m -> m.code() + "@" + m.date()).toList()));
    }

    @Test
    void aDateTwoRowsGiveIsListedOnce() {
        // two rows in force of one code whose offsets make the same day (achievements of 2025 + 1, of 2026 + 0)
        LegalCalendar twice = new LegalCalendar(List.of(
                new TimeLimit("X", "Hạn X", TimeLimit.Kind.HAN_NOP_HANG_NAM, null, null, null, 6, 30, 1,
                        LocalDate.of(2024, 1, 1), null, "thử"),
                new TimeLimit("X", "Hạn X", TimeLimit.Kind.HAN_NOP_HANG_NAM, null, null, null, 6, 30, 0,
                        LocalDate.of(2024, 1, 2), null, "thử")));
        assertEquals(List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 6, 30)),
                twice.milestones(2025, CAL).stream().map(Milestone::date).toList());
        assertEquals(List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2027, 6, 30)),
                twice.milestones(2026, CAL).stream().map(Milestone::date).toList());
        assertEquals(List.of(LocalDate.of(2026, 6, 30)), twice.around(LocalDate.of(2026, 6, 29), 3, CAL).stream()
                .map(Milestone::date).toList());
        assertThrows(IllegalArgumentException.class, () -> twice.around(LocalDate.of(2026, 6, 29), -1, CAL));
    }
}
