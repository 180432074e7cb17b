package vn.tdkt.exemplary.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import vn.tdkt.export.excel.TableSheet;
import vn.tdkt.export.excel.TextFit;

/**
 * The ranked delegate list as a file (the {@code delegates} command): columns Thứ hạng, Mã điển hình, Tên điển hình,
 * Số lần công nhận, Kết quả, Ghi chú (a contract). Ghi chú is written in Vietnamese, as the other values. CSV is UTF-8
 * with BOM, RFC 4180.
 */
final class DelegateExport {

    static final List<String> COLUMNS = List.of("Thứ hạng", "Mã điển hình", "Tên điển hình", "Số lần công nhận", "Kết quả",
            "Ghi chú");
    static final String SHEET = "Đại biểu";
    /** The columns' widths in characters; a row is as high as its longest cell wrapped in them (no program sizes it). */
    private static final double[] WIDTHS = {9, 14, 44, 11, 22, 52};
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

    /** The height of a row of these cells wrapped in the columns' widths (the header's bold titles as well). */
    static float height(List<String> cells) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, TextFit.lines(cells.get(c), WIDTHS[c]));
        }
        return TextFit.height(lines);
    }

    private static void csv(DelegateSelection s, Writer out) throws IOException {
        TableFile.csvLine(out, COLUMNS);
        for (DelegateLine l : s.lines()) {
            TableFile.csvLine(out, cells(l));
        }
    }

    private static void xlsx(DelegateSelection s, SXSSFWorkbook wb) {
        CellStyles styles = new CellStyles(wb);
        SXSSFSheet sheet = wb.createSheet(SHEET);
        Row header = TableSheet.header(sheet, 0, COLUMNS, styles);
        header.setHeightInPoints(height(COLUMNS));
        CellStyle center = styles.get(CellStyles.Style.CENTER);
        CellStyle text = styles.get(CellStyles.Style.TEXT);
        int r = 1;
        for (DelegateLine l : s.lines()) {
            Row row = sheet.createRow(r++);
            TableSheet.number(row, 0, l.rank(), center);
            TableSheet.text(row, 1, l.candidate().code(), center);
            TableSheet.text(row, 2, l.candidate().name(), text);
            TableSheet.number(row, 3, l.candidate().recognitions(), center);
            TableSheet.text(row, 4, l.result().label(), text);
            TableSheet.text(row, 5, l.note(VI), text);
            row.setHeightInPoints(height(cells(l)));
        }
        TableSheet.widths(sheet, WIDTHS);
        SheetPrint.apply(sheet, true, 0, 0);
    }
}
