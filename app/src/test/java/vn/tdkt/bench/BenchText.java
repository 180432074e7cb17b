package vn.tdkt.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' lines in Vietnamese number format (issue #15): thousands with a dot, decimals with a comma
 * ("3.940 ms", "2,06 ×"), whatever the machine's locale. Every integer conversion {@code %d} is grouped as if written
 * {@code %,d}, so that one line never mixes "3.940 ms" with "6040 ms".
 */
public final class BenchText {

    /** Vietnamese number symbols: grouping "." and decimal ",". */
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("%(\\d*)d");

    private BenchText() {
    }

    /** {@link String#format} in Vietnamese numbers, every {@code %d} grouped. */
    public static String format(String format, Object... args) {
        return String.format(VI, PLAIN_INTEGER.matcher(format).replaceAll(m -> Matcher.quoteReplacement("%," + m.group(1) + "d")),
                args);
    }

    /** {@link #format} to standard output. */
    public static void printf(String format, Object... args) {
        System.out.print(format(format, args));
    }
}
