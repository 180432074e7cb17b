package vn.tdkt.export;

import java.text.Normalizer;

/**
 * Width of a line of Times New Roman text, from the standard Times metrics (units of 1/1000 em), used to size the
 * rules under the header lines of a .docx, to choose a size that fits and to give wrapped spreadsheet rows their
 * height. Vietnamese letters take the width of their base letter; the widths of the first 8192 characters are
 * worked out once, so measuring costs one table look-up per character.
 */
public final class TextWidth {

    /** Widths of ' ' .. '~' in Times Roman. */
    private static final int[] REGULAR = {250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556,
        722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333,
        469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278,
        500, 500, 722, 500, 500, 444, 480, 200, 480, 541};
    /** Widths of ' ' .. '~' in Times Bold. */
    private static final int[] BOLD = {250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611,
        778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333,
        581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333,
        556, 500, 722, 500, 500, 444, 394, 220, 394, 520};

    private static final int CACHED = 0x2000;
    private static final short[] REGULAR_CACHE = cache(REGULAR);
    private static final short[] BOLD_CACHE = cache(BOLD);

    private TextWidth() {
    }

    private static short[] cache(int[] ascii) {
        short[] widths = new short[CACHED];
        for (int c = 0; c < CACHED; c++) {
            char base = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).charAt(0);
            if (base == 'đ') {
                base = 'd';
            } else if (base == 'Đ') {
                base = 'D';
            }
            widths[c] = (short) (base >= ' ' && base <= '~' ? ascii[base - ' '] : 500);
        }
        return widths;
    }

    /** Width in twips (1/20 pt) of the text at the size in points. */
    public static int twips(String text, double pt, boolean bold) {
        short[] widths = bold ? BOLD_CACHE : REGULAR_CACHE;
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                units += c < CACHED ? widths[c] : 500;
            }
        }
        return (int) Math.ceil(units * pt * 20 / 1000.0);
    }
}
