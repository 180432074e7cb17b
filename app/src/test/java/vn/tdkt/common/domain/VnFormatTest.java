package vn.tdkt.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VnFormatTest {

    @Test
    void moneyUsesDotsAndDong() {
        assertEquals("1.234.567 đ", VnFormat.money(1_234_567));
        assertEquals("760.000 đ", VnFormat.money(760_000));
        assertEquals("0 đ", VnFormat.money(0));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("05/01/2026", VnFormat.date(LocalDate.of(2026, 1, 5)));
        assertEquals(LocalDate.of(2026, 1, 5), VnFormat.parseDate("05/01/2026").orElseThrow());
        assertEquals(LocalDate.of(2026, 1, 5), VnFormat.parseDate("5/1/2026").orElseThrow());
        assertEquals(LocalDate.of(2026, 1, 5), VnFormat.parseDate("2026-01-05").orElseThrow());
    }

    @Test
    void impossibleDatesAreRefused() {
        assertTrue(VnFormat.parseDate("31/02/2025").isEmpty());
        assertTrue(VnFormat.parseDate("29/02/2025").isEmpty());
        assertTrue(VnFormat.parseDate("13/13/2025").isEmpty());
        assertTrue(VnFormat.parseDate("hôm qua").isEmpty());
        assertEquals(LocalDate.of(2024, 2, 29), VnFormat.parseDate("29/02/2024").orElseThrow());
    }
}
