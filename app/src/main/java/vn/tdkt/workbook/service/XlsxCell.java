package vn.tdkt.workbook.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;

/**
 * One non-empty cell as read from a sheet. {@code text} is always set: the cleaned (NFC, trimmed) text, a number
 * written without exponent or trailing zeros ("2024", "1234567890"), a date as dd/MM/yyyy, TRUE/FALSE, or the
 * error code ("#N/A").
 */
public record XlsxCell(Kind kind, String text, double number, LocalDate date) {

    /** The cell's type after looking at the cell type and its number format. */
    public enum Kind { TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    /** A text cell, or null when the text is blank. */
    static XlsxCell ofText(String raw) {
        String t = VietnameseText.clean(raw);
        return t == null || t.isEmpty() ? null : new XlsxCell(Kind.TEXT, t, 0, null);
    }

    /** A number cell from its stored decimal form ("2024", "1.2345678901E11"). */
    static XlsxCell ofNumber(String raw) {
        String r = raw.trim();
        if (r.length() <= 15 && !r.isEmpty() && r.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            long n = Long.parseLong(r);
            return new XlsxCell(Kind.NUMBER, Long.toString(n), n, null);
        }
        BigDecimal d = new BigDecimal(r);
        String plain = d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        return new XlsxCell(Kind.NUMBER, plain, d.doubleValue(), null);
    }

    static XlsxCell ofDate(LocalDate date, double serial) {
        return new XlsxCell(Kind.DATE, VnFormat.date(date), serial, date);
    }

    static XlsxCell ofBoolean(boolean b) {
        return new XlsxCell(Kind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0, null);
    }

    static XlsxCell ofError(String code) {
        return new XlsxCell(Kind.ERROR, code == null ? "#ERROR" : code.trim(), 0, null);
    }

    /** True for a number without a fractional part. */
    public boolean isWholeNumber() {
        return kind == Kind.NUMBER && number == Math.rint(number) && !Double.isInfinite(number);
    }
}
