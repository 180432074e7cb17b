package vn.tdkt.council.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact fraction of a whole (80/100, 2/3, 1/2), compared in integers so that 12 of 15 is exactly 80 %.
 */
public record Share(int numerator, int denominator) {

    public Share {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("Tỷ lệ không hợp lệ: " + numerator + "/" + denominator);
        }
    }

    /** part / whole ≥ this share, computed as part × denominator ≥ numerator × whole. */
    public boolean reachedBy(long part, long whole) {
        return part * denominator >= numerator * whole;
    }

    /** part / whole &gt; this share. */
    public boolean exceededBy(long part, long whole) {
        return part * denominator > numerator * whole;
    }

    /** "80 %" when the share is a whole percentage, otherwise the fraction "2/3". */
    public String text() {
        return (numerator * 100) % denominator == 0 ? (numerator * 100 / denominator) + " %" : numerator + "/" + denominator;
    }

    /** part / whole in per cent, 2 decimals, half up: 11 of 15 → 73.33. */
    public static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** 73.33 → "73,33 %". */
    public static String percentText(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }
}
