package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.PageBreaks;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;
import vn.tdkt.meeting.domain.Letterhead;
import vn.tdkt.meeting.domain.ListSheet;

/**
 * A list a unit sends up with its Tờ trình, print-ready (record 0073): on every sheet the header block (cơ quan
 * chủ quản and cơ quan đề nghị left, Quốc hiệu – Tiêu ngữ right), "DANH SÁCH" and its heading lines, "(Kèm theo Tờ
 * trình số …/TTr-… ngày … của …)", the bordered table with its header repeated on every page, then the place and date
 * and the head's signature ("THỦ TRƯỞNG ĐƠN VỊ", room to sign) kept on the page of the last rows (pages broken by
 * {@link PageBreaks}); A4 landscape, Times New Roman, page numbers in the footer.
 */
final class ListXlsx {

    /** Lines of the table kept on the page of the signature. */
    private static final int KEPT_WITH_SIGNATURE = 3;

    private ListXlsx() {
    }

    static void write(Letterhead lh, LocalDate date, List<ListSheet> sheets, Path target) {
        AtomicWrite.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                CellStyles styles = new CellStyles(wb);
                for (ListSheet s : sheets) {
                    sheet(wb.createSheet(s.name()), styles, lh, date, s);
                }
                wb.write(out);
            }
        });
    }

    private static void sheet(Sheet sheet, CellStyles styles, Letterhead lh, LocalDate date, ListSheet s) {
        double[] widths = s.widths();
        int last = widths.length - 1;
        for (int c = 0; c <= last; c++) {
            SheetPrint.width(sheet, c, widths[c]);
        }
        int split = Math.max(1, (widths.length * 2) / 5);
        List<Float> heights = new ArrayList<>();
        List<String[]> agency = new ArrayList<>();
        lh.parent().forEach(p -> agency.add(new String[] {p, "n"}));
        lh.issuer().forEach(p -> agency.add(new String[] {p, "b"}));
        String[] nation = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
        int top = Math.max(agency.size(), 2);
        for (int i = 0; i < top; i++) {
            Row row = sheet.createRow(i);
            if (i < agency.size()) {
                text(row, 0, agency.get(i)[0], styles.get("b".equals(agency.get(i)[1]) ? Style.AGENCY_BOLD : Style.AGENCY));
            }
            if (i < 2) {
                text(row, split, nation[i], styles.get(Style.AGENCY_BOLD));
            }
            sheet.addMergedRegion(new CellRangeAddress(i, i, 0, split - 1));
            sheet.addMergedRegion(new CellRangeAddress(i, i, split, last));
            track(heights, i, TextFit.height(1));
        }
        int r = top + 1;
        track(heights, top, TextFit.height(1));
        List<String> titles = new ArrayList<>();
        titles.add("DANH SÁCH");
        titles.addAll(s.heading());
        for (String t : titles) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(20);
            text(row, 0, t, styles.get(Style.TITLE));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            track(heights, r++, 20);
        }
        Row attached = sheet.createRow(r);
        text(attached, 0, "(Kèm theo Tờ trình số      /TTr-" + lh.abbreviation() + " " + VnDocText.longDate(date) + " của "
                + lh.issuerName() + ")", styles.get(Style.SUBTITLE));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        track(heights, r, TextFit.height(1));
        int headerRow = r + 2;
        track(heights, r + 1, TextFit.height(1));
        Row header = sheet.createRow(headerRow);
        int headLines = 1;
        for (int c = 0; c <= last; c++) {
            text(header, c, s.columns().get(c), styles.get(Style.HEADER));
            headLines = Math.max(headLines, lines(s.columns().get(c), widths[c]));
        }
        header.setHeightInPoints(TextFit.height(headLines) + 4);
        track(heights, headerRow, TextFit.height(headLines) + 4);
        r = headerRow + 1;
        for (List<String> line : s.rows()) {
            Row row = sheet.createRow(r);
            int lines = 1;
            boolean section = line.size() == 1;
            for (int c = 0; c <= last; c++) {
                String v = c < line.size() ? line.get(c) : "";
                CellStyle st = section ? styles.get(Style.SECTION)
                        : styles.get(s.align().charAt(c) == 'C' ? Style.CENTER : Style.TEXT);
                text(row, c, v, st);
                if (!section) {
                    lines = Math.max(lines, lines(v, widths[c]));
                }
            }
            if (section) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            }
            row.setHeightInPoints(TextFit.height(lines));
            track(heights, r++, TextFit.height(lines));
        }
        int keepFrom = Math.max(headerRow + 1, r - KEPT_WITH_SIGNATURE);
        int sign = r + 1;
        track(heights, r, TextFit.height(1));
        int from = Math.min(split, last);
        String[] block = {lh.place() + ", " + VnDocText.longDate(date), "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)"};
        Style[] kind = {Style.SIGN_HINT, Style.SIGN_TITLE, Style.SIGN_HINT};
        for (int i = 0; i < block.length; i++) {
            Row row = sheet.createRow(sign + i);
            text(row, from, block[i], styles.get(kind[i]));
            sheet.addMergedRegion(new CellRangeAddress(sign + i, sign + i, from, last));
            track(heights, sign + i, TextFit.height(1));
        }
        for (int i = sign + block.length; i < sign + block.length + 4; i++) {
            track(heights, i, TextFit.height(1));
        }
        SheetPrint.apply(sheet, true, headerRow, headerRow);
        SheetPrint.breakBefore(sheet, PageBreaks.plan(heights, headerRow, headerRow, keepFrom,
                PageBreaks.pageHeight(true, widths)));
    }

    /**
     * Lines a wrapped cell takes: measured on the column less its padding, since LibreOffice and Excel wrap a little
     * earlier than the character count says (a row one line short clips its text).
     */
    private static int lines(String text, double columnChars) {
        return TextFit.lines(text, Math.max(4, columnChars - 3));
    }

    private static void track(List<Float> heights, int row, float points) {
        while (heights.size() <= row) {
            heights.add(TextFit.height(1));
        }
        heights.set(row, points);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
