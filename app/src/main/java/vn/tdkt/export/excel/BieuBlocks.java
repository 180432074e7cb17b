package vn.tdkt.export.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.export.excel.CellStyles.Style;

/**
 * The parts every biểu of TT 02/2023/TT-BNV shares (README decision 116): the dated signature block after the table,
 * the note for the clerk on a cell left for the unit (a cell comment: seen on the screen, never printed), and the
 * print area that holds the biểu and nothing else, so that the page count of the footer is the biểu's own.
 */
public final class BieuBlocks {

    /** Who wrote a clerk's note. */
    public static final String AUTHOR = "TĐKT";

    private BieuBlocks() {
    }

    /**
     * The dated line, NGƯỜI LẬP BIỂU (Ký, họ tên) under columns {@code left}, THỦ TRƯỞNG ĐƠN VỊ (Ký, họ tên, đóng dấu)
     * under {@code rightFrom}…{@code last}, starting one row after {@code afterRow}.
     *
     * @return the last row written
     */
    public static int signatures(Sheet sheet, CellStyles st, int afterRow, int leftFrom, int leftTo, int rightFrom, int last) {
        int r = afterRow + 2;
        Row date = sheet.createRow(r++);
        text(date, rightFrom, "……, ngày …… tháng …… năm ……", st.get(Style.SIGN_HINT));
        merge(sheet, date.getRowNum(), rightFrom, last);
        Row titles = sheet.createRow(r++);
        Row hints = sheet.createRow(r);
        text(titles, leftFrom, "NGƯỜI LẬP BIỂU", st.get(Style.SIGN_TITLE));
        text(hints, leftFrom, "(Ký, họ tên)", st.get(Style.SIGN_HINT));
        text(titles, rightFrom, "THỦ TRƯỞNG ĐƠN VỊ", st.get(Style.SIGN_TITLE));
        text(hints, rightFrom, "(Ký, họ tên, đóng dấu)", st.get(Style.SIGN_HINT));
        merge(sheet, titles.getRowNum(), leftFrom, leftTo);
        merge(sheet, hints.getRowNum(), leftFrom, leftTo);
        merge(sheet, titles.getRowNum(), rightFrom, last);
        merge(sheet, hints.getRowNum(), rightFrom, last);
        return r;
    }

    /**
     * "Đơn vị báo cáo: …" in row 0 and "Đơn vị nhận báo cáo: …" in row 1, each over columns {@code from}…{@code to}
     * ({@code chars} characters wide), wrapped, the row as tall as its text needs (README decision 148).
     */
    public static void reportingUnits(Sheet sheet, CellStyles st, ReportingUnits units, int from, int to, double chars) {
        CellStyle style = wrapped(sheet.getWorkbook(), st.get(Style.NOTE));
        String[] lines = {units.reportingLine(), units.receivingLine()};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            text(row, from, lines[i], style);
            merge(sheet, i, from, to);
            float needed = TextFit.height(TextFit.lines(lines[i], chars));
            if (row.getHeightInPoints() < needed) {
                row.setHeightInPoints(needed);
            }
        }
    }

    /** A note for the clerk on a cell: shown on the screen (hover), not printed (the sheet prints no comments). */
    public static void clerkNote(Cell cell, String note) {
        Sheet sheet = cell.getSheet();
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(note));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    /**
     * The print area: the biểu's rows and columns only; comments are not printed. With {@link SheetPrint#apply} (fit to
     * the width, the header rows repeated) the biểu is the workbook's only printed matter, and "Trang x / y" counts its
     * pages alone.
     */
    public static void printArea(Sheet sheet, int lastColumn, int lastRow) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        sheet.getPrintSetup().setNotes(false);
    }

    /** {@code style} with its text wrapped (a long section label stays in its column). */
    public static CellStyle wrapped(Workbook wb, CellStyle style) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(style);
        s.setWrapText(true);
        return s;
    }

    /** {@code style} upright and bold ("Biểu số: …" of the published templates). */
    public static CellStyle bold(Workbook wb, CellStyle style) {
        Font f = wb.createFont();
        Font from = wb.getFontAt(style.getFontIndex());
        f.setFontName(from.getFontName());
        f.setFontHeightInPoints(from.getFontHeightInPoints());
        f.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(style);
        s.setFont(f);
        return s;
    }

    public static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    private static void merge(Sheet sheet, int row, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }
}
