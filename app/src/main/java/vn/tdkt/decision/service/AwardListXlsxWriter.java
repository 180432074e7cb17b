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
import vn.tdkt.decision.domain.AuthorityText;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.CellStyles.Style;
import vn.tdkt.export.excel.PageBreaks;
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
    /** The last column: why a line carries no money (award list), the recipient's signature (payment list). */
    static final String NOTE_COLUMN = "Ghi chú";
    static final String SIGN_COLUMN = "Ký nhận";
    /** 0-based row of the table header. */
    static final int HEADER_ROW = 6;
    private static final double[] WIDTHS = {6, 24, 22, 38, 36, 14, 22};
    private static final int AMOUNT_COL = 5;
    private static final int LAST_COL = COLUMNS.size();
    /** Lines of the table kept on the page of the total and the signatures. */
    private static final int KEPT_WITH_TOTAL = 3;
    /** Height of a payment line: room for the recipient's signature. */
    private static final float SIGN_ROW_POINTS = 30f;
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
                List<Float> heights = new ArrayList<>();
                headerBlock(sheet, styles, list, heights);
                Row header = sheet.createRow(HEADER_ROW);
                header.setHeightInPoints(32);
                track(heights, HEADER_ROW, 32);
                for (int c = 0; c < LAST_COL; c++) {
                    text(header, c, COLUMNS.get(c), styles.get(Style.HEADER));
                }
                text(header, LAST_COL, payment ? SIGN_COLUMN : NOTE_COLUMN, styles.get(Style.HEADER));
                CellStyle center = styles.get(Style.CENTER);
                CellStyle text = styles.get(Style.TEXT);
                int r = HEADER_ROW + 1;
                int n = list.rows().size();
                for (AwardListRow line : list.rows()) {
                    Row row = sheet.createRow(r);
                    Cell stt = row.createCell(0);
                    stt.setCellValue(line.stt());
                    stt.setCellStyle(center);
                    text(row, 1, line.name(), text);
                    text(row, 2, line.position(), text);
                    text(row, 3, line.unit(), text);
                    text(row, 4, line.kindName(), text);
                    Cell amount = row.createCell(AMOUNT_COL);
                    amount.setCellValue(line.amount());
                    amount.setCellStyle(styles.money(line.amount()));
                    String note = payment || line.amount() > 0 ? "" : line.explanation();
                    text(row, LAST_COL, note, text);
                    float h = fit(row, line.name(), line.position(), line.unit(), line.kindName(), null, note);
                    if (payment && h < SIGN_ROW_POINTS) {
                        row.setHeightInPoints(SIGN_ROW_POINTS);
                        h = SIGN_ROW_POINTS;
                    }
                    track(heights, r++, h);
                    if (line.stt() % STEP == 0) {
                        progress.checkCancelled();
                        progress.step(Msg.of("decision.awardList.progress.row", String.valueOf(line.stt()), String.valueOf(n)),
                                line.stt(), n);
                    }
                }
                int keepFrom = Math.max(HEADER_ROW + 1, r - KEPT_WITH_TOTAL);
                r = totals(sheet, styles, list, r, heights);
                signatures(sheet, styles, list, r + 1, heights);
                SheetPrint.apply(sheet, true, HEADER_ROW, HEADER_ROW);
                SheetPrint.breakBefore(sheet, PageBreaks.plan(heights, HEADER_ROW, HEADER_ROW, keepFrom,
                        PageBreaks.pageHeight(true, WIDTHS)));
                if (payment) {
                    explanations(wb, styles, list);
                }
                wb.write(out);
            }
        });
        progress.step(Msg.of("decision.awardList.progress.done", String.valueOf(list.rows().size())), list.rows().size(),
                list.rows().size());
    }

    private static void headerBlock(Sheet sheet, CellStyles styles, AwardList list, List<Float> heights) {
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
        } else {
            for (String line : AuthorityText.of(list.authority()).issuer()) {
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
        for (int i = 0; i < HEADER_ROW; i++) {
            track(heights, i, i == 3 ? 20 : TextFit.height(1));
        }
        Row title = sheet.createRow(3);
        title.setHeightInPoints(20);
        text(title, 0, list.kind().title(), styles.get(Style.TITLE));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, LAST_COL));
        text(sheet.createRow(4), 0, list.attachedTo(), styles.get(Style.SUBTITLE));
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, LAST_COL));
    }

    /** Total as a value (never a formula: docs/decisions/0019) and in words; returns the next free row. */
    private static int totals(Sheet sheet, CellStyles styles, AwardList list, int r, List<Float> heights) {
        long total = list.total();
        Row row = sheet.createRow(r);
        for (int c = 0; c < LAST_COL; c++) {
            text(row, c, c == 0 ? "Tổng cộng (" + list.rows().size() + " dòng)" : "", styles.get(Style.TOTAL_TEXT));
            if (c == AMOUNT_COL - 1) {
                break;
            }
        }
        Cell sum = row.createCell(AMOUNT_COL);
        sum.setCellValue(total);
        sum.setCellStyle(styles.totalMoney(total));
        text(row, LAST_COL, "", styles.get(Style.TOTAL_TEXT));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, AMOUNT_COL - 1));
        track(heights, r, TextFit.height(1));
        track(heights, r + 1, TextFit.height(1));
        Row words = sheet.createRow(r + 1);
        text(words, 0, "Bằng chữ: " + VnDocText.amountInWords(total), styles.get(Style.NOTE));
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, LAST_COL));
        return r + 2;
    }

    /**
     * The decision's signer under the award list (the recorded signer; for a decision known only from the imported
     * history, the title read from its authority and room for the name); the payment list: who drew it up, the
     * accountant and the head, under the place and date.
     */
    private static void signatures(Sheet sheet, CellStyles styles, AwardList list, int r, List<Float> heights) {
        DecisionInfo info = list.info();
        boolean signer = list.kind() == AwardList.Kind.AWARD_LIST;
        String[][] blocks;
        int[][] spans;
        track(heights, r - 1, TextFit.height(1));
        if (signer) {
            blocks = new String[][] {info != null ? info.signerTitle().toArray(new String[0])
                : new String[] {AuthorityText.of(list.authority()).signerTitle()}};
            spans = new int[][] {{3, LAST_COL}};
        } else {
            Row date = sheet.createRow(r);
            track(heights, r, TextFit.height(1));
            text(date, 3, (info == null ? "……" : info.place()) + ", ngày …… tháng …… năm ……", styles.get(Style.SIGN_HINT));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 3, LAST_COL));
            blocks = new String[][] {{"NGƯỜI LẬP BIỂU", "(Ký, họ tên)"}, {"KẾ TOÁN", "(Ký, họ tên)"},
                {"THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)"}};
            spans = new int[][] {{0, 1}, {2, 3}, {4, LAST_COL}};
        }
        int top = signer ? r : r + 1;
        int height = 0;
        for (String[] b : blocks) {
            height = Math.max(height, b.length);
        }
        for (int line = 0; line < height; line++) {
            Row row = sheet.createRow(top + line);
            track(heights, top + line, TextFit.height(1));
            for (int b = 0; b < blocks.length; b++) {
                if (line < blocks[b].length) {
                    boolean hint = blocks[b][line].startsWith("(");
                    text(row, spans[b][0], blocks[b][line], styles.get(hint ? Style.SIGN_HINT : Style.SIGN_TITLE));
                    sheet.addMergedRegion(new CellRangeAddress(top + line, top + line, spans[b][0], spans[b][1]));
                }
            }
        }
        int nameRow = top + height + 4;
        for (int i = top + height; i <= nameRow; i++) {
            track(heights, i, TextFit.height(1));
        }
        if (signer && info != null && info.signerName() != null) {
            text(sheet.createRow(nameRow), 3, info.signerName(), styles.get(Style.SIGN_TITLE));
            sheet.addMergedRegion(new CellRangeAddress(nameRow, nameRow, 3, LAST_COL));
        }
    }

    /** Records the height of a row (points) at its index, rows not written keeping the default height. */
    private static void track(List<Float> heights, int row, float points) {
        while (heights.size() <= row) {
            heights.add(TextFit.height(1));
        }
        heights.set(row, points);
    }

    /** Sheet "Diễn giải": how each paid amount was computed (coefficient × base salary, legal references). */
    private static void explanations(SXSSFWorkbook wb, CellStyles styles, AwardList list) {
        Sheet sheet = wb.createSheet("Diễn giải");
        double[] widths = {6, 28, 34, 15, 90};
        String[] heads = {"STT", "Họ và tên", "Danh hiệu/Hình thức", "Số tiền", "Diễn giải"};
        Row header = sheet.createRow(0);
        List<Float> heights = new ArrayList<>();
        track(heights, 0, TextFit.height(1));
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
            amount.setCellStyle(styles.money(line.amount()));
            text(row, 4, line.explanation(), styles.get(Style.TEXT));
            int lines = Math.max(TextFit.lines(line.explanation(), widths[4]),
                    Math.max(TextFit.lines(line.name(), widths[1]), TextFit.lines(line.kindName(), widths[2])));
            if (lines > 1) {
                row.setHeightInPoints(TextFit.height(lines));
            }
            track(heights, r - 1, TextFit.height(lines));
        }
        SheetPrint.apply(sheet, true, 0, 0);
        // the last lines share a page: never one explanation alone under the repeated header (issue #13)
        SheetPrint.breakBefore(sheet, PageBreaks.plan(heights, 0, 0, Math.max(1, r - KEPT_WITH_TOTAL),
                PageBreaks.pageHeight(true, widths)));
    }

    /** Gives the row the height its longest wrapped cell needs (cells by column from 1; null = not wrapped). */
    private static float fit(Row row, String... cells) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                lines = Math.max(lines, TextFit.lines(cells[i], WIDTHS[i + 1]));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(TextFit.height(lines));
        }
        return TextFit.height(lines);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
