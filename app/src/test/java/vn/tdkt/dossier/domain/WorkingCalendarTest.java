package vn.tdkt.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static WorkingCalendar calendar() {
        List<Holiday> days = new ArrayList<>();
        for (int d = 16; d <= 20; d++) {
            days.add(new Holiday(LocalDate.of(2026, 2, d), false, "Tết Nguyên đán Bính Ngọ", "test"));
        }
        days.add(new Holiday(LocalDate.of(2024, 4, 29), false, "Nghỉ hoán đổi", "test"));
        days.add(new Holiday(LocalDate.of(2024, 4, 30), false, "Ngày Chiến thắng", "test"));
        days.add(new Holiday(LocalDate.of(2024, 5, 1), false, "Quốc tế Lao động", "test"));
        days.add(new Holiday(LocalDate.of(2024, 5, 4), true, "Làm bù", "test"));
        return new WorkingCalendar(days);
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        WorkingCalendar c = calendar();
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 2, 14)), "thứ Bảy");
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 2, 15)), "Chủ nhật");
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 2, 17)), "mùng 1 Tết");
        assertTrue(c.isWorkingDay(LocalDate.of(2026, 2, 23)), "thứ Hai sau Tết");
        assertTrue(c.isWorkingDay(LocalDate.of(2024, 5, 4)), "thứ Bảy làm bù");
        assertFalse(c.isWorkingDay(LocalDate.of(2024, 4, 29)), "thứ Hai nghỉ hoán đổi");
    }

    @Test
    void countsAcrossWeekends() {
        WorkingCalendar c = calendar();
        // Friday 03/10/2025 + 4 more working days, the weekend skipped
        assertEquals(LocalDate.of(2025, 10, 9), c.nthWorkingDay(LocalDate.of(2025, 10, 3), 5));
        // a notice starting on a Saturday starts counting on Monday
        assertEquals(LocalDate.of(2025, 10, 6), c.nthWorkingDay(LocalDate.of(2025, 10, 4), 1));
        assertEquals(5, c.workingDaysBetween(LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 13)));
        assertEquals(0, c.workingDaysBetween(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6)));
    }

    @Test
    void countsAcrossTet() {
        WorkingCalendar c = calendar();
        // Thu 12, Fri 13, (Tết 14–22), Mon 23, Tue 24, Wed 25
        assertEquals(LocalDate.of(2026, 2, 25), c.nthWorkingDay(LocalDate.of(2026, 2, 12), 5));
        assertEquals(10, c.workingDaysBetween(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 2)));
        // 30/4 – 01/5/2024 with the Saturday 04/5 worked: Fri 26/4, Thu 2/5, Fri 3/5, Sat 4/5, Mon 6/5
        assertEquals(LocalDate.of(2024, 5, 6), c.nthWorkingDay(LocalDate.of(2024, 4, 26), 5));
    }

    @Test
    void knowsWhichYearsItCovers() {
        WorkingCalendar c = calendar();
        assertTrue(c.covers(2026));
        assertTrue(c.covers(2024));
        assertFalse(c.covers(2025));
    }

    @Test
    void refusesANonPositiveCount() {
        assertThrows(IllegalArgumentException.class, () -> calendar().nthWorkingDay(LocalDate.of(2026, 1, 5), 0));
    }
}
