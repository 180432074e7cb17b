package vn.tdkt.workbook.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** How the optional sheets of the import workbook (movements, exemplary models) are written: one helper for both. */
final class SheetCells {

    private SheetCells() {
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
