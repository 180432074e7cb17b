package vn.tdkt.backup.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The dump's text of a value and back (PostgreSQL's COPY text conventions), for every kind of column the schema has. */
class RowValuesTest {

    @Test
    void textWithTabsLineBreaksAndBackslashesComesBackAsItWas() {
        String s = "Nguyễn\tVăn\nAn\r\\N \\ cuối";
        String text = RowValues.text(s);
        assertEquals(-1, text.indexOf('\t'));
        assertEquals(-1, text.indexOf('\n'));
        assertEquals(-1, text.indexOf('\r'));
        assertEquals(s, RowValues.parse(text, Types.VARCHAR));
    }

    @Test
    void nullIsBackslashNAndTheTextBackslashNIsNotNull() {
        assertEquals("\\N", RowValues.text(null));
        assertNull(RowValues.parse("\\N", Types.VARCHAR));
        assertEquals("\\N", RowValues.parse(RowValues.text("\\N"), Types.VARCHAR));
    }

    @Test
    void numbersDatesTimesBooleansAndBytesKeepTheirValue() {
        assertEquals(12_345_678_901L, RowValues.parse(RowValues.text(12_345_678_901L), Types.BIGINT));
        assertEquals(new BigDecimal("1234567.50"), RowValues.parse(RowValues.text(new BigDecimal("1234567.50")), Types.NUMERIC));
        assertEquals("100000000", RowValues.text(new BigDecimal("1E+8")));
        assertEquals(LocalDate.of(2024, 2, 29), RowValues.parse(RowValues.text(LocalDate.of(2024, 2, 29)), Types.DATE));
        LocalDateTime at = LocalDateTime.of(2026, 12, 3, 10, 0, 0, 123_000_000);
        assertEquals(at, RowValues.parse(RowValues.text(at), Types.TIMESTAMP));
        assertEquals(Boolean.TRUE, RowValues.parse(RowValues.text(true), Types.BIT));
        assertEquals(Boolean.FALSE, RowValues.parse(RowValues.text(false), Types.BOOLEAN));
        assertEquals(2.5, RowValues.parse(RowValues.text(2.5), Types.REAL));
        assertArrayEquals(new byte[] {0, 1, (byte) 0xFF}, (byte[]) RowValues.parse(RowValues.text(new byte[] {0, 1, (byte) 0xFF}),
                Types.VARBINARY));
        assertEquals("\\\\x0001ff", RowValues.copyText(new byte[] {0, 1, (byte) 0xFF}));
    }

    @Test
    void aDamagedValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RowValues.parse("có", Types.BOOLEAN));
        assertThrows(IllegalArgumentException.class, () -> RowValues.parse("a\\qb", Types.VARCHAR));
        assertThrows(RuntimeException.class, () -> RowValues.parse("31/12/2024", Types.DATE));
    }
}
