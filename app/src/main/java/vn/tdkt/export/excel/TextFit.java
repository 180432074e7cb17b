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
        return Math.max(1, (int) Math.ceil(TextWidth.twips(text, 12, false) / (double) usable));
    }

    /** Height in points of a row of that many 12 pt lines. */
    public static float height(int lines) {
        return LINE_POINTS * lines;
    }
}
