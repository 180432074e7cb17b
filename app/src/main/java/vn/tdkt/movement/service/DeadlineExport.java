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
import vn.tdkt.export.excel.TableSheet;
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
        TableFile.csvLine(out, COLUMNS);
        for (Deadline d : rows) {
            TableFile.csvLine(out, List.of(d.row().movementCode(), d.row().milestone().content(),
                    VnFormat.date(d.effectiveDue()), d.row().unitCode() == null ? "" : d.row().unitCode(),
                    d.status().label(), String.valueOf(d.days())));
        }
    }

    private static void xlsx(List<Deadline> rows, SXSSFWorkbook wb) {
        CellStyles styles = new CellStyles(wb);
        SXSSFSheet sheet = wb.createSheet(SHEET);
        TableSheet.header(sheet, 0, COLUMNS, styles);
        org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
        date.cloneStyleFrom(styles.get(CellStyles.Style.CENTER));
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        int r = 1;
        for (Deadline d : rows) {
            Row row = sheet.createRow(r++);
            TableSheet.text(row, 0, d.row().movementCode(), styles.get(CellStyles.Style.CENTER));
            TableSheet.text(row, 1, d.row().milestone().content(), styles.get(CellStyles.Style.TEXT));
            Cell due = row.createCell(2);
            due.setCellValue(d.effectiveDue());
            due.setCellStyle(date);
            TableSheet.text(row, 3, d.row().unitCode(), styles.get(CellStyles.Style.CENTER));
            TableSheet.text(row, 4, d.status().label(), styles.get(CellStyles.Style.TEXT));
            TableSheet.number(row, 5, d.days(), styles.get(CellStyles.Style.CENTER));
        }
        TableSheet.widths(sheet, 16, 60, 12, 14, 14, 10);
        SheetPrint.apply(sheet, true, 0, 0);
    }
}
