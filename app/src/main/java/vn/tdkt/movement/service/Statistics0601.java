package vn.tdkt.movement.service;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.common.data.Database;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.export.excel.BieuBlocks;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.Form0601;

/** Biểu 0601.N/BNV-TĐKT of a year as a print-ready xlsx (the layout of TT 02/2023/TT-BNV). */
public final class Statistics0601 {

    public static final String SHEET = "0601.N";
    private static final String[] COLUMNS = {"Chỉ tiêu", "Mã số", "Tổng số", "Cấp Trung ương",
            "Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh", "Cơ quan, tổ chức, đơn vị"};
    private static final String[] NUMBERS = {"A", "B", "1=(2+3+4)", "2", "3", "4"};

    private final Database db;
    private final MovementRepository repo = new MovementRepository();

    public Statistics0601(Database db) {
        this.db = db;
    }

    public int[][] counts(int year) {
        return Form0601.count(repo.list(db.dsl()), year);
    }

    /** Writes the biểu of the year with its reporting and receiving units (README decision 148). */
    public Path write(int year, ReportingUnits units, Path file) {
        int[][] c = counts(year);
        AtomicWrite.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                CellStyles st = new CellStyles(wb);
                XSSFSheet s = wb.createSheet(SHEET);
                // the blocks every biểu of TT 02/2023 has (README decision 116): form and circular on the left, the
                // reporting unit on the right, the title and year across, the signatures under the table
                Row r0 = s.createRow(0);
                text(r0, 0, "Biểu số: 0601.N/BNV-TĐKT", BieuBlocks.bold(wb, st.get(CellStyles.Style.NOTE)));
                text(s.createRow(1), 0, "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", st.get(CellStyles.Style.NOTE));
                s.addMergedRegion(new CellRangeAddress(1, 1, 0, 2)); // one line: wider than the Chỉ tiêu column
                BieuBlocks.reportingUnits(s, st, units, 3, 5, 14 + 22 + 18);
                text(s.createRow(2), 0, "SỐ PHONG TRÀO THI ĐUA", st.get(CellStyles.Style.TITLE));
                s.addMergedRegion(new CellRangeAddress(2, 2, 0, 5));
                text(s.createRow(3), 0, "Năm " + year, st.get(CellStyles.Style.SUBTITLE));
                s.addMergedRegion(new CellRangeAddress(3, 3, 0, 5));
                Row h = s.createRow(4);
                // "Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh" takes three lines in its column
                h.setHeightInPoints(TextFit.height(3));
                Row n = s.createRow(5);
                for (int i = 0; i < COLUMNS.length; i++) {
                    text(h, i, COLUMNS[i], st.get(CellStyles.Style.HEADER));
                    text(n, i, NUMBERS[i], st.get(CellStyles.Style.HEADER));
                }
                int r = 6;
                for (int i = 0; i < Form0601.ROWS.length; i++) {
                    Row row = s.createRow(r++);
                    String code = Form0601.CODES[i];
                    text(row, 0, Form0601.ROWS[i], st.get(code == null || i == 0 ? CellStyles.Style.SECTION : CellStyles.Style.TEXT));
                    text(row, 1, code == null ? "" : code, st.get(CellStyles.Style.CENTER));
                    for (int col = 0; col < 4; col++) {
                        Cell cell = row.createCell(2 + col);
                        cell.setCellStyle(st.get(code == null ? CellStyles.Style.SECTION : CellStyles.Style.COUNT));
                        if (code != null) {
                            cell.setCellValue(c[Integer.parseInt(code) - 1][col]);
                        }
                    }
                }
                double[] widths = {48, 8, 12, 14, 22, 18};
                for (int i = 0; i < widths.length; i++) {
                    SheetPrint.width(s, i, widths[i]);
                }
                int end = BieuBlocks.signatures(s, st, r - 1, 0, 0, 2, 5);
                SheetPrint.apply(s, false, 4, 5);
                BieuBlocks.printArea(s, 5, end);
                wb.write(out);
            }
        });
        return file;
    }

    private static void text(Row row, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
