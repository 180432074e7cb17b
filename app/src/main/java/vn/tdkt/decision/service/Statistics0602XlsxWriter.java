package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.decision.domain.Statistics0602;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.export.excel.BieuBlocks;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.SheetPrint;

/**
 * Biểu 0602.N/BNV-TĐKT as xlsx, A4 landscape fitted to the width: the biểu's header block, the table Chỉ tiêu | Mã số |
 * Đơn vị tính | Tổng số | the award columns (group, award, Tập thể / Cá nhân) with its column index row repeated on every
 * page, every count a value, the clerk's cells empty with a comment saying why (seen on the screen, never printed), the
 * signatures after the last row; one sheet whose print area is the biểu, so "Trang x / y" counts its pages (README
 * decision 116).
 */
final class Statistics0602XlsxWriter {

    static final String SHEET = "Biểu 0602.N";
    /** Why the unit fills a row, by Mã số. */
    static final java.util.Map<String, String> CLERK_ROWS = java.util.Map.of(
            "02", "Ô để đơn vị điền: phần mềm chỉ ghi khen thưởng do tỉnh trình, không ghi tờ trình của bộ, ban, ngành, "
                    + "đoàn thể Trung ương.",
            "07", "Ô để đơn vị điền: dữ liệu không phân loại tập thể là doanh nghiệp.",
            "21", "Ô để đơn vị điền: dữ liệu không có loại hình khen thưởng kháng chiến.");
    static final String CLERK_COLUMN = "Ô để đơn vị điền: danh mục khen thưởng không có hình thức này.";
    static final String TOTAL_NOTE = "Tổng số của một dòng tính trên các ô có số liệu; dòng để trống cả thì Tổng số cũng để "
            + "trống. Điền thêm ô nào thì cộng lại Tổng số.";
    static final String TITLE = "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC";
    /** 0-based row of the first table header row. */
    static final int HEADER_ROW = 5;

    void write(Statistics0602 stats, ReportingUnits units, Path target) {
        List<Statistics0602.Column> cols = stats.columns();
        int last = 3 + cols.size();
        AtomicWrite.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                CellStyles st = new CellStyles(wb);
                CellStyle section = BieuBlocks.wrapped(wb, st.get(Style.SECTION));
                Sheet sheet = wb.createSheet(SHEET);
                SheetPrint.width(sheet, 0, 40);
                SheetPrint.width(sheet, 1, 6);
                SheetPrint.width(sheet, 2, 12);
                SheetPrint.width(sheet, 3, 8);
                for (int c = 4; c <= last; c++) {
                    SheetPrint.width(sheet, c, 9);
                }
                int mid = Math.max(5, last - 4);
                String[] left = {"Biểu số: 0602.N/BNV-TĐKT", "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023",
                    "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo"};
                String[] middle = {TITLE, "Năm " + stats.year(), ""};
                String[] right = {units.reportingLine(), units.receivingLine(), ""};
                for (int i = 0; i < 3; i++) {
                    Row row = sheet.createRow(i);
                    row.setHeightInPoints(30);
                    text(row, 0, left[i], st.get(Style.NOTE));
                    text(row, 1, middle[i], st.get(i == 0 ? Style.TITLE : Style.AGENCY_BOLD));
                    text(row, mid, right[i], st.get(Style.NOTE));
                    sheet.addMergedRegion(new CellRangeAddress(i, i, 1, mid - 1));
                    sheet.addMergedRegion(new CellRangeAddress(i, i, mid, last));
                }
                Row group = sheet.createRow(HEADER_ROW);
                Row award = sheet.createRow(HEADER_ROW + 1);
                Row who = sheet.createRow(HEADER_ROW + 2);
                Row index = sheet.createRow(HEADER_ROW + 3);
                group.setHeightInPoints(44);
                award.setHeightInPoints(58);
                String[] fixed = {"Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số"};
                String[] numbers = {"A", "B", "C", "1"};
                for (int c = 0; c < 4; c++) {
                    text(group, c, fixed[c], st.get(Style.HEADER));
                    text(award, c, "", st.get(Style.HEADER));
                    text(who, c, "", st.get(Style.HEADER));
                    text(index, c, numbers[c], st.get(Style.CENTER));
                    if (c == 3) {
                        BieuBlocks.clerkNote(group.getCell(c), TOTAL_NOTE);
                    }
                    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 2, c, c));
                }
                int start = 0;
                int number = 2;
                for (int i = 0; i < cols.size(); i++) {
                    Statistics0602.Column c = cols.get(i);
                    text(group, 4 + i, c.group(), st.get(Style.HEADER));
                    text(award, 4 + i, c.heading(), st.get(Style.HEADER));
                    text(who, 4 + i, c.recipient().label(), st.get(Style.HEADER));
                    if (c.kinds().isEmpty()) {
                        BieuBlocks.clerkNote(who.getCell(4 + i), CLERK_COLUMN);
                    }
                    boolean groupEnds = i == cols.size() - 1 || !cols.get(i + 1).group().equals(c.group());
                    if (groupEnds) {
                        for (int k = start; k <= i; k++) {
                            text(index, 4 + k, Integer.toString(number), st.get(Style.CENTER));
                        }
                        number++;
                        boolean headed = cols.subList(start, i + 1).stream().anyMatch(x -> !x.heading().isEmpty());
                        if (!headed) {
                            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 4 + start, 4 + i));
                        } else if (i > start) {
                            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 4 + start, 4 + i));
                        }
                        start = i + 1;
                    }
                    if (!c.heading().isEmpty() && i + 1 < cols.size() && c.heading().equals(cols.get(i + 1).heading())) {
                        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW + 1, HEADER_ROW + 1, 4 + i, 5 + i));
                    }
                }
                int r = HEADER_ROW + 4;
                for (Statistics0602.Line line : stats.lines()) {
                    Row row = sheet.createRow(r++);
                    if (line.label().length() > 44) {
                        row.setHeightInPoints(line.label().length() > 88 ? 48 : 32);
                    }
                    boolean bold = line.section() || line.code().equals("01");
                    text(row, 0, line.label(), bold ? section : st.get(Style.TEXT));
                    if (CLERK_ROWS.containsKey(line.code())) {
                        BieuBlocks.clerkNote(row.getCell(0), CLERK_ROWS.get(line.code()));
                    }
                    text(row, 1, line.code(), st.get(Style.CENTER));
                    text(row, 2, line.unitOfCount(), st.get(Style.CENTER));
                    if (line.section()) {
                        for (int c = 3; c <= last; c++) {
                            text(row, c, "", st.get(Style.CENTER));
                        }
                        continue;
                    }
                    number(row, 3, line.total(), st.get(Style.COUNT));
                    for (int c = 0; c < line.counts().size(); c++) {
                        number(row, 4 + c, line.counts().get(c), st.get(Style.COUNT));
                    }
                }
                int end = BieuBlocks.signatures(sheet, st, r - 1, 0, 0, mid, last);
                SheetPrint.apply(sheet, true, HEADER_ROW, HEADER_ROW + 3);
                BieuBlocks.printArea(sheet, last, end);
                wb.write(out);
            }
        });
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int col, Long value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }
}
