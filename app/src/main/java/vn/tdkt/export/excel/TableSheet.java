package vn.tdkt.export.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The cells of a plain table sheet (a title row, then a row per line), as the list exports write them: the title row
 * in the {@link CellStyles.Style#HEADER} style, the column widths, a text or number cell in a given style.
 */
public final class TableSheet {

    private TableSheet() {
    }

    /** Row {@code index} holding the titles, one a column from the first, in the header style. */
    public static Row header(Sheet sheet, int index, List<String> titles, CellStyles styles) {
        Row h = sheet.createRow(index);
        for (int i = 0; i < titles.size(); i++) {
            text(h, i, titles.get(i), styles.get(CellStyles.Style.HEADER));
        }
        return h;
    }

    /** The widths of the first columns, in characters of the default font ({@link SheetPrint#width}). */
    public static void widths(Sheet sheet, double... characters) {
        for (int i = 0; i < characters.length; i++) {
            SheetPrint.width(sheet, i, characters[i]);
        }
    }

    /** A text cell (null written as an empty text). */
    public static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
        return c;
    }

    /** A number cell. */
    public static Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }
}
