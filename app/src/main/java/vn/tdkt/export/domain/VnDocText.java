package vn.tdkt.export.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Texts of Vietnamese administrative documents: amounts in words ("Bằng chữ") and the long date of
 * Nghị định 30/2020/NĐ-CP ("ngày 05 tháng 01 năm 2026": day below 10 and months 1, 2 with a leading zero).
 */
public final class VnDocText {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    private VnDocText() {
    }

    /** 1520000 → "Một triệu năm trăm hai mươi nghìn đồng"; 0 → "Không đồng". */
    public static String amountInWords(long amount) {
        String words = numberInWords(amount);
        return words.substring(0, 1).toUpperCase(VI) + words.substring(1) + " đồng";
    }

    /**
     * Reads a whole number as Vietnamese words, lower case: 21 → "hai mươi mốt", 105 → "một trăm linh năm",
     * 1050000 → "một triệu không trăm năm mươi nghìn", 2 × 10^12 → "hai nghìn tỷ".
     */
    public static String numberInWords(long n) {
        if (n < 0) {
            return "âm " + numberInWords(-n);
        }
        if (n == 0) {
            return DIGITS[0];
        }
        return read(n, true);
    }

    /** Reads n > 0; a non-leading part keeps its "không trăm" / "linh" (1.005.000 → "... không trăm linh năm nghìn"). */
    private static String read(long n, boolean leading) {
        if (n >= BILLION) {
            long rest = n % BILLION;
            String head = read(n / BILLION, leading) + " tỷ";
            return rest == 0 ? head : head + " " + read(rest, false);
        }
        String[] scales = {"triệu", "nghìn", ""};
        long[] sizes = {1_000_000L, 1_000L, 1L};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < scales.length; i++) {
            int group = (int) (n / sizes[i] % 1000);
            if (group == 0) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(group(group, leading && b.length() == 0));
            if (!scales[i].isEmpty()) {
                b.append(' ').append(scales[i]);
            }
        }
        return b.toString();
    }

    private static String group(int g, boolean leading) {
        int hundreds = g / 100;
        int tens = g / 10 % 10;
        int ones = g % 10;
        StringBuilder b = new StringBuilder();
        if (hundreds > 0 || !leading) {
            b.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (ones > 0) {
                b.append(b.length() > 0 ? " linh " : "").append(DIGITS[ones]);
            }
            return b.toString();
        }
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
        if (ones == 1) {
            b.append(tens == 1 ? " một" : " mốt");
        } else if (ones == 5) {
            b.append(" lăm");
        } else if (ones > 0) {
            b.append(' ').append(DIGITS[ones]);
        }
        return b.toString();
    }

    /** "ngày 05 tháng 01 năm 2026", "ngày 29 tháng 6 năm 2019" (NĐ 30/2020, Phụ lục I). */
    public static String longDate(LocalDate d) {
        int m = d.getMonthValue();
        return String.format("ngày %02d tháng %s năm %d", d.getDayOfMonth(), m <= 2 ? "0" + m : Integer.toString(m),
                d.getYear());
    }

    /** Upper case with Vietnamese rules: "Chủ tịch Ủy ban nhân dân tỉnh" → "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH". */
    public static String upper(String s) {
        return s == null ? "" : s.toUpperCase(VI);
    }

    private static final java.util.regex.Pattern CITED_NUMBER =
            java.util.regex.Pattern.compile("(?<=^|\\s)(?:(Điều|khoản|số) (?=\\d)|(điểm) (?=[a-zđ](?!\\p{L})))");

    /**
     * A citation whose word and number never part at a line's end: "Điều 23", "khoản 1", "điểm a", "số 06/2022/QH15"
     * joined by a no-break space, so a justified line never ends in "số" with the law's number alone on the next
     * (the Kế hoạch's rewards, decision 173).
     */
    public static String keepCitedNumbers(String s) {
        return s == null ? null : CITED_NUMBER.matcher(s)
                .replaceAll(m -> (m.group(1) != null ? m.group(1) : m.group(2)) + "\u00A0");
    }
}
