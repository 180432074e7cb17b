package vn.tdkt.exemplary.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.exemplary.domain.DelegateLine;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.export.TableFile;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;

/**
 * The ranked delegate list as a file (the {@code delegates} command): columns Thứ hạng, Mã điển hình, Tên điển hình,
 * Số lần công nhận, Kết quả, Ghi chú (a contract). Ghi chú is written in Vietnamese, as the other values. CSV is UTF-8
 * with BOM, RFC 4180.
 */
final class DelegateExport {

    static final List<String> COLUMNS = List.of("Thứ hạng", "Mã điển hình", "Tên điển hình", "Số lần công nhận", "Kết quả",
            "Ghi chú");
    static final String SHEET = "Đại biểu";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private DelegateExport() {
    }

    static void write(DelegateSelection s, Path file) {
        TableFile.write(file, w -> csv(s, w), wb -> xlsx(s, wb),
                Msg.of("exemplary.problem.extension", file.getFileName().toString(), ".xlsx, .csv"));
    }

    static List<String> cells(DelegateLine l) {
        return List.of(String.valueOf(l.rank()), l.candidate().code(), l.candidate().name(),
                String.valueOf(l.candidate().recognitions()), l.result().label(), l.note(VI));
    }

    private static void csv(DelegateSelection s, Writer out) throws IOException {
        line(out, COLUMNS);
        for (DelegateLine l : s.lines()) {
            line(out, cells(l));
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String v = cells.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            out.write(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.write("\r\n");
    }

    private static void xlsx(DelegateSelection s, SXSSFWorkbook wb) {
        CellStyles styles = new CellStyles(wb);
        SXSSFSheet sheet = wb.createSheet(SHEET);
        Row h = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(COLUMNS.get(i));
            c.setCellStyle(styles.get(CellStyles.Style.HEADER));
        }
        CellStyle center = styles.get(CellStyles.Style.CENTER);
        CellStyle text = styles.get(CellStyles.Style.TEXT);
        int r = 1;
        for (DelegateLine l : s.lines()) {
            Row row = sheet.createRow(r++);
            number(row, 0, l.rank(), center);
            text(row, 1, l.candidate().code(), center);
            text(row, 2, l.candidate().name(), text);
            number(row, 3, l.candidate().recognitions(), center);
            text(row, 4, l.result().label(), text);
            text(row, 5, l.note(VI), text);
        }
        double[] widths = {9, 14, 44, 11, 22, 52};
        for (int i = 0; i < widths.length; i++) {
            SheetPrint.width(sheet, i, widths[i]);
        }
        SheetPrint.apply(sheet, true, 0, 0);
    }

    private static void number(Row row, int col, int value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
