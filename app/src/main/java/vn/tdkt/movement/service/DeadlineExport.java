package vn.tdkt.movement.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.TableFile;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.movement.domain.Deadline;

/**
 * The deadlines as a file (the {@code deadlines} command): columns Mã phong trào, Nội dung, Hạn, Mã đơn vị,
 * Trạng thái, Số ngày. Hạn is the day that counts (the next working day when the recorded one is a day off), so
 * Quá hạn means Hạn is before the date; Số ngày is negative for days late. CSV is UTF-8 with BOM, RFC 4180.
 */
public final class DeadlineExport {

    public static final List<String> COLUMNS = List.of("Mã phong trào", "Nội dung", "Hạn", "Mã đơn vị", "Trạng thái",
            "Số ngày");
    public static final String SHEET = "Hạn phải làm";

    private DeadlineExport() {
    }

    public static void write(List<Deadline> rows, Path file) {
        TableFile.write(file, w -> csv(rows, w), wb -> xlsx(rows, wb),
                Msg.of("movement.deadlines.extension", file.getFileName().toString()));
    }

    static void csv(List<Deadline> rows, Writer out) throws IOException {
        line(out, COLUMNS);
        for (Deadline d : rows) {
            line(out, List.of(d.row().movementCode(), d.row().milestone().content(), VnFormat.date(d.effectiveDue()),
                    d.row().unitCode() == null ? "" : d.row().unitCode(), d.status().label(), String.valueOf(d.days())));
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String s = cells.get(i);
            boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
            out.write(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        out.write("\r\n");
    }

    private static void xlsx(List<Deadline> rows, SXSSFWorkbook wb) {
        CellStyles styles = new CellStyles(wb);
        SXSSFSheet sheet = wb.createSheet(SHEET);
        Row h = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(COLUMNS.get(i));
            c.setCellStyle(styles.get(CellStyles.Style.HEADER));
        }
        org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
        date.cloneStyleFrom(styles.get(CellStyles.Style.CENTER));
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        int r = 1;
        for (Deadline d : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, d.row().movementCode(), styles.get(CellStyles.Style.CENTER));
            text(row, 1, d.row().milestone().content(), styles.get(CellStyles.Style.TEXT));
            Cell due = row.createCell(2);
            due.setCellValue(d.effectiveDue());
            due.setCellStyle(date);
            text(row, 3, d.row().unitCode() == null ? "" : d.row().unitCode(), styles.get(CellStyles.Style.CENTER));
            text(row, 4, d.status().label(), styles.get(CellStyles.Style.TEXT));
            Cell days = row.createCell(5);
            days.setCellValue(d.days());
            days.setCellStyle(styles.get(CellStyles.Style.CENTER));
        }
        double[] widths = {16, 60, 12, 14, 14, 10};
        for (int i = 0; i < widths.length; i++) {
            SheetPrint.width(sheet, i, widths[i]);
        }
        SheetPrint.apply(sheet, true, 0, 0);
    }

    private static void text(Row row, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
