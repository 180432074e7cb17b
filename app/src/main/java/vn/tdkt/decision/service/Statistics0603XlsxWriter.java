package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.decision.domain.Statistics0603;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.SheetPrint;

/**
 * Biểu 0603.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV) as xlsx: the biểu's header block, the table Chỉ tiêu | Mã số | Đơn
 * vị tính | Tổng số | Bằng khen | Chiến sĩ thi đua cấp tỉnh | Cờ thi đua | Huy hiệu (Kỷ niệm chương) with its column
 * index row, every count and total written as a value, and the signatures.
 */
final class Statistics0603XlsxWriter {

    static final String TITLE = "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH";
    /** 0-based row of the table header. */
    static final int HEADER_ROW = 6;
    private static final double[] WIDTHS = {44, 8, 10, 11, 12, 14, 12, 14};

    void write(Statistics0603 stats, Path target) {
        List<String> heads = new ArrayList<>(List.of("Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số"));
        heads.addAll(Statistics0603.COLUMNS);
        int last = heads.size() - 1;
        AtomicWrite.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                CellStyles styles = new CellStyles(wb);
                Sheet sheet = wb.createSheet("Biểu 0603.N");
                for (int c = 0; c <= last; c++) {
                    SheetPrint.width(sheet, c, WIDTHS[c]);
                }
                String[] left = {"Biểu số: 0603.N/BNV-TĐKT", "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023",
                    "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo"};
                String[] middle = {TITLE, "Năm " + stats.year(), ""};
                String[] right = {"Đơn vị báo cáo: ……", "Đơn vị nhận báo cáo: ……", ""};
                for (int i = 0; i < 3; i++) {
                    Row row = sheet.createRow(i);
                    row.setHeightInPoints(32);
                    text(row, 0, left[i], styles.get(Style.NOTE));
                    text(row, 1, middle[i], styles.get(i == 0 ? Style.TITLE : Style.AGENCY_BOLD));
                    text(row, 6, right[i], styles.get(Style.NOTE));
                    sheet.addMergedRegion(new CellRangeAddress(i, i, 1, 5));
                    sheet.addMergedRegion(new CellRangeAddress(i, i, 6, last));
                }
                Row header = sheet.createRow(HEADER_ROW);
                header.setHeightInPoints(34);
                Row index = sheet.createRow(HEADER_ROW + 1);
                List<String> numbers = new ArrayList<>(List.of("A", "B", "C", "1=2+3+4+5"));
                for (int c = 2; c <= Statistics0603.COLUMNS.size() + 1; c++) {
                    numbers.add(Integer.toString(c));
                }
                for (int c = 0; c <= last; c++) {
                    text(header, c, heads.get(c), styles.get(Style.HEADER));
                    text(index, c, numbers.get(c), styles.get(Style.CENTER));
                }
                int r = HEADER_ROW + 2;
                for (Statistics0603.Line line : stats.lines()) {
                    Row row = sheet.createRow(r++);
                    CellStyle label = line.section() || line.code().equals("01") ? styles.get(Style.SECTION) : styles.get(Style.TEXT);
                    text(row, 0, line.label(), label);
                    text(row, 1, line.code(), styles.get(Style.CENTER));
                    text(row, 2, line.unitOfCount(), styles.get(Style.CENTER));
                    if (line.section()) {
                        for (int c = 3; c <= last; c++) {
                            text(row, c, "", styles.get(Style.CENTER));
                        }
                        continue;
                    }
                    number(row, 3, line.total(), styles.get(Style.COUNT));
                    for (int c = 0; c < line.counts().size(); c++) {
                        number(row, 4 + c, line.counts().get(c), styles.get(Style.COUNT));
                    }
                }
                r++;
                Row date = sheet.createRow(r++);
                text(date, 5, "……, ngày …… tháng …… năm ……", styles.get(Style.SIGN_HINT));
                sheet.addMergedRegion(new CellRangeAddress(date.getRowNum(), date.getRowNum(), 5, last));
                Row titles = sheet.createRow(r++);
                Row hints = sheet.createRow(r);
                text(titles, 0, "NGƯỜI LẬP BIỂU", styles.get(Style.SIGN_TITLE));
                text(hints, 0, "(Ký, họ tên)", styles.get(Style.SIGN_HINT));
                text(titles, 5, "THỦ TRƯỞNG ĐƠN VỊ", styles.get(Style.SIGN_TITLE));
                text(hints, 5, "(Ký, họ tên, đóng dấu)", styles.get(Style.SIGN_HINT));
                sheet.addMergedRegion(new CellRangeAddress(titles.getRowNum(), titles.getRowNum(), 5, last));
                sheet.addMergedRegion(new CellRangeAddress(hints.getRowNum(), hints.getRowNum(), 5, last));
                SheetPrint.apply(sheet, true, HEADER_ROW, HEADER_ROW + 1);
                wb.write(out);
            }
        });
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
