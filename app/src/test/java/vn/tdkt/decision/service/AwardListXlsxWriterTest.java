package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.export.excel.CellStyles;

/** Golden content of the award and payment lists: reopened with POI, compared by value. */
class AwardListXlsxWriterTest {

    private final DecisionFixture f = new DecisionFixture();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void record() {
        f.decisions.drafting().record(DecisionFixture.draft("15/QĐ-UBND", LocalDate.of(2026, 1, 20),
                RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.person(f.binh.id(), "LDTT"),
                RecipientDraft.person(f.binh.id(), "CSTDCS"),
                RecipientDraft.unit(f.phongTdkt.id(), "BK_TINH"),
                RecipientDraft.household("Hộ ông Đỗ Văn Hải", "Thôn Đông, xã Tân Hưng", "GIAY_KHEN")));
    }

    private static String text(XSSFSheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : c.getStringCellValue();
    }

    @Test
    void awardListHasHeaderBlockExactColumnsNumberedLinesAndTotalsAsValues() throws Exception {
        record();
        AwardList list = f.decisions.reports().awardList("15/QĐ-UBND", null);
        Path out = dir.resolve("ds.xlsx");
        f.decisions.reports().writeAwardListXlsx(list, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Danh sách khen thưởng", s.getSheetName());
            assertEquals("ỦY BAN NHÂN DÂN", text(s, 0, 0));
            assertEquals("TỈNH HƯNG YÊN", text(s, 1, 0));
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text(s, 0, 3));
            assertEquals("Độc lập - Tự do - Hạnh phúc", text(s, 1, 3));
            assertEquals("DANH SÁCH KHEN THƯỞNG", text(s, 3, 0));
            assertEquals("(Kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên)",
                    text(s, 4, 0));
            List<String> header = new ArrayList<>();
            s.getRow(6).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu/Hình thức", "Số tiền", "Ghi chú"), header,
                    "the contract's columns unchanged, Ghi chú added at the end");
            long sum = 0;
            for (int i = 0; i < 5; i++) {
                Row r = s.getRow(7 + i);
                assertEquals(i + 1, (int) r.getCell(0).getNumericCellValue());
                assertEquals(CellType.NUMERIC, r.getCell(5).getCellType());
                sum += (long) r.getCell(5).getNumericCellValue();
            }
            assertEquals("Nguyễn Văn An", text(s, 7, 1));
            assertEquals("Phó Giám đốc Sở", text(s, 7, 2));
            assertEquals("Sở Nội vụ", text(s, 7, 3));
            assertEquals("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", text(s, 7, 4));
            assertEquals(3_510_000, s.getRow(7).getCell(5).getNumericCellValue());
            assertEquals("Phòng Thi đua, khen thưởng", text(s, 10, 1));
            assertEquals("", text(s, 10, 2));
            assertEquals("Hộ ông Đỗ Văn Hải", text(s, 11, 1));
            XSSFCell total = s.getRow(12).getCell(5);
            assertEquals(CellType.NUMERIC, total.getCellType(), "the total is a value, not a formula");
            assertEquals(13_940_000, (long) total.getNumericCellValue());
            assertEquals(sum, (long) total.getNumericCellValue());
            assertEquals("Tổng cộng (5 dòng)", text(s, 12, 0));
            assertEquals("Bằng chữ: Mười ba triệu chín trăm bốn mươi nghìn đồng", text(s, 13, 0));
            // the decision's signer under its list
            assertEquals("KT. CHỦ TỊCH", text(s, 15, 3));
            assertEquals("PHÓ CHỦ TỊCH", text(s, 16, 3));
            assertEquals("Nguyễn Hùng Nam", text(s, 21, 3));

            PrintSetup ps = s.getPrintSetup();
            assertTrue(ps.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertEquals(1, ps.getFitWidth());
            assertEquals(CellRangeAddress.valueOf("7:7"), s.getRepeatingRows());
            assertEquals(7, s.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(s.getPaneInformation().isFreezePane());
            for (int c = 0; c < 6; c++) {
                assertTrue(s.getColumnWidth(c) >= 5 * 256, "column " + c + " has a set width");
            }
            XSSFCell money = s.getRow(7).getCell(5);
            assertEquals(CellStyles.MONEY_FORMAT, money.getCellStyle().getDataFormatString());
            assertEquals("Times New Roman", money.getCellStyle().getFont().getFontName());
            assertEquals(12, money.getCellStyle().getFont().getFontHeightInPoints());
            DataFormatter shown = new DataFormatter();
            assertEquals("3.510.000", shown.formatCellValue(money));
            assertEquals("13.940.000", shown.formatCellValue(total));
        }
    }

    @Test
    void paymentListLeavesOutUnpaidLinesSignsByTheThreeAndExplainsEachAmount() throws Exception {
        record();
        Path out = dir.resolve("chi.xlsx");
        f.decisions.reports().writePaymentListXlsx(f.decisions.reports().awardList("15/QĐ-UBND", null), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("DANH SÁCH CHI TIỀN THƯỞNG", text(s, 3, 0));
            assertEquals(4, (int) s.getRow(10).getCell(0).getNumericCellValue());
            assertEquals("Tổng cộng (4 dòng)", text(s, 11, 0));
            assertEquals(13_940_000, (long) s.getRow(11).getCell(5).getNumericCellValue());
            assertEquals("Hưng Yên, ngày …… tháng …… năm ……", text(s, 14, 3));
            assertEquals("NGƯỜI LẬP BIỂU", text(s, 15, 0));
            assertEquals("KẾ TOÁN", text(s, 15, 2));
            assertEquals("THỦ TRƯỞNG ĐƠN VỊ", text(s, 15, 4));
            assertEquals("(Ký, họ tên, đóng dấu)", text(s, 16, 4));
            XSSFSheet why = wb.getSheet("Diễn giải");
            assertEquals("Diễn giải", text(why, 0, 4));
            assertEquals("1,5 × 2.340.000 = 3.510.000 đ (Điều 54 Nghị định số 152/2025/NĐ-CP; khoản 2 Điều 3 Nghị "
                    + "định số 73/2024/NĐ-CP)", text(why, 1, 4));
            assertTrue(text(why, 4, 4).startsWith("hộ gia đình = 1,5 × 710.000 đ"),
                    text(why, 4, 4));
            assertTrue(text(why, 4, 4).endsWith("(Điều 54 Nghị định số 152/2025/NĐ-CP; khoản 2 Điều 3 Nghị định số "
                    + "73/2024/NĐ-CP)"), "the household line cites the texts in their official form: " + text(why, 4, 4));
        }
    }

    @Test
    void importedListNamesItsIssuerAndSignerAndTotalsOfBillionsKeepDotGrouping() throws Exception {
        List<AwardListRow> rows = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            rows.add(new AwardListRow(i, "Cán bộ " + i, "Chuyên viên", "Sở Nội vụ", "Lao động tiên tiến", 760_000, "", false));
        }
        AwardList list = new AwardList(AwardList.Kind.AWARD_LIST, "88/QĐ-SNV", LocalDate.of(2026, 7, 10),
                "Giám đốc Sở Nội vụ", null, rows);
        Path out = dir.resolve("lon.xlsx");
        f.decisions.reports().writeAwardListXlsx(list, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("SỞ NỘI VỤ", text(s, 0, 0), "the issuing body read from the authority");
            assertTrue(s.getRowBreaks().length > 0, "page breaks computed so the signature never opens a page alone");
            XSSFCell total = s.getRow(7 + 1500).getCell(5);
            assertEquals(1_140_000_000, (long) total.getNumericCellValue());
            assertEquals(CellStyles.BIG_MONEY_FORMAT, total.getCellStyle().getDataFormatString());
            assertEquals("1.140.000.000", new DataFormatter().formatCellValue(total));
            assertEquals("Bằng chữ: Một tỷ một trăm bốn mươi triệu đồng", text(s, 7 + 1501, 0));
            assertEquals("GIÁM ĐỐC", text(s, 7 + 1503, 3), "signed by the decision's signer: the Giám đốc Sở Nội vụ");
        }
    }

    @Test
    void theDienGiaiBreaksItsPagesSoThatItsLastLinesShareTheLastPage() throws Exception {
        List<AwardListRow> rows = new ArrayList<>();
        String why = "1,5 × 2.340.000 = 3.510.000 đ (Điều 54 Nghị định số 152/2025/NĐ-CP; khoản 2 Điều 3 Nghị định số "
                + "73/2024/NĐ-CP)";
        for (int i = 1; i <= 22; i++) {
            rows.add(new AwardListRow(i, "Cán bộ " + i, "Chuyên viên", "Sở Nội vụ", "Bằng khen của Chủ tịch Ủy ban nhân dân "
                    + "tỉnh", 3_510_000, why, false));
        }
        AwardList list = new AwardList(AwardList.Kind.PAYMENT_LIST, "125/QĐ-UBND", LocalDate.of(2026, 1, 15),
                "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên", null, rows);
        Path out = dir.resolve("dien-giai.xlsx");
        f.decisions.reports().writePaymentListXlsx(list, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheet("Diễn giải");
            int[] breaks = s.getRowBreaks();
            // 22 two-line explanations do not fit one landscape page: the sample's 22nd line once stood alone on page 2
            assertTrue(breaks.length > 0, "the Diễn giải breaks its pages itself");
            int last = s.getLastRowNum();
            int lastBreak = breaks[breaks.length - 1];
            assertTrue(last - lastBreak >= 3, "the last page holds at least the last 3 lines, break after row " + lastBreak);
        }
    }

    @Test
    void cancelledWriteLeavesNoFile() throws Exception {
        List<AwardListRow> rows = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            rows.add(new AwardListRow(i, "Cán bộ " + i, "", "", "Giấy khen", 760_000, "", false));
        }
        AwardList list = new AwardList(AwardList.Kind.AWARD_LIST, "1/QĐ-SNV", LocalDate.of(2026, 7, 10), "Giám đốc Sở", null, rows);
        Path out = dir.resolve("huy.xlsx");
        Progress cancelAtOnce = new Progress() {
            @Override
            public void update(String message, long done, long total) {
                // not shown
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> f.decisions.reports().writeAwardListXlsx(list, out, cancelAtOnce));
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left behind");
        }
    }
}
