package vn.tdkt.regime.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.TableFile;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TableSheet;
import vn.tdkt.export.excel.TextFit;
import vn.tdkt.regime.domain.Milestone;

/**
 * The ministry's yearly submission dates of an achievement year as a file (the {@code submission-dates} command):
 * columns Mã, Nội dung, Hạn, Số ngày, Căn cứ. Hạn is the day that counts (the next working day when the date is a day
 * off, BLDS 2015 Điều 148 khoản 5); Số ngày is the days from the day looked from to Hạn, negative once it has passed.
 * CSV is UTF-8 with BOM, RFC 4180.
 */
public final class SubmissionDateExport {

    public static final List<String> COLUMNS = List.of("Mã", "Nội dung", "Hạn", "Số ngày", "Căn cứ");
    public static final String SHEET = "Hạn nộp về Trung ương";
    private static final int NAME_WIDTH = 56;
    private static final int REF_WIDTH = 64;

    private SubmissionDateExport() {
    }

    /** Days from {@code day} to the milestone's date (negative when it has passed). */
    public static int days(LocalDate day, Milestone m) {
        return (int) ChronoUnit.DAYS.between(day, m.date());
    }

    public static void write(List<Milestone> rows, LocalDate day, Path file) {
        TableFile.write(file, w -> csv(rows, day, w), wb -> xlsx(rows, day, wb),
                Msg.of("regime.submission.extension", file.getFileName().toString()));
    }

    static void csv(List<Milestone> rows, LocalDate day, Writer out) throws IOException {
        TableFile.csvLine(out, COLUMNS);
        for (Milestone m : rows) {
            TableFile.csvLine(out, List.of(m.code(), m.name(), VnFormat.date(m.date()), String.valueOf(days(day, m)),
                    m.citation()));
        }
    }

    private static void xlsx(List<Milestone> rows, LocalDate day, SXSSFWorkbook wb) {
        CellStyles styles = new CellStyles(wb);
        SXSSFSheet sheet = wb.createSheet(SHEET);
        TableSheet.header(sheet, 0, COLUMNS, styles);
        CellStyle date = wb.createCellStyle();
        date.cloneStyleFrom(styles.get(CellStyles.Style.CENTER));
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        int r = 1;
        for (Milestone m : rows) {
            Row row = sheet.createRow(r++);
            TableSheet.text(row, 0, m.code(), styles.get(CellStyles.Style.TEXT));
            TableSheet.text(row, 1, m.name(), styles.get(CellStyles.Style.TEXT));
            Cell due = row.createCell(2);
            due.setCellValue(m.date());
            due.setCellStyle(date);
            TableSheet.number(row, 3, days(day, m), styles.get(CellStyles.Style.CENTER));
            TableSheet.text(row, 4, m.citation(), styles.get(CellStyles.Style.TEXT));
            // the wrapped name and reference would overlap the next row: as tall as the longest (decision 170)
            row.setHeightInPoints(TextFit.height(Math.max(TextFit.lines(m.name(), NAME_WIDTH),
                    TextFit.lines(m.citation(), REF_WIDTH))));
        }
        TableSheet.widths(sheet, 22, NAME_WIDTH, 12, 10, REF_WIDTH);
        SheetPrint.apply(sheet, true, 0, 0);
    }
}
