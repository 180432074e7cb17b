package vn.tdkt.export.service;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.export.TableFile;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TableSheet;
import vn.tdkt.export.excel.TextFit;

/**
 * Writes what a table of the window shows (its columns, the rows the clerk chose) as a print-ready xlsx or a CSV:
 * the "Xuất các dòng đã chọn…" of every table's menu. The texts arrive as the screen shows them.
 */
public final class ListFileService {

    /**
     * @param title  the sheet's name (the page's title, cut to Excel's 31 characters)
     * @param header the column titles
     * @param rows   one list of texts per row, in the columns' order
     */
    public Path write(Path file, String title, List<String> header, List<List<String>> rows, Progress progress) {
        progress.step(Msg.of("window.list.writing", String.valueOf(rows.size())), 0, rows.size());
        TableFile.write(file, w -> {
            w.write(csvLine(header));
            for (List<String> r : rows) {
                w.write(csvLine(r));
            }
        }, wb -> {
            Sheet sheet = wb.createSheet(sheetName(title));
            CellStyles styles = new CellStyles(wb);
            Row head = sheet.createRow(0);
            double[] widths = new double[header.size()];
            for (int i = 0; i < header.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(styles.get(CellStyles.Style.HEADER));
                widths[i] = Math.max(6, Math.min(40, header.get(i).length() + 2));
            }
            int n = 1;
            for (List<String> r : rows) {
                progress.checkCancelled();
                Row row = sheet.createRow(n++);
                for (int i = 0; i < header.size(); i++) {
                    String v = i < r.size() && r.get(i) != null ? r.get(i) : "";
                    Cell c = row.createCell(i);
                    c.setCellValue(v);
                    c.setCellStyle(styles.get(CellStyles.Style.TEXT));
                    widths[i] = Math.max(widths[i], Math.min(50, v.length() + 2));
                }
            }
            TableSheet.widths(sheet, widths);
            SheetPrint.apply(sheet, header.size() > 5, 0, 0);
            head.setHeightInPoints(TextFit.height(2));
        }, Msg.of("window.list.format"));
        return file;
    }

    private static String sheetName(String title) {
        String clean = title == null || title.isBlank() ? "1" : title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private static String csvLine(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null ? "" : values.get(i);
            b.append(i > 0 ? "," : "").append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        return b.append("\r\n").toString();
    }
}
