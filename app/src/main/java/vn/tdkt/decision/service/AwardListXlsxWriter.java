package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;

/**
 * Danh sách khen thưởng / Danh sách chi tiền thưởng as a print-ready xlsx, streamed (SXSSF) so that 100 000 lines
 * stay fast: header block (cơ quan, Quốc hiệu – Tiêu ngữ), title, "(Kèm theo Quyết định số …)", the table STT | Họ
 * và tên | Chức vụ | Đơn vị | Danh hiệu/Hình thức | Số tiền, the total as a value and in words, the signatures;
 * A4 landscape, header row repeated on every page, panes frozen under it. The payment list has a second sheet
 * "Diễn giải" with how each amount was computed.
 */
final class AwardListXlsxWriter {

    static final List<String> COLUMNS = List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu/Hình thức", "Số tiền");
    /** 0-based row of the table header. */
    static final int HEADER_ROW = 6;
    private static final double[] WIDTHS = {6, 26, 24, 44, 40, 14};
    private static final int LAST_COL = COLUMNS.size() - 1;
    private static final int WINDOW = 200;
    private static final int STEP = 1000;

    void write(AwardList list, Path target, Progress progress) {
        AtomicWrite.write(target, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
                CellStyles styles = new CellStyles(wb);
                boolean payment = list.kind() == AwardList.Kind.PAYMENT_LIST;
                Sheet sheet = wb.createSheet(payment ? "Chi tiền thưởng" : "Danh sách khen thưởng");
                for (int c = 0; c <= LAST_COL; c++) {
                    SheetPrint.width(sheet, c, WIDTHS[c]);
                }
                headerBlock(sheet, styles, list);
                Row header = sheet.createRow(HEADER_ROW);
                header.setHeightInPoints(32);
                for (int c = 0; c <= LAST_COL; c++) {
                    text(header, c, COLUMNS.get(c), styles.get(Style.HEADER));
                }
                CellStyle center = styles.get(Style.CENTER);
                CellStyle text = styles.get(Style.TEXT);
                CellStyle money = styles.get(Style.MONEY);
                int r = HEADER_ROW + 1;
                int n = list.rows().size();
                for (AwardListRow line : list.rows()) {
                    Row row = sheet.createRow(r++);
                    Cell stt = row.createCell(0);
                    stt.setCellValue(line.stt());
                    stt.setCellStyle(center);
                    text(row, 1, line.name(), text);
                    text(row, 2, line.position(), text);
                    text(row, 3, line.unit(), text);
                    text(row, 4, line.kindName(), text);
                    Cell amount = row.createCell(5);
                    amount.setCellValue(line.amount());
                    amount.setCellStyle(money);
                    fit(row, line.name(), line.position(), line.unit(), line.kindName());
                    if (line.stt() % STEP == 0) {
                        progress.checkCancelled();
                        progress.step(Msg.of("decision.awardList.progress.row", String.valueOf(line.stt()), String.valueOf(n)),
                                line.stt(), n);
                    }
                }
                r = totals(sheet, styles, list, r);
                signatures(sheet, styles, list, r + 1);
                SheetPrint.apply(sheet, true, HEADER_ROW, HEADER_ROW);
                if (payment) {
                    explanations(wb, styles, list);
                }
                wb.write(out);
            }
        });
        progress.step(Msg.of("decision.awardList.progress.done", String.valueOf(list.rows().size())), list.rows().size(),
                list.rows().size());
    }

    private static void headerBlock(Sheet sheet, CellStyles styles, AwardList list) {
        List<String> agency = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        DecisionInfo info = list.info();
        if (info != null) {
            if (info.issuerParent() != null) {
                agency.add(String.join(" ", info.issuerParent().split("\n")));
                bold.add(false);
            }
            for (String line : info.issuer().split("\n")) {
                agency.add(line);
                bold.add(true);
            }
        }
        String[] nation = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
        for (int i = 0; i < 2; i++) {
            Row row = sheet.createRow(i);
            if (i < agency.size()) {
                String line = i == 1 && agency.size() > 2 ? String.join(" ", agency.subList(1, agency.size())) : agency.get(i);
                text(row, 0, line, styles.get(bold.get(i) ? Style.AGENCY_BOLD : Style.AGENCY));
            }
            text(row, 3, nation[i], styles.get(Style.AGENCY_BOLD));
            sheet.addMergedRegion(new CellRangeAddress(i, i, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(i, i, 3, LAST_COL));
        }
        Row title = sheet.createRow(3);
        title.setHeightInPoints(20);
        text(title, 0, list.kind().title(), styles.get(Style.TITLE));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, LAST_COL));
        text(sheet.createRow(4), 0, list.attachedTo(), styles.get(Style.SUBTITLE));
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, LAST_COL));
    }

    /** Total as a value (never a formula: docs/decisions/0019) and in words; returns the next free row. */
    private static int totals(Sheet sheet, CellStyles styles, AwardList list, int r) {
        long total = list.total();
        Row row = sheet.createRow(r);
        for (int c = 0; c < LAST_COL; c++) {
            text(row, c, c == 0 ? "Tổng cộng (" + list.rows().size() + " dòng)" : "", styles.get(Style.TOTAL_TEXT));
        }
        Cell sum = row.createCell(LAST_COL);
        sum.setCellValue(total);
        sum.setCellStyle(styles.totalMoney(total));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COL - 1));
        Row words = sheet.createRow(r + 1);
        text(words, 0, "Bằng chữ: " + VnDocText.amountInWords(total), styles.get(Style.NOTE));
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, LAST_COL));
        return r + 2;
    }

    /** The decision's signer under its list; otherwise who drew the list up, (the accountant) and the head. */
    private static void signatures(Sheet sheet, CellStyles styles, AwardList list, int r) {
        DecisionInfo info = list.info();
        boolean signer = list.kind() == AwardList.Kind.AWARD_LIST && info != null;
        String[][] blocks;
        int[][] spans;
        if (signer) {
            blocks = new String[][] {info.signerTitle().toArray(new String[0])};
            spans = new int[][] {{3, 5}};
        } else {
            Row date = sheet.createRow(r);
            text(date, 3, (info == null ? "……" : info.place()) + ", ngày …… tháng …… năm ……", styles.get(Style.SIGN_HINT));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 3, LAST_COL));
            if (list.kind() == AwardList.Kind.PAYMENT_LIST) {
                blocks = new String[][] {{"NGƯỜI LẬP BIỂU", "(Ký, họ tên)"}, {"KẾ TOÁN", "(Ký, họ tên)"},
                    {"THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)"}};
                spans = new int[][] {{0, 1}, {2, 3}, {4, 5}};
            } else {
                blocks = new String[][] {{"NGƯỜI LẬP BIỂU", "(Ký, họ tên)"}, {"THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)"}};
                spans = new int[][] {{0, 2}, {3, 5}};
            }
        }
        int top = signer ? r : r + 1;
        int height = 0;
        for (String[] b : blocks) {
            height = Math.max(height, b.length);
        }
        for (int line = 0; line < height; line++) {
            Row row = sheet.createRow(top + line);
            for (int b = 0; b < blocks.length; b++) {
                if (line < blocks[b].length) {
                    boolean hint = blocks[b][line].startsWith("(");
                    text(row, spans[b][0], blocks[b][line], styles.get(hint ? Style.SIGN_HINT : Style.SIGN_TITLE));
                    sheet.addMergedRegion(new CellRangeAddress(top + line, top + line, spans[b][0], spans[b][1]));
                }
            }
        }
        if (signer) {
            int nameRow = top + height + 4;
            text(sheet.createRow(nameRow), 3, info.signerName(), styles.get(Style.SIGN_TITLE));
            sheet.addMergedRegion(new CellRangeAddress(nameRow, nameRow, 3, LAST_COL));
        }
    }

    /** Sheet "Diễn giải": how each paid amount was computed (coefficient × base salary, legal references). */
    private static void explanations(SXSSFWorkbook wb, CellStyles styles, AwardList list) {
        Sheet sheet = wb.createSheet("Diễn giải");
        double[] widths = {6, 28, 34, 15, 90};
        String[] heads = {"STT", "Họ và tên", "Danh hiệu/Hình thức", "Số tiền", "Diễn giải"};
        Row header = sheet.createRow(0);
        for (int c = 0; c < heads.length; c++) {
            SheetPrint.width(sheet, c, widths[c]);
            text(header, c, heads[c], styles.get(Style.HEADER));
        }
        int r = 1;
        for (AwardListRow line : list.rows()) {
            Row row = sheet.createRow(r++);
            Cell stt = row.createCell(0);
            stt.setCellValue(line.stt());
            stt.setCellStyle(styles.get(Style.CENTER));
            text(row, 1, line.name(), styles.get(Style.TEXT));
            text(row, 2, line.kindName(), styles.get(Style.TEXT));
            Cell amount = row.createCell(3);
            amount.setCellValue(line.amount());
            amount.setCellStyle(styles.get(Style.MONEY));
            text(row, 4, line.explanation(), styles.get(Style.TEXT));
            int lines = Math.max(TextFit.lines(line.explanation(), widths[4]),
                    Math.max(TextFit.lines(line.name(), widths[1]), TextFit.lines(line.kindName(), widths[2])));
            if (lines > 1) {
                row.setHeightInPoints(TextFit.height(lines));
            }
        }
        SheetPrint.apply(sheet, true, 0, 0);
    }

    /** Gives the row the height its longest wrapped cell (columns 1–4) needs. */
    private static void fit(Row row, String... cells) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, TextFit.lines(cells[i], WIDTHS[i + 1]));
        }
        if (lines > 1) {
            row.setHeightInPoints(TextFit.height(lines));
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
