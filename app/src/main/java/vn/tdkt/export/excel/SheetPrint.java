package vn.tdkt.export.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print setup of the council's sheets: A4, fit to the page width, header rows repeated, panes frozen under them. */
public final class SheetPrint {

    /** Margins in inches. */
    public static final double TOP = 0.6;
    public static final double BOTTOM = 0.6;
    public static final double LEFT = 0.6;
    public static final double RIGHT = 0.4;

    private SheetPrint() {
    }

    /**
     * Also gives rows the height of one 12 pt line by default (rows of wrapped text get theirs from {@link TextFit}).
     *
     * @param landscape      A4 landscape (lists of 6+ columns) or portrait
     * @param headerFirstRow first row (0-based) of the table header, repeated on every printed page
     * @param headerLastRow  last row (0-based) of the table header; panes are frozen below it
     */
    public static void apply(Sheet sheet, boolean landscape, int headerFirstRow, int headerLastRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.TOP, TOP);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM);
        sheet.setMargin(PageMargin.LEFT, LEFT);
        sheet.setMargin(PageMargin.RIGHT, RIGHT);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("Trang &P / &N");
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerFirstRow + 1) + ":" + (headerLastRow + 1)));
        sheet.createFreezePane(0, headerLastRow + 1);
        sheet.setDefaultRowHeightInPoints(TextFit.height(1));
    }

    /** Manual page breaks before each of these rows (0-based), as {@link PageBreaks#plan} computes them. */
    public static void breakBefore(Sheet sheet, java.util.List<Integer> rows) {
        for (int r : rows) {
            sheet.setRowBreak(r - 1);
        }
    }

    /** Column width in characters of the default font. */
    public static void width(Sheet sheet, int column, double characters) {
        sheet.setColumnWidth(column, (int) Math.round(characters * 256));
    }
}
