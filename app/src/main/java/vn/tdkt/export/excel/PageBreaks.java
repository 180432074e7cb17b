package vn.tdkt.export.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a print-ready list breaks its pages (decision 0048). Excel and LibreOffice break a sheet where the rows fill
 * the page, so the Tổng cộng row or the signature block could open a last page alone; the writer instead computes the
 * rows of every page from their heights, the A4 page and the fit-to-width scale, puts a manual break at each page end
 * and moves the last lines of the table onto the page of the total and the signatures when these would not fit.
 * The page height is taken with a safety margin, so the application never needs a break of its own before ours.
 */
public final class PageBreaks {

    /** A4 in points. */
    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;
    /** Points per character of column width with Times New Roman 12 as the default font, and the cell padding. */
    private static final double POINTS_PER_CHAR = 6.0;
    private static final double PADDING = 3.75;
    /** Share of the computed page height the rows may fill (fonts and padding differ a little between programs). */
    private static final double SAFETY = 0.9;

    private PageBreaks() {
    }

    /**
     * The printable height of one page in sheet points (before the fit-to-width scale shrinks the rows), for the
     * margins {@link SheetPrint#apply} sets.
     *
     * @param columnChars the widths of the printed columns, in characters
     */
    public static double pageHeight(boolean landscape, double[] columnChars) {
        double width = 0;
        for (double c : columnChars) {
            width += c * POINTS_PER_CHAR + PADDING;
        }
        double paperWidth = (landscape ? A4_LONG : A4_SHORT) - (SheetPrint.LEFT + SheetPrint.RIGHT) * 72;
        double paperHeight = (landscape ? A4_SHORT : A4_LONG) - (SheetPrint.TOP + SheetPrint.BOTTOM) * 72;
        double scale = Math.min(1.0, paperWidth / width);
        return paperHeight / scale * SAFETY;
    }

    /**
     * The rows (0-based) before which a page breaks.
     *
     * @param heights      height of every row of the sheet in points, from row 0
     * @param firstRepeat  first row repeated at the top of every page (the table header)
     * @param lastRepeat   last repeated row
     * @param keepFrom     first row of the block that must stay on one page: the last lines of the table, the total,
     *                     the signatures (to the end of the sheet)
     * @param pageHeight   from {@link #pageHeight}
     */
    public static List<Integer> plan(List<Float> heights, int firstRepeat, int lastRepeat, int keepFrom, double pageHeight) {
        double repeat = 0;
        for (int i = firstRepeat; i <= lastRepeat; i++) {
            repeat += heights.get(i);
        }
        double block = 0;
        for (int i = keepFrom; i < heights.size(); i++) {
            block += heights.get(i);
        }
        boolean blockFits = block + repeat <= pageHeight;
        List<Integer> breaks = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < heights.size(); i++) {
            double need = i == keepFrom && blockFits ? block : heights.get(i);
            boolean inBlock = blockFits && i > keepFrom;
            if (!inBlock && used + need > pageHeight && i > lastRepeat + 1) {
                breaks.add(i);
                used = repeat;
            }
            used += heights.get(i);
        }
        return breaks;
    }
}
