package vn.tdkt.review.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.TableFile;

/**
 * The review as a table: one row per (subject, title) with the columns {@link #COLUMNS}, written as CSV (UTF-8,
 * comma, RFC 4180 quoting, CRLF; files start with a BOM so that Excel reads Vietnamese) or as a print-ready xlsx
 * (bold frozen header repeated on every page, column widths, A4 landscape). Files are written to a temporary file
 * next to the target and moved into place at the end.
 */
public final class ReviewExport {

    /** The header row, exactly. */
    public static final List<String> COLUMNS = List.of("Mã", "Tên", "Danh hiệu/Hình thức", "Kết quả", "Lý do");

    /** The window's export: the contract's columns with the unit and the clerk's proposal. */
    public static final List<String> WINDOW_COLUMNS = List.of("Mã", "Tên", "Đơn vị", "Danh hiệu/Hình thức", "Kết quả",
            "Đề xuất", "Lý do");

    /** One line of the window's export: the assessment, the unit it is counted in, whether the clerk proposed it. */
    public record Line(Assessment assessment, String unit, boolean proposed) {
    }

    private static final int[] WINDOW_WIDTHS = {12, 30, 30, 42, 20, 10, 100};
    private static final Logger LOGGER = LoggerFactory.getLogger(ReviewExport.class);
    private static final int[] WIDTHS = {12, 30, 42, 20, 110};
    private static final int WINDOW = 500;
    private static final char BOM = '\uFEFF';

    private ReviewExport() {
    }

    /** The sheet's name: "Bình xét năm 2025". */
    public static String sheetName(int year) {
        return "Bình xét năm " + year;
    }

    /** The cells of one assessment: code, name, full title name, verdict, reasons (all in Vietnamese). */
    public static List<String> cells(Assessment a) {
        return cells(a, Texts.VIETNAMESE);
    }

    /**
     * The cells of one assessment; the reasons (Lý do) in the given language. Headers, title names and verdicts stay
     * Vietnamese in both languages: they are the sheet's contract.
     */
    public static List<String> cells(Assessment a, Locale reasons) {
        return List.of(a.subject().code(), a.subject().name(), a.title().label(), a.verdict().label(), a.reasons(reasons));
    }

    /** The window's export (columns {@link #WINDOW_COLUMNS}) as .csv or .xlsx by the file's extension. */
    public static void writeLines(List<Line> lines, Path file, String sheetName, Locale reasons, Progress progress) {
        List<List<String>> cells = lines.stream().map(l -> {
            Assessment a = l.assessment();
            return List.of(a.subject().code(), a.subject().name(), l.unit() == null ? "" : l.unit(), a.title().label(),
                    a.verdict().label(), l.proposed() ? "Có" : "", a.reasons(reasons));
        }).toList();
        writeCells(WINDOW_COLUMNS, WINDOW_WIDTHS, cells, file, sheetName, progress);
    }

    /** Writes a .csv or .xlsx file by the file's extension, the reasons in Vietnamese. */
    public static void write(List<Assessment> rows, Path file, String sheetName, Progress progress) {
        write(rows, file, sheetName, Texts.VIETNAMESE, progress);
    }

    /** Writes a .csv or .xlsx file by the file's extension, the reasons in the given language. */
    public static void write(List<Assessment> rows, Path file, String sheetName, Locale reasons, Progress progress) {
        writeCells(COLUMNS, WIDTHS, rows.stream().map(a -> cells(a, reasons)).toList(), file, sheetName, progress);
    }

    private static void writeCells(List<String> columns, int[] widths, List<List<String>> rows, Path file, String sheetName,
                                   Progress progress) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeFile(file, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                w.write(BOM);
                TableFile.csvLine(w, columns);
                int n = 0;
                for (List<String> r : rows) {
                    TableFile.csvLine(w, r);
                    tick(++n, rows.size(), progress);
                }
                w.flush();
            });
        } else if (name.endsWith(".xlsx")) {
            writeFile(file, out -> writeXlsx(columns, widths, rows, out, sheetName, progress));
        } else {
            throw new AppException(Msg.of("review.export.badExtension", String.valueOf(file.getFileName())));
        }
        LOGGER.info("Review of {} rows written to {}", rows.size(), file.toAbsolutePath());
    }

    /** CSV without BOM (for a stream such as the console): header, then one line per assessment. */
    public static void writeCsv(List<Assessment> rows, Writer out, Progress progress) throws IOException {
        writeCsv(rows, out, Texts.VIETNAMESE, progress);
    }

    /** CSV without BOM, the reasons in the given language. */
    public static void writeCsv(List<Assessment> rows, Writer out, Locale reasons, Progress progress) throws IOException {
        TableFile.csvLine(out, COLUMNS);
        int n = 0;
        for (Assessment a : rows) {
            TableFile.csvLine(out, cells(a, reasons));
            tick(++n, rows.size(), progress);
        }
        out.flush();
    }

    private static void writeXlsx(List<String> columns, int[] widths, List<List<String>> rows, OutputStream out,
                                  String sheetName, Progress progress) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            // Times New Roman 12 as the documents, so the rows' heights follow TextFit's measure of the text (#13)
            Font standard = wb.getFontAt(0);
            standard.setFontName(vn.tdkt.export.excel.CellStyles.FONT);
            standard.setFontHeightInPoints((short) 12);
            Font bold = wb.createFont();
            bold.setFontName(vn.tdkt.export.excel.CellStyles.FONT);
            bold.setFontHeightInPoints((short) 12);
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Sheet sheet = wb.createSheet(sheetName);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            // A4 landscape one page wide, the header repeated, "Trang i / n" at the foot; the header row stays row 1 (the
            // contract), the sheet's name and the day it was written head every printed page instead of a title row
            vn.tdkt.export.excel.SheetPrint.apply(sheet, true, 0, 0);
            sheet.getHeader().setCenter("&B" + sheetName);
            sheet.getHeader().setRight("Ngày lập: " + java.time.LocalDate.now().format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(columns.get(i));
                c.setCellStyle(header);
            }
            int r = 0;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(++r);
                int lines = 1;
                for (int i = 0; i < cells.size(); i++) {
                    Cell c = row.createCell(i);
                    c.setCellValue(cells.get(i));
                    c.setCellStyle(wrap);
                    lines = Math.max(lines, vn.tdkt.export.excel.TextFit.lines(cells.get(i), widths[i]));
                }
                // every cell wraps and the row takes the height of its longest: left at the default height the Lý do
                // overlapped the next rows and a long title ran into Kết quả
                row.setHeightInPoints(vn.tdkt.export.excel.TextFit.height(lines));
                tick(r, rows.size(), progress);
            }
            wb.write(out);
        }
    }

    private static void tick(int done, int total, Progress progress) {
        if (done % 2000 == 0) {
            progress.step(Msg.of("review.progress.writingRows", String.valueOf(done), String.valueOf(total)), done, total);
            progress.checkCancelled();
        }
    }

    private static void writeFile(Path target, AtomicWrite.Content body) {
        AtomicWrite.write(target, body);
    }
}
