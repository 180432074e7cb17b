package vn.tdkt.council.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;

/** The tally workbook contract, through picocli as the main command line runs it. */
class TallyCommandTest {

    private static final String[] LABELS = {"Tổng số thành viên Hội đồng", "Số thành viên có mặt", "Số phiếu phát ra",
        "Số phiếu thu về", "Số phiếu hợp lệ"};
    private static final String[] HEADERS = {"STT", "Mã", "Họ và tên", "Danh hiệu/Hình thức", "Chỉ tiêu", "Số phiếu đồng ý"};
    private static final String T90 = "Ngưỡng 90 % tổng số thành viên";
    private static final String T80 = "Ngưỡng 80 % tổng số thành viên";
    private static final String T50 = "Ngưỡng trên 50 % tổng số thành viên";

    /** Code, name, title as the counting board writes it, quota (null = empty), votes. */
    private static final Object[][] CANDIDATES = {
        {"CB01", "Nguyễn Văn An", "Chiến sĩ thi đua cấp tỉnh", null, 14},
        {"CB02", "Trần Thị Bình", "Chiến sĩ thi đua cấp tỉnh", null, 13},
        {"CB03", "Lê Văn Cường", "Chiến sĩ thi đua cơ sở", 2, 14},
        {"CB04", "Phạm Thị Dung", "Chiến sĩ thi đua cơ sở", 2, 12},
        {"CB05", "Hoàng Văn Em", "Chiến sĩ thi đua cơ sở", 2, 12},
        {"CB06", "Vũ Thị Giang", "CSTĐCS", 2, 11},
        {"CB07", "Đỗ Văn Hùng", "Bằng khen của Chủ tịch UBND tỉnh", null, 8},
        {"CB08", "Ngô Thị Lan", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", null, 7},
        {"TT", "Thanh tra Sở", "Cờ thi đua của UBND tỉnh", 1, 13},
        {"VP", "Văn phòng Sở", "Cờ thi đua của Ủy ban nhân dân tỉnh", 1, 12},
    };

    private static Database db;

    @BeforeAll
    static void openDatabase() {
        db = Database.inMemory();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    /** A filled workbook: 15 members, 14 present, 14 ballots issued, returned and valid; then the change. */
    private static Path filled(Path dir, Consumer<Sheet> change) throws IOException {
        Path file = Files.createDirectories(dir).resolve("kiem-phieu.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Kiểm phiếu");
            int[] counts = {15, 14, 14, 14, 14};
            for (int i = 0; i < LABELS.length; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(LABELS[i]);
                r.createCell(1).setCellValue(counts[i]);
            }
            Row h = s.createRow(6);
            for (int c = 0; c < HEADERS.length; c++) {
                h.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int i = 0; i < CANDIDATES.length; i++) {
                Object[] c = CANDIDATES[i];
                Row r = s.createRow(7 + i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue((String) c[0]);
                r.createCell(2).setCellValue((String) c[1]);
                r.createCell(3).setCellValue((String) c[2]);
                if (c[3] != null) {
                    r.createCell(4).setCellValue((Integer) c[3]);
                }
                r.createCell(5).setCellValue((Integer) c[4]);
            }
            change.accept(s);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run tally(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new TallyCommand(() -> new AppContext(db)));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Columns G..K of each candidate row: percent, result, rank, note, what is proposed. */
    private static List<List<Object>> added(Path result) throws IOException {
        try (InputStream in = Files.newInputStream(result); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Kiểm phiếu");
            List<Object> header = new ArrayList<>();
            for (int c = 0; c < 11; c++) {
                header.add(s.getRow(6).getCell(c).getStringCellValue());
            }
            List<List<Object>> rows = new ArrayList<>();
            rows.add(header);
            for (int r = 7; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                Cell percent = row.getCell(6);
                Cell rank = row.getCell(8);
                assertEquals(CellType.NUMERIC, percent.getCellType());
                assertEquals(CellType.NUMERIC, rank.getCellType());
                assertEquals("0.00", percent.getCellStyle().getDataFormatString());
                rows.add(List.of(percent.getNumericCellValue(), row.getCell(7).getStringCellValue(), (int) rank.getNumericCellValue(),
                        row.getCell(9).getStringCellValue(), row.getCell(10).getStringCellValue()));
            }
            return rows;
        }
    }

    @Test
    void tallyAddsPercentResultRankAndNote(@TempDir Path dir) throws IOException {
        Path in = filled(dir, s -> { });
        Path result = dir.resolve("out").resolve("ket-qua.xlsx");
        Run run = tally(in.toString(), "--out", result.toString(), "--date", "20/12/2025");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Đã kiểm phiếu 10 ứng viên (ngưỡng áp dụng ngày 20/12/2025): 7 đạt ngưỡng, 2 đồng hạng tại điểm cắt, "
                + "1 vượt chỉ tiêu. Kết quả: " + result + System.lineSeparator(), run.out());
        assertEquals(List.of(
                List.of("STT", "Mã", "Họ và tên", "Danh hiệu/Hình thức", "Chỉ tiêu", "Số phiếu đồng ý", "Tỷ lệ (%)", "Kết quả",
                        "Thứ hạng", "Ghi chú", "Đề nghị"),
                List.of(93.33, "Đạt", 1, T90, "Được đề nghị"),
                List.of(86.67, "Không đạt", 2, T90, "Không đạt ngưỡng"),
                List.of(93.33, "Đạt", 1, T80, "Được đề nghị"),
                List.of(80.0, "Đạt", 2, "Đồng hạng tại điểm cắt; " + T80, "Đồng hạng tại điểm cắt"),
                List.of(80.0, "Đạt", 2, "Đồng hạng tại điểm cắt; " + T80, "Đồng hạng tại điểm cắt"),
                List.of(73.33, "Không đạt", 4, T80, "Không đạt ngưỡng"),
                List.of(53.33, "Đạt", 1, T50, "Được đề nghị"),
                List.of(46.67, "Không đạt", 2, T50, "Không đạt ngưỡng"),
                List.of(86.67, "Đạt", 1, T80, "Được đề nghị"),
                // beyond the quota: the threshold reached ("Đạt"), not proposed, said in its own column (#13)
                List.of(80.0, "Đạt", 2, "Vượt chỉ tiêu; " + T80, "Vượt chỉ tiêu")), added(result));
        try (InputStream s = Files.newInputStream(result); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sheet = wb.getSheet("Kiểm phiếu");
            assertEquals("Tổng số thành viên Hội đồng", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(15.0, sheet.getRow(0).getCell(1).getNumericCellValue());
            assertEquals("Ngô Thị Lan", sheet.getRow(14).getCell(2).getStringCellValue());
        }
        try (var files = Files.list(result.getParent())) {
            assertEquals(List.of(result), files.toList());
        }
    }

    /** The workbook of the new template (#13): Số phiếu không hợp lệ in A6/B6, Số phiếu không đồng ý in column G. */
    private static Path filledNew(Path dir, Integer invalid, int[] against, Consumer<Sheet> change) throws IOException {
        return filled(dir, s -> {
            Row r6 = s.createRow(5);
            r6.createCell(0).setCellValue("Số phiếu không hợp lệ");
            if (invalid != null) {
                r6.createCell(1).setCellValue(invalid);
            }
            s.getRow(6).createCell(6).setCellValue("Số phiếu không đồng ý");
            for (int i = 0; i < against.length; i++) {
                s.getRow(7 + i).createCell(6).setCellValue(against[i]);
            }
            change.accept(s);
        });
    }

    /** Votes against per candidate: with the votes in favour of CANDIDATES, none beyond the 14 valid ballots. */
    private static final int[] AGAINST = {0, 1, 0, 2, 1, 3, 6, 7, 1, 2};

    @Test
    void aFileOfTheOldLayoutIsTalliedAsBefore(@TempDir Path dir) throws IOException {
        // an office's file filled from the old template: nothing in row 6, no column after F
        Path result = dir.resolve("ket-qua.xlsx");
        assertEquals(0, tally(filled(dir, s -> { }).toString(), "--out", result.toString(), "--date", "20/12/2025").exit());
        try (InputStream in = Files.newInputStream(result); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Kiểm phiếu");
            assertNull(s.getRow(5), "no row added above the headers");
            assertEquals(11, s.getRow(6).getLastCellNum(), "G..K only: no Số phiếu không đồng ý column");
            for (int r = 7; r <= s.getLastRowNum(); r++) {
                assertEquals(11, s.getRow(r).getLastCellNum());
            }
        }
    }

    @Test
    void theNewCountsAreCheckedAndKeptAfterTheResultColumns(@TempDir Path dir) throws IOException {
        Path in = filledNew(dir, 0, AGAINST, s -> { });
        Path result = dir.resolve("ket-qua.xlsx");
        Run run = tally(in.toString(), "--out", result.toString(), "--date", "20/12/2025");
        assertEquals(0, run.exit(), run.err());
        Path old = dir.resolve("cu").resolve("ket-qua.xlsx");
        assertEquals(0, tally(filled(dir.resolve("cu"), s -> { }).toString(), "--out", old.toString(), "--date", "20/12/2025").exit());
        assertEquals(added(old), added(result), "G..K hold the same result whatever the new counts");
        try (InputStream s = Files.newInputStream(result); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sheet = wb.getSheet("Kiểm phiếu");
            assertEquals("Số phiếu không hợp lệ", sheet.getRow(5).getCell(0).getStringCellValue());
            assertEquals(0.0, sheet.getRow(5).getCell(1).getNumericCellValue());
            assertEquals("Số phiếu không đồng ý", sheet.getRow(6).getCell(11).getStringCellValue());
            for (int i = 0; i < AGAINST.length; i++) {
                assertEquals(AGAINST[i], (int) sheet.getRow(7 + i).getCell(11).getNumericCellValue(), "row " + (8 + i));
            }
        }
        // a result tallied again reads the column where the result put it
        Path again = dir.resolve("lan-2.xlsx");
        assertEquals(0, tally(result.toString(), "--out", again.toString(), "--date", "20/12/2025").exit());
        assertEquals(added(result), added(again));
        try (InputStream s = Files.newInputStream(again); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertEquals(6.0, wb.getSheet("Kiểm phiếu").getRow(13).getCell(11).getNumericCellValue());
        }
        // the new cells left empty: read as the old layout
        Path blank = filledNew(dir.resolve("trong"), null, new int[0], s -> { });
        assertEquals(0, tally(blank.toString(), "--out", dir.resolve("r.xlsx").toString(), "--date", "20/12/2025").exit());
        assertEquals(added(old), added(dir.resolve("r.xlsx")));
    }

    @Test
    void newCountsThatDoNotAddUpAreRefusedWithTheirCells(@TempDir Path dir) throws IOException {
        Path in = filledNew(dir, 1, AGAINST, s -> {
            s.getRow(8).getCell(6).setCellValue(2);
            s.getRow(9).getCell(6).setCellValue(-1);
            s.getRow(10).getCell(6).setCellValue(1.5);
            s.getRow(11).getCell(5).setCellValue(15);
            s.getRow(11).getCell(6).setCellValue(15);
        });
        Run run = tally(in.toString(), "--out", dir.resolve("r.xlsx").toString(), "--date", "20/12/2025");
        assertEquals(2, run.exit());
        assertEquals(List.of("Bảng kiểm phiếu không hợp lệ:",
                "- Sheet 'Kiểm phiếu', dòng 6, cột 'Số phiếu không hợp lệ': số phiếu hợp lệ (14) cộng số phiếu không hợp lệ (1) "
                        + "phải bằng số phiếu thu về (14)",
                "- Sheet 'Kiểm phiếu', dòng 9, cột 'Số phiếu không đồng ý': số phiếu đồng ý (13) cộng số phiếu không đồng ý (2) "
                        + "nhiều hơn số phiếu hợp lệ (14)",
                "- Sheet 'Kiểm phiếu', dòng 10, cột 'Số phiếu không đồng ý': số phiếu không đồng ý không được âm (-1)",
                "- Sheet 'Kiểm phiếu', dòng 11, cột 'Số phiếu không đồng ý': số phiếu không đồng ý phải là số nguyên (đang là \"1.5\")",
                "- Sheet 'Kiểm phiếu', dòng 12, cột 'Số phiếu đồng ý': số phiếu đồng ý (15) nhiều hơn số phiếu hợp lệ (14)",
                "- Sheet 'Kiểm phiếu', dòng 12, cột 'Số phiếu không đồng ý': số phiếu đồng ý (0) cộng số phiếu không đồng ý (15) "
                        + "nhiều hơn số phiếu hợp lệ (14)"), run.err().lines().toList());
        Path notWhole = filledNew(dir.resolve("b6"), null, AGAINST, s -> s.getRow(5).createCell(1).setCellValue("không"));
        assertEquals(List.of("Bảng kiểm phiếu không hợp lệ:",
                "- Sheet 'Kiểm phiếu', dòng 6, cột 'Số phiếu không hợp lệ': số phiếu không hợp lệ phải là số nguyên (đang là \"không\")"),
                tally(notWhole.toString(), "--out", dir.resolve("r.xlsx").toString()).err().lines().toList());
    }

    @Test
    void dateChoosesTheRegimeOfTheThresholds(@TempDir Path dir) throws IOException {
        Path result = dir.resolve("ket-qua-2023.xlsx");
        assertEquals(0, tally(filled(dir, s -> { }).toString(), "--out", result.toString(), "--date", "15/12/2023").exit());
        List<List<Object>> rows = added(result);
        assertEquals(List.of(93.33, "Đạt", 1, T90, "Được đề nghị"), rows.get(1));
        assertEquals(List.of(80.0, "Đạt", 2, "Đồng hạng tại điểm cắt; " + T50, "Đồng hạng tại điểm cắt"), rows.get(4));
        assertEquals(List.of(73.33, "Đạt", 4, "Vượt chỉ tiêu; " + T50, "Vượt chỉ tiêu"), rows.get(6));
    }

    @Test
    void countsThatDoNotAddUpAreRefusedWithTheirCells(@TempDir Path dir) throws IOException {
        Path in = filled(dir, s -> {
            s.getRow(3).getCell(1).setCellValue(15);
            s.getRow(8).getCell(5).setCellValue(15);
            s.getRow(10).getCell(3).setCellValue("Danh hiệu lạ");
            s.getRow(11).getCell(5).setCellValue(7.5);
            s.getRow(12).getCell(4).setCellValue(3);
        });
        Path result = dir.resolve("ket-qua.xlsx");
        Run run = tally(in.toString(), "--out", result.toString(), "--date", "20/12/2025");
        assertEquals(2, run.exit());
        assertEquals(String.join(System.lineSeparator(), "Bảng kiểm phiếu không hợp lệ:",
                "- Sheet 'Kiểm phiếu', dòng 4, cột 'Số phiếu thu về': số phiếu thu về (15) nhiều hơn số phiếu phát ra (14)",
                "- Sheet 'Kiểm phiếu', dòng 9, cột 'Số phiếu đồng ý': số phiếu đồng ý (15) nhiều hơn số phiếu hợp lệ (14)",
                "- Sheet 'Kiểm phiếu', dòng 11, cột 'Danh hiệu/Hình thức': không nhận ra danh hiệu/hình thức \"Danh hiệu lạ\" "
                        + "trong danh mục",
                "- Sheet 'Kiểm phiếu', dòng 12, cột 'Số phiếu đồng ý': số phiếu đồng ý phải là số nguyên (đang là \"7.5\")",
                "- Sheet 'Kiểm phiếu', dòng 13, cột 'Chỉ tiêu': chỉ tiêu 3 khác chỉ tiêu 2 đã ghi cho cùng danh hiệu "
                        + "\"Chiến sĩ thi đua cơ sở\"", ""), run.err());
        assertFalse(Files.exists(result));
    }

    @Test
    void missingCellsAndLabelsAreNamed(@TempDir Path dir) throws IOException {
        Path in = filled(dir, s -> {
            s.getRow(2).removeCell(s.getRow(2).getCell(1));
            s.getRow(4).getCell(0).setCellValue("Phiếu hợp lệ");
            s.getRow(6).getCell(5).setCellValue("Số phiếu");
        });
        Run run = tally(in.toString(), "--out", dir.resolve("r.xlsx").toString());
        assertEquals(2, run.exit());
        assertEquals(List.of("Bảng kiểm phiếu không hợp lệ:",
                "- Sheet 'Kiểm phiếu', dòng 3, cột 'Số phiếu phát ra': chưa nhập số phiếu phát ra",
                "- Sheet 'Kiểm phiếu', dòng 5, cột 'Số phiếu hợp lệ': nhãn phải là \"Số phiếu hợp lệ\" (đang là \"Phiếu hợp lệ\")",
                "- Sheet 'Kiểm phiếu', dòng 7, cột 'Số phiếu đồng ý': tiêu đề cột phải là \"Số phiếu đồng ý\" (đang là \"Số phiếu\")"),
                run.err().lines().toList());
    }

    @Test
    void votesBeyondPresentMembersAndEmptyListsAreRefused(@TempDir Path dir) throws IOException {
        Path tooMany = filled(dir, s -> s.getRow(2).getCell(1).setCellValue(15));
        assertEquals(List.of("Bảng kiểm phiếu không hợp lệ:",
                "- Sheet 'Kiểm phiếu', dòng 3, cột 'Số phiếu phát ra': số phiếu phát ra (15) nhiều hơn số thành viên có mặt (14)"),
                tally(tooMany.toString(), "--out", dir.resolve("r.xlsx").toString()).err().lines().toList());
        Path empty = filled(dir, s -> {
            for (int r = 7; r < 7 + CANDIDATES.length; r++) {
                s.removeRow(s.getRow(r));
            }
        });
        Run run = tally(empty.toString(), "--out", dir.resolve("r.xlsx").toString());
        assertEquals(2, run.exit());
        assertEquals(List.of("Bảng kiểm phiếu không hợp lệ:",
                "- Sheet 'Kiểm phiếu', dòng 8: không có ứng viên nào dưới dòng tiêu đề"), run.err().lines().toList());
    }

    @Test
    void wrongSheetOrFileIsRefused(@TempDir Path dir) throws IOException {
        Path in = filled(dir, s -> s.getWorkbook().setSheetName(0, "Sheet1"));
        Run wrongSheet = tally(in.toString(), "--out", dir.resolve("r.xlsx").toString());
        assertEquals(2, wrongSheet.exit());
        assertTrue(wrongSheet.err().contains("Tệp kiem-phieu.xlsx không có sheet 'Kiểm phiếu'"), wrongSheet.err());

        Path text = Files.writeString(dir.resolve("not.xlsx"), "STT;Mã");
        Run notExcel = tally(text.toString(), "--out", dir.resolve("r.xlsx").toString());
        assertEquals(2, notExcel.exit());
        assertTrue(notExcel.err().contains("không phải bảng tính Excel .xlsx"), notExcel.err());

        Run missing = tally(dir.resolve("none.xlsx").toString(), "--out", dir.resolve("r.xlsx").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Không tìm thấy tệp"), missing.err());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) throws IOException {
        Path in = filled(dir, s -> { });
        assertEquals(2, tally(in.toString()).exit());
        Run badDate = tally(in.toString(), "--out", dir.resolve("r.xlsx").toString(), "--date", "31/02/2025");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("ngày \"31/02/2025\" không hợp lệ, hãy ghi theo dạng dd/MM/yyyy"), badDate.err());
    }

    @Test
    void standaloneCommandNeedsNoDataFolder(@TempDir Path dir) throws IOException {
        Path result = dir.resolve("r.xlsx");
        CommandLine cmd = new CommandLine(new TallyCommand());
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cmd.execute(filled(dir, s -> { }).toString(), "--out", result.toString(), "--date", "20/12/2025"));
        assertEquals(List.of(93.33, "Đạt", 1, T90, "Được đề nghị"), added(result).get(1));
    }

    @Test
    void templateHasTheContractLayout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mau").resolve("kiem-phieu.xlsx");
        StringWriter out = new StringWriter();
        assertEquals(0, new TallyTemplateWriter(vn.tdkt.common.domain.Texts.VIETNAMESE)
                .write(file, new PrintWriter(out, true), new PrintWriter(new StringWriter())));
        assertEquals("Đã ghi mẫu bảng kiểm phiếu: " + file + System.lineSeparator(), out.toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet s = wb.getSheet("Kiểm phiếu");
            for (int i = 0; i < LABELS.length; i++) {
                assertEquals(LABELS[i], s.getRow(i).getCell(0).getStringCellValue());
                var value = s.getRow(i).getCell(1);
                assertTrue(value == null || value.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK,
                        "the count is left for the board");
            }
            // the two counts added in the cells the old layout left empty (#13): A6/B6 and the column after F
            assertEquals("Số phiếu không hợp lệ", s.getRow(5).getCell(0).getStringCellValue());
            assertEquals(CellType.BLANK, s.getRow(5).getCell(1).getCellType());
            List<String> headers = new ArrayList<>();
            s.getRow(6).forEach(c -> headers.add(c.getStringCellValue()));
            List<String> expected = new ArrayList<>(List.of(HEADERS));
            expected.add("Số phiếu không đồng ý");
            assertEquals(expected, headers);
            assertEquals(6, s.getLastRowNum());
            // print-ready: A4 landscape fitted to the width, header repeated and bordered, Times New Roman, title printed
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(org.apache.poi.ss.util.CellRangeAddress.valueOf("7:7"), s.getRepeatingRows());
            var head = (org.apache.poi.xssf.usermodel.XSSFCellStyle) s.getRow(6).getCell(0).getCellStyle();
            assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, head.getBorderBottom());
            assertEquals("Times New Roman", head.getFont().getFontName());
            assertTrue(s.getHeader().getCenter().contains("BẢNG KIỂM PHIẾU"), s.getHeader().getCenter());
            assertEquals("Trang &P / &N", s.getFooter().getCenter());
        }
    }
}
