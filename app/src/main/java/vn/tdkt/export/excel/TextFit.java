package vn.tdkt.export.excel;

import vn.tdkt.export.TextWidth;

/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice sizes the rows of a generated sheet on opening, so
 * wrapped names would overlap; the writer sets each row's height from the number of lines its longest cell needs.
 * Assumes the workbook's default font is Times New Roman 12 ({@link CellStyles} sets it), where one unit of column
 * width is about 6 pt.
 */
public final class TextFit {

    /** Twips per character of column width with Times New Roman 12 as the default font. */
    private static final int TWIPS_PER_CHAR = 120;
    private static final int CELL_PADDING = 60;
    private static final float LINE_POINTS = 15.75f;

    private TextFit() {
    }

    /** Lines a 12 pt text needs in a column of the given width (characters). */
    public static int lines(String text, double columnChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = (int) (columnChars * TWIPS_PER_CHAR) - CELL_PADDING;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += wrapped(paragraph, usable);
        }
        return Math.max(1, lines);
    }

    /**
     * Lines of one paragraph wrapped word by word as the programs do: a word that does not fit on the line opens the
     * next one, so the room left at each line's end is lost (dividing the whole width by the column's once gave 2
     * lines to a 3-line Diễn giải, and the rendering cut its last line).
     */
    private static int wrapped(String paragraph, int usable) {
        int space = TextWidth.twips(" ", 12, false);
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = TextWidth.twips(word, 12, false);
            if (used > 0 && used + space + w <= usable) {
                used += space + w;
            } else if (used == 0 && w <= usable) {
                used = w;
            } else {
                if (used > 0) {
                    lines++;
                }
                // a word wider than the column breaks inside it
                lines += Math.max(0, (int) Math.ceil(w / (double) usable) - 1);
                used = w % usable == 0 ? usable : w % usable;
            }
        }
        return lines;
    }

    /** Height in points of a row of that many 12 pt lines. */
    public static float height(int lines) {
        return LINE_POINTS * lines;
    }
}
