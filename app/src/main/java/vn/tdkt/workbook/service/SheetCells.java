package vn.tdkt.workbook.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.workbook.domain.WorkbookLayout;

/** How the optional sheets of the import workbook (movements, exemplary models) are written: one helper for both. */
final class SheetCells {

    private SheetCells() {
    }

    /** The styles the optional sheets are written in: the bold, wrapped header, dates dd/mm/yyyy, codes as text. */
    record Styles(CellStyle header, CellStyle date, CellStyle text) {
        static Styles of(SXSSFWorkbook wb) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            return new Styles(header, date, text);
        }
    }

    /** Which of {@code sheets} the workbook's sheet {@code name} is ({@link WorkbookLayout#matchKey}), or null. */
    static String canonical(String name, String... sheets) {
        String k = WorkbookLayout.matchKey(name);
        for (String s : sheets) {
            if (k.equals(WorkbookLayout.matchKey(s))) {
                return s;
            }
        }
        return null;
    }

    /**
     * The rows of the instructions sheet for optional sheets from row {@code r}: sheet, column, whether required, the
     * explanation (wrapped); returns the next free row.
     */
    static int guide(Sheet sheet, int r, CellStyle wrap, String[][] rows) {
        int next = r;
        for (String[] v : rows) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < v.length; i++) {
                Cell c = row.createCell(i);
                c.setCellValue(v[i]);
                if (i == 3) {
                    c.setCellStyle(wrap);
                    fit(row, v[i], sheet.getColumnWidth(3) / 256.0);
                }
            }
        }
        return next;
    }

    /**
     * Gives a row holding a wrapped text of a column that many characters wide the height of its lines: neither Excel
     * nor LibreOffice sizes a generated sheet's rows, so the instructions overlapped on every printed page (#13).
     */
    static void fit(Row row, String text, double columnChars) {
        float h = vn.tdkt.export.excel.TextFit.height(vn.tdkt.export.excel.TextFit.lines(text, columnChars));
        if (h > row.getHeightInPoints()) {
            row.setHeightInPoints(h);
        }
    }

    /** A sheet with its bold header row (frozen), the column widths in characters, one row per item. */
    static <T> void sheet(SXSSFWorkbook wb, String name, List<String> headers, int[] widths, CellStyle header,
                                  List<T> rows, BiConsumer<Row, T> values) {
        SXSSFSheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T row : rows) {
            values.accept(sheet.createRow(r++), row);
        }
    }

    /** A cell's value when there is one: a date in the date style, anything else as text (in the text style if given). */
    static void put(Row row, int col, Object value, CellStyle text, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(col);
        if (value instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(date);
        } else {
            c.setCellValue(value.toString());
            if (text != null) {
                c.setCellStyle(text);
            }
        }
    }

    /** A drop-down of the values on a column below the header (a warning, not a refusal, for another value). */
    static void choices(Sheet sheet, int col, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, 1_048_575, col, col));
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }
}
