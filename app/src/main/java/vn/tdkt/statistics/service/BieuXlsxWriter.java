package vn.tdkt.statistics.service;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.export.excel.BieuBlocks;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;
import vn.tdkt.statistics.domain.BieuLine;

/**
 * A one-table biểu of TT 02/2023/TT-BNV (0604.N, 0605.N) as xlsx, laid out as the published template: "Biểu số" and
 * "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023" on the left, "Đơn vị báo cáo" and "Đơn vị nhận báo cáo"
 * filled on the right (README decision 148), the title and
 * "Năm …" across the page, the table (one or two header rows, the column index row, repeated on every page), every count
 * a value, the unit's cells empty with a comment saying why, the signatures; one sheet, A4 portrait fitted to the
 * width, its print area the biểu (README decision 116).
 */
final class BieuXlsxWriter {

    /** The table's columns: top header row, second header row (null: one row), index row, widths in characters. */
    record Layout(String sheet, String form, String title, List<String> top, List<String> sub, List<String> index,
                  double[] widths, boolean unitColumn) {
    }

    static final Layout L0604 = new Layout("Biểu 0604.N", "0604.N/BNV-TĐKT", vn.tdkt.statistics.domain.Form0604.TITLE,
            List.of("", "Mã số", "Đơn vị tính", "Số lượng"), null, List.of("A", "B", "C", "1"), new double[] {58, 9, 13, 13}, true);
    static final Layout L0605 = new Layout("Biểu 0605.N", "0605.N/BNV-TĐKT", vn.tdkt.statistics.domain.Form0605.TITLE,
            List.of("", "Mã số", "Số lượng (Người)", ""), List.of("", "", "Tổng số", "Trong đó: Nữ"), List.of("A", "B", "1", "2"),
            new double[] {58, 9, 13, 14}, false);

    /** 0-based row of the first table header row. */
    static final int HEADER_ROW = 6;

    void write(Layout layout, int year, List<BieuLine> lines, ReportingUnits units, Path target) {
        int last = layout.top().size() - 1;
        AtomicWrite.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                CellStyles st = new CellStyles(wb);
                CellStyle section = BieuBlocks.wrapped(wb, st.get(Style.SECTION));
                CellStyle formNo = BieuBlocks.bold(wb, st.get(Style.NOTE));
                Sheet sheet = wb.createSheet(layout.sheet());
                for (int c = 0; c <= last; c++) {
                    SheetPrint.width(sheet, c, layout.widths()[c]);
                }
                Row r0 = sheet.createRow(0);
                BieuBlocks.text(r0, 0, "Biểu số: " + layout.form(), formNo);
                BieuBlocks.text(sheet.createRow(1), 0, "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023",
                        st.get(Style.NOTE));
                BieuBlocks.reportingUnits(sheet, st, units, 1, last,
                        java.util.Arrays.stream(layout.widths()).skip(1).sum());
                Row title = sheet.createRow(3);
                double width = java.util.Arrays.stream(layout.widths()).sum();
                title.setHeightInPoints(TextFit.height(TextFit.lines(layout.title(), width * 0.8)));
                BieuBlocks.text(title, 0, layout.title(), st.get(Style.TITLE));
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, last));
                BieuBlocks.text(sheet.createRow(4), 0, "Năm " + year, st.get(Style.SUBTITLE));
                sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, last));
                int r = header(sheet, st, layout, last);
                int lastHeader = r - 1;
                for (BieuLine line : lines) {
                    Row row = sheet.createRow(r++);
                    boolean bold = line.section() || line.code().equals("01");
                    // bold letters are wider: a bold label wraps sooner
                    row.setHeightInPoints(TextFit.height(TextFit.lines(line.label(), layout.widths()[0] * (bold ? 0.85 : 1))));
                    Cell label = BieuBlocks.text(row, 0, line.label(), bold ? section : st.get(Style.TEXT));
                    BieuBlocks.text(row, 1, line.code(), st.get(Style.CENTER));
                    int first = 2;
                    if (layout.unitColumn()) {
                        BieuBlocks.text(row, 2, line.unitOfCount(), st.get(Style.CENTER));
                        first = 3;
                    }
                    for (int c = first; c <= last; c++) {
                        Cell cell = row.createCell(c);
                        cell.setCellStyle(st.get(line.section() ? Style.SECTION : Style.COUNT));
                        Long v = line.section() ? null : line.values().get(c - first);
                        if (v != null) {
                            cell.setCellValue(v);
                        }
                    }
                    if (line.clerkNote() != null) {
                        BieuBlocks.clerkNote(label, line.clerkNote());
                    }
                }
                int end = BieuBlocks.signatures(sheet, st, r - 1, 0, 0, 1, last);
                SheetPrint.apply(sheet, false, HEADER_ROW, lastHeader);
                BieuBlocks.printArea(sheet, last, end);
                wb.write(out);
            }
        });
    }

    /** The header row(s) and the index row; returns the next row. */
    private static int header(Sheet sheet, CellStyles st, Layout layout, int last) {
        Row top = sheet.createRow(HEADER_ROW);
        top.setHeightInPoints(TextFit.height(2));
        for (int c = 0; c <= last; c++) {
            BieuBlocks.text(top, c, layout.top().get(c), st.get(Style.HEADER));
        }
        int r = HEADER_ROW + 1;
        if (layout.sub() != null) {
            Row sub = sheet.createRow(r++);
            sub.setHeightInPoints(TextFit.height(2));
            for (int c = 0; c <= last; c++) {
                BieuBlocks.text(sub, c, layout.sub().get(c), st.get(Style.HEADER));
                if (layout.sub().get(c).isEmpty()) {
                    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
                }
            }
            int from = -1;
            for (int c = 0; c <= last + 1; c++) {
                boolean continues = c <= last && c > 0 && layout.top().get(c).isEmpty() && !layout.sub().get(c).isEmpty();
                if (!continues) {
                    if (from >= 0 && c - 1 > from) {
                        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, from, c - 1));
                    }
                    from = c <= last && !layout.sub().get(c).isEmpty() ? c : -1;
                }
            }
        }
        Row index = sheet.createRow(r++);
        for (int c = 0; c <= last; c++) {
            BieuBlocks.text(index, c, layout.index().get(c), st.get(Style.HEADER));
        }
        return r;
    }
}
