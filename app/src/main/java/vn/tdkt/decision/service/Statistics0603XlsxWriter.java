package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.decision.domain.Statistics0603;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.export.excel.BieuBlocks;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;

/**
 * Biểu 0603.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV) as xlsx, laid out as the published template (README decision 148):
 * "Biểu số", the circular and "Ngày nhận báo cáo" on the left, "Đơn vị báo cáo" and "Đơn vị nhận báo cáo" filled on the
 * right, the title and "Năm …" across, the table Chỉ tiêu | Mã số | Đơn vị tính | Tổng số | Bằng khen | Chiến sĩ thi đua
 * cấp bộ, cấp tỉnh | Cờ thi đua | Huy hiệu (Kỷ niệm chương) with its index row repeated on every page, rows 01–17, every
 * count a value, the unit's cells empty with a comment saying why (seen on the screen, never printed), the signatures;
 * one sheet, A4 landscape fitted to one page, whose print area is the biểu.
 */
final class Statistics0603XlsxWriter {

    static final String SHEET = "Biểu 0603.N";
    static final String TITLE = "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH";
    /** Why the unit fills a row, by Mã số. */
    static final Map<String, String> CLERK_ROWS = Map.of(
            Statistics0603.BUSINESS_ROW, "Ô để đơn vị điền: dữ liệu không phân loại tập thể là doanh nghiệp.",
            Statistics0603.RESISTANCE_ROW, "Ô để đơn vị điền: dữ liệu không có loại hình khen thưởng kháng chiến.");
    /** 0-based row of the table header. */
    static final int HEADER_ROW = 5;
    private static final double[] WIDTHS = {50, 7, 12, 11, 11, 18, 11, 16};
    /** Columns 0–3 carry the left block, 4–7 the units. */
    private static final int RIGHT = 4;

    void write(Statistics0603 stats, ReportingUnits units, Path target) {
        List<String> heads = new ArrayList<>(List.of("Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số"));
        heads.addAll(Statistics0603.COLUMNS);
        int last = heads.size() - 1;
        AtomicWrite.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                CellStyles st = new CellStyles(wb);
                CellStyle section = BieuBlocks.wrapped(wb, st.get(Style.SECTION));
                CellStyle plain = BieuBlocks.wrapped(wb, st.get(Style.TEXT));
                Sheet sheet = wb.createSheet(SHEET);
                for (int c = 0; c <= last; c++) {
                    SheetPrint.width(sheet, c, WIDTHS[c]);
                }
                String[] left = {"Biểu số: 0603.N/BNV-TĐKT", "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023",
                    "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo"};
                CellStyle formNo = BieuBlocks.bold(wb, st.get(Style.NOTE));
                for (int i = 0; i < left.length; i++) {
                    BieuBlocks.text(sheet.createRow(i), 0, left[i], i == 0 ? formNo : st.get(Style.NOTE));
                    sheet.addMergedRegion(new CellRangeAddress(i, i, 0, RIGHT - 1));
                }
                double rightChars = 0;
                for (int c = RIGHT; c <= last; c++) {
                    rightChars += WIDTHS[c];
                }
                BieuBlocks.reportingUnits(sheet, st, units, RIGHT, last, rightChars);
                BieuBlocks.text(sheet.createRow(3), 0, TITLE, st.get(Style.TITLE));
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, last));
                BieuBlocks.text(sheet.createRow(4), 0, "Năm " + stats.year(), st.get(Style.SUBTITLE));
                sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, last));
                Row header = sheet.createRow(HEADER_ROW);
                header.setHeightInPoints(TextFit.height(2));
                Row index = sheet.createRow(HEADER_ROW + 1);
                List<String> numbers = new ArrayList<>(List.of("A", "B", "C", "1=2+3+4+5"));
                for (int c = 2; c <= Statistics0603.COLUMNS.size() + 1; c++) {
                    numbers.add(Integer.toString(c));
                }
                for (int c = 0; c <= last; c++) {
                    BieuBlocks.text(header, c, heads.get(c), st.get(Style.HEADER));
                    BieuBlocks.text(index, c, numbers.get(c), st.get(Style.HEADER));
                }
                int r = HEADER_ROW + 2;
                for (Statistics0603.Line line : stats.lines()) {
                    Row row = sheet.createRow(r++);
                    boolean bold = line.section() || line.code().equals("01");
                    row.setHeightInPoints(TextFit.height(TextFit.lines(line.label(), WIDTHS[0] * (bold ? 0.85 : 1))));
                    Cell label = BieuBlocks.text(row, 0, line.label(), bold ? section : plain);
                    if (CLERK_ROWS.containsKey(line.code())) {
                        BieuBlocks.clerkNote(label, CLERK_ROWS.get(line.code()));
                    }
                    BieuBlocks.text(row, 1, line.code(), st.get(Style.CENTER));
                    BieuBlocks.text(row, 2, line.unitOfCount(), st.get(Style.CENTER));
                    if (line.section()) {
                        for (int c = 3; c <= last; c++) {
                            BieuBlocks.text(row, c, "", st.get(Style.SECTION));
                        }
                        continue;
                    }
                    number(row, 3, line.total(), st.get(Style.COUNT));
                    for (int c = 0; c < line.counts().size(); c++) {
                        number(row, 4 + c, line.counts().get(c), st.get(Style.COUNT));
                    }
                }
                int end = BieuBlocks.signatures(sheet, st, r - 1, 0, 0, RIGHT, last);
                SheetPrint.apply(sheet, true, HEADER_ROW, HEADER_ROW + 1);
                // 17 rows and the signatures: the biểu is one page, never a page holding only the signatures
                sheet.getPrintSetup().setFitHeight((short) 1);
                BieuBlocks.printArea(sheet, last, end);
                wb.write(out);
            }
        });
    }

    private static void number(Row row, int col, Long value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }
}
