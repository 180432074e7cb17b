package vn.tdkt.movement.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.tdkt.export.excel.TextFit;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.DeadlineStatus;
import vn.tdkt.regime.domain.Milestone;

/**
 * The deadlines as a file (the {@code deadlines} command): columns Mã phong trào, Nội dung, Hạn, Mã đơn vị,
 * Trạng thái, Số ngày, Loại. Hạn is the day that counts (the next working day when the recorded one is a day off), so
 * Quá hạn means Hạn is before the date; Số ngày is negative for days late. Loại says where the line comes from: a
 * movement's milestone ({@value #MOVEMENT}) or the ministry's yearly submission date ({@value #CENTRAL}, no movement
 * or unit code; README decision 171) or a dossier's appraisal time limit ({@value #APPRAISAL}, Nội dung the dossier's
 * code and award; README decision 187). Loại was added at the end: the first six columns are a contract. CSV is
 * UTF-8 with BOM, RFC 4180.
 */
public final class DeadlineExport {

    public static final List<String> COLUMNS = List.of("Mã phong trào", "Nội dung", "Hạn", "Mã đơn vị", "Trạng thái",
            "Số ngày", "Loại");
    public static final String SHEET = "Hạn phải làm";
    /** Loại of a movement's milestone. */
    public static final String MOVEMENT = "Phong trào";
    /** Loại of a yearly submission date of the ministry. */
    public static final String CENTRAL = "Hạn của Trung ương";
    /** Loại of a dossier's appraisal time limit (THAM_DINH). */
    public static final String APPRAISAL = "Hạn thẩm định";

    /** A dossier's appraisal time limit: its code and award, and the last day of the limit. */
    public record Appraisal(String content, LocalDate due) {
    }

    /** One line of the file, whichever its source. */
    private record Line(String movementCode, String content, LocalDate due, String unitCode, DeadlineStatus status,
                        int days, String kind) {
    }

    private DeadlineExport() {
    }

    /**
     * The movements' deadlines and the ministry's dates around {@code day} (already chosen by the caller), by the day
     * that counts; on the same day the movements' lines first.
     */
    public static void write(List<Deadline> rows, List<Milestone> central, LocalDate day, Path file) {
        write(rows, central, List.of(), day, file);
    }

    /** The same with the dossiers' appraisal time limits (their lines after the others' on the same day). */
    public static void write(List<Deadline> rows, List<Milestone> central, List<Appraisal> appraisals, LocalDate day,
                             Path file) {
        List<Line> lines = lines(rows, central, appraisals, day);
        TableFile.write(file, w -> csv(lines, w), wb -> xlsx(lines, wb),
                Msg.of("movement.deadlines.extension", file.getFileName().toString()));
    }

    private static List<Line> lines(List<Deadline> rows, List<Milestone> central, List<Appraisal> appraisals,
                                    LocalDate day) {
        List<Line> lines = new ArrayList<>();
        for (Deadline d : rows) {
            lines.add(new Line(d.row().movementCode(), d.row().milestone().content(), d.effectiveDue(), d.row().unitCode(),
                    d.status(), d.days(), MOVEMENT));
        }
        for (Milestone m : central) {
            lines.add(new Line(null, m.name(), m.date(), null,
                    m.date().isBefore(day) ? DeadlineStatus.QUA_HAN : DeadlineStatus.SAP_DEN_HAN,
                    (int) ChronoUnit.DAYS.between(day, m.date()), CENTRAL));
        }
        for (Appraisal a : appraisals) {
            lines.add(new Line(null, a.content(), a.due(), null,
                    a.due().isBefore(day) ? DeadlineStatus.QUA_HAN : DeadlineStatus.SAP_DEN_HAN,
                    (int) ChronoUnit.DAYS.between(day, a.due()), APPRAISAL));
        }
        lines.sort(Comparator.comparing(Line::due)); // stable: each source keeps its own order within a day
        return lines;
    }

    private static void csv(List<Line> rows, Writer out) throws IOException {
        TableFile.csvLine(out, COLUMNS);
        for (Line d : rows) {
            TableFile.csvLine(out, java.util.Arrays.asList(d.movementCode(), d.content(), VnFormat.date(d.due()),
                    d.unitCode(), d.status().label(), String.valueOf(d.days()), d.kind()));
        }
    }

    private static void xlsx(List<Line> rows, SXSSFWorkbook wb) {
        CellStyles styles = new CellStyles(wb);
        SXSSFSheet sheet = wb.createSheet(SHEET);
        TableSheet.header(sheet, 0, COLUMNS, styles);
        org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
        date.cloneStyleFrom(styles.get(CellStyles.Style.CENTER));
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        int r = 1;
        for (Line d : rows) {
            Row row = sheet.createRow(r++);
            TableSheet.text(row, 0, d.movementCode(), styles.get(CellStyles.Style.CENTER));
            TableSheet.text(row, 1, d.content(), styles.get(CellStyles.Style.TEXT));
            Cell due = row.createCell(2);
            due.setCellValue(d.due());
            due.setCellStyle(date);
            TableSheet.text(row, 3, d.unitCode(), styles.get(CellStyles.Style.CENTER));
            TableSheet.text(row, 4, d.status().label(), styles.get(CellStyles.Style.TEXT));
            TableSheet.number(row, 5, d.days(), styles.get(CellStyles.Style.CENTER));
            TableSheet.text(row, 6, d.kind(), styles.get(CellStyles.Style.TEXT));
            // a wrapped Nội dung would overlap the next row: as tall as its lines (decision 170)
            row.setHeightInPoints(TextFit.height(TextFit.lines(d.content(), 60)));
        }
        TableSheet.widths(sheet, 16, 60, 12, 14, 14, 10, 20);
        SheetPrint.apply(sheet, true, 0, 0);
    }
}
