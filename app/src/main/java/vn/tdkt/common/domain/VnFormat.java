package vn.tdkt.common.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Vietnamese formats: dd/MM/yyyy dates and "1.234.567 đ" money. */
public final class VnFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_LENIENT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_DASH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private VnFormat() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** Parses dd/MM/yyyy (also d/M/yyyy, d-M-yyyy and ISO yyyy-MM-dd); empty when the text is no valid date. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DATE_LENIENT, DATE_DASH, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next accepted shape
            }
        }
        return Optional.empty();
    }

    /** 1234567 → "1.234.567 đ". */
    public static String money(long amount) {
        return number(amount) + " đ";
    }

    /** 1234567 → "1.234.567". */
    public static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append('.');
            }
            b.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + b;
    }

    /** 2.25 → "2,25"; 3 → "3". */
    public static String decimal(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
