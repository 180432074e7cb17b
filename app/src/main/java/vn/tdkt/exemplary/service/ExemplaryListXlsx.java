package vn.tdkt.exemplary.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.PageBreaks;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;

/**
 * The print-ready lists of exemplary models (the Danh sách giới thiệu điển hình tiên tiến and the Danh sách đại biểu
 * điển hình tiên tiến): the agency and the Quốc hiệu – Tiêu ngữ, the title and its lines, the table with its header row
 * repeated on every page, sections (I. Tập thể …), the place and date and two signature blocks; A4 landscape, fit to
 * the width, page breaks computed so that the last lines of the table stay with the signatures (decision 50).
 */
final class ExemplaryListXlsx {

    /** A row of the table: a section heading across the table, or the values of the columns (String or Integer). */
    record Line(String section, List<Object> values) {

        static Line section(String text) {
            return new Line(text, List.of());
        }

        static Line of(Object... values) {
            return new Line(null, java.util.Arrays.asList(values));
        }
    }

    /**
     * @param agency   the issuing agency's lines (the last one bold), or one line of dots when unknown
     * @param centered the columns written centred (STT, codes, counts)
     * @param left     the left signature block (title, hint), {@code right} the right one under the place and date
     */
    record Spec(String sheet, List<String> agency, String title, List<String> subtitles, List<String> columns,
                double[] widths, boolean[] centered, List<Line> lines, String place, String[] left, String[] right) {
    }

    /** Lines of the table kept on the page of the signatures. */
    private static final int KEPT_WITH_SIGNATURES = 3;

    private ExemplaryListXlsx() {
    }

    static void write(Spec spec, Path target) {
        AtomicWrite.write(target, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                CellStyles styles = new CellStyles(wb);
                Sheet sheet = wb.createSheet(spec.sheet());
                int last = spec.columns().size() - 1;
                for (int c = 0; c <= last; c++) {
                    SheetPrint.width(sheet, c, spec.widths()[c]);
                }
                List<Float> heights = new ArrayList<>();
                int split = Math.max(1, (last + 1) / 2 - 1);
                String[] nation = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
                for (int i = 0; i < 2; i++) {
                    Row row = sheet.createRow(i);
                    String agency = agencyLine(spec.agency(), i);
                    boolean bold = i == 1 || spec.agency().size() == 1;
                    text(row, 0, agency, styles.get(bold ? Style.AGENCY_BOLD : Style.AGENCY));
                    text(row, split + 1, nation[i], styles.get(Style.AGENCY_BOLD));
                    merge(sheet, i, 0, split);
                    merge(sheet, i, split + 1, last);
                    track(heights, i, TextFit.height(1));
                }
                int r = 3;
                Row title = sheet.createRow(r);
                title.setHeightInPoints(TextFit.height(TextFit.lines(spec.title(), total(spec.widths()) * 0.8)) + 4);
                text(title, 0, spec.title(), styles.get(Style.TITLE));
                merge(sheet, r, 0, last);
                track(heights, r++, title.getHeightInPoints());
                for (String s : spec.subtitles()) {
                    Row row = sheet.createRow(r);
                    text(row, 0, s, styles.get(Style.SUBTITLE));
                    merge(sheet, r, 0, last);
                    track(heights, r++, TextFit.height(1));
                }
                int header = ++r;
                Row h = sheet.createRow(header);
                float hh = 0;
                for (int c = 0; c <= last; c++) {
                    text(h, c, spec.columns().get(c), styles.get(Style.HEADER));
                    hh = Math.max(hh, TextFit.height(TextFit.lines(spec.columns().get(c), spec.widths()[c])));
                }
                h.setHeightInPoints(hh);
                track(heights, header, hh);
                r = header + 1;
                CellStyle center = styles.get(Style.CENTER);
                CellStyle text = styles.get(Style.TEXT);
                int lastSection = -1;
                Set<Integer> sections = new HashSet<>();
                for (Line l : spec.lines()) {
                    Row row = sheet.createRow(r);
                    if (l.section() != null) {
                        lastSection = r;
                        sections.add(r);
                        for (int c = 0; c <= last; c++) {
                            text(row, c, c == 0 ? l.section() : "", styles.get(Style.SECTION));
                        }
                        merge(sheet, r, 0, last);
                        track(heights, r++, TextFit.height(1));
                        continue;
                    }
                    int lines = 1;
                    for (int c = 0; c <= last; c++) {
                        Object v = c < l.values().size() ? l.values().get(c) : null;
                        CellStyle st = spec.centered()[c] ? center : text;
                        if (v instanceof Integer n) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(n);
                            cell.setCellStyle(st);
                        } else {
                            String s = v == null ? "" : v.toString();
                            text(row, c, s, st);
                            lines = Math.max(lines, TextFit.lines(s, spec.widths()[c]));
                        }
                    }
                    if (lines > 1) {
                        row.setHeightInPoints(TextFit.height(lines));
                    }
                    track(heights, r++, TextFit.height(lines));
                }
                int keepFrom = Math.max(header + 1, r - KEPT_WITH_SIGNATURES);
                if (lastSection >= 0 && keepFrom - lastSection <= 2) {
                    keepFrom = lastSection; // a section heading never ends a page without its lines
                }
                signatures(sheet, styles, spec, r + 1, split, last, heights);
                SheetPrint.apply(sheet, true, header, header);
                SheetPrint.breakBefore(sheet, withTheirLines(PageBreaks.plan(heights, header, header, keepFrom,
                        PageBreaks.pageHeight(true, spec.widths())), sections, header));
                wb.write(out);
            }
        });
    }

    /**
     * The page breaks with every section heading (I. …, II. …) kept with its first lines: a break planned right after
     * a heading moves before it (the page only gets shorter), unless the heading is the table's first row.
     */
    static List<Integer> withTheirLines(List<Integer> breaks, Set<Integer> sections, int header) {
        List<Integer> out = new ArrayList<>();
        for (int b : breaks) {
            int at = sections.contains(b - 1) && b - 1 > header + 1 ? b - 1 : b;
            if (!out.contains(at)) {
                out.add(at);
            }
        }
        return out;
    }

    private static String agencyLine(List<String> agency, int i) {
        if (agency.size() == 1) {
            return i == 0 ? agency.get(0) : "";
        }
        return i == 0 ? agency.get(0) : String.join(" ", agency.subList(1, agency.size()));
    }

    private static void signatures(Sheet sheet, CellStyles styles, Spec spec, int r, int split, int last, List<Float> heights) {
        track(heights, r - 1, TextFit.height(1));
        Row date = sheet.createRow(r);
        text(date, split + 1, spec.place() + ", ngày …… tháng …… năm ……", styles.get(Style.SIGN_HINT));
        merge(sheet, r, split + 1, last);
        track(heights, r, TextFit.height(1));
        int lines = Math.max(spec.left().length, spec.right().length);
        for (int i = 0; i < lines; i++) {
            Row row = sheet.createRow(r + 1 + i);
            if (i < spec.left().length) {
                block(sheet, styles, row, spec.left()[i], 0, split);
            }
            if (i < spec.right().length) {
                block(sheet, styles, row, spec.right()[i], split + 1, last);
            }
            track(heights, r + 1 + i, TextFit.height(1));
        }
        for (int i = r + 1 + lines; i <= r + lines + 5; i++) {
            track(heights, i, TextFit.height(1));
        }
        Row end = sheet.createRow(r + lines + 5);
        text(end, 0, "", styles.get(Style.SIGN_HINT));
    }

    private static void block(Sheet sheet, CellStyles styles, Row row, String text, int from, int to) {
        text(row, from, text, styles.get(text.startsWith("(") ? Style.SIGN_HINT : Style.SIGN_TITLE));
        merge(sheet, row.getRowNum(), from, to);
    }

    private static double total(double[] widths) {
        double t = 0;
        for (double w : widths) {
            t += w;
        }
        return t;
    }

    private static void merge(Sheet sheet, int row, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
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
