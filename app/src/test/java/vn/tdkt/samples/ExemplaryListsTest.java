package vn.tdkt.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.exemplary.cli.DelegatesCommand;
import vn.tdkt.exemplary.cli.ExemplaryListCommand;
import vn.tdkt.exemplary.domain.Period;
import vn.tdkt.exemplary.service.ExemplaryLists;

/**
 * The print-ready Danh sách giới thiệu điển hình tiên tiến and Danh sách đại biểu of the sample data (issue #11):
 * golden content, the page setup (A4 landscape, fit to width, header row repeated), the signatures on the page of the
 * last lines, the command line, and the committed samples under samples/forms/exemplary.
 */
class ExemplaryListsTest {

    static final String INTRODUCTION = "danh-sach-gioi-thieu-dien-hinh-tien-tien-90-KH-UBND-2021-2025.xlsx";
    static final String DELEGATES = "danh-sach-dai-bieu-dien-hinh-tien-tien-90-KH-UBND-2021-2025.xlsx";

    private static AppContext ctx;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() {
        ctx = MovementSamples.sampleContext(Path.of("..", "samples"));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        DataFormatter f = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            out.add(cells);
        }
        return out;
    }

    private static int find(List<List<String>> rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
                return i;
            }
        }
        return -1;
    }

    /** A4 landscape, one page wide, the header row repeated, and no page break between the last lines and the signatures. */
    private static void printReady(XSSFSheet sheet, int header, List<List<String>> rows) {
        PrintSetup ps = sheet.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
        assertTrue(ps.getLandscape());
        assertEquals(1, ps.getFitWidth());
        assertEquals(0, ps.getFitHeight());
        assertEquals((header + 1) + ":" + (header + 1), sheet.getRepeatingRows().formatAsString().replace("$", ""));
        int sign = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stream().anyMatch(c -> c.contains("ngày …… tháng …… năm"))) {
                sign = i;
            }
        }
        assertTrue(sign > header);
        int[] breaks = sheet.getRowBreaks();
        for (int b : breaks) {
            assertFalse(b >= sign - 3 && b < sign + 8, "a break after row " + b + " splits the last lines from the signatures");
            assertFalse(rows.get(b).size() == 1 && rows.get(b).get(0).matches("(I|II|III)\\. .+"),
                    "the heading «" + String.join("", rows.get(b)) + "» ends a page without its lines");
        }
    }

    @Test
    void theIntroductionListGroupsTheModelsWithTheirYears() throws Exception {
        Path file = tmp.resolve(INTRODUCTION);
        assertEquals(16, ctx.exemplaryLists().writeIntroduction("HY-KH90-2021", new Period(2021, 2025), file));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = rows(sheet);
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rows.get(0).get(rows.get(0).size() - 1));
            assertEquals(ExemplaryLists.INTRODUCTION_TITLE, rows.get(3).get(0));
            assertTrue(rows.get(4).get(0).startsWith("Phong trào: Tuyên truyền phong trào thi đua yêu nước"));
            assertEquals("(Số lần được công nhận điển hình tiên tiến từ năm 2021 đến năm 2025)", rows.get(5).get(0));
            int header = find(rows, "STT");
            assertEquals(ExemplaryLists.INTRODUCTION_COLUMNS, rows.get(header));
            assertEquals(List.of("I. TẬP THỂ"), rows.get(header + 1));
            assertEquals(List.of("1", "Bệnh viện Đa khoa tỉnh Hưng Yên", "Y tế", "Sở Y tế", "Nhân rộng",
                    "2021, 2022, 2023, 2024, 2025", "5"), rows.get(header + 2));
            int persons = find(rows, "II. CÁ NHÂN");
            int households = find(rows, "III. HỘ GIA ĐÌNH");
            assertEquals(List.of("1", "Ông Nguyễn Văn Thắng, nông dân sản xuất kinh doanh giỏi, xã Phụng Công", "Nông nghiệp",
                    "Hội Nông dân tỉnh", "Nhân rộng", "2021, 2022, 2023, 2024, 2025", "5"), rows.get(persons + 1));
            assertEquals(8, households - persons - 1, "eight person models");
            assertEquals("Hộ ông Trần Văn Bình, thoát nghèo bền vững, xã Hồng Nam", rows.get(households + 1).get(1));
            assertFalse(rows.stream().anyMatch(r -> r.size() > 1 && r.get(1).contains("Tây Ninh")),
                    "a model of another movement is not listed");
            printReady(sheet, header, rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ")));
        }
        SampleDrift.assertSameAsCommitted(file, "exemplary/" + INTRODUCTION);
    }

    @Test
    void theDelegateListShowsTheTieAtTheCutForTheCouncil() throws Exception {
        Path file = tmp.resolve(DELEGATES);
        ctx.exemplaryLists().writeDelegates("HY-KH90-2021", new Period(2021, 2025), ExemplarySamples.QUOTA, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = rows(sheet);
            assertEquals(ExemplaryLists.DELEGATE_TITLE, rows.get(3).get(0));
            assertEquals("(Số đại biểu được phân bổ: 10; xếp theo số lần được công nhận điển hình tiên tiến từ năm 2021 "
                    + "đến năm 2025, từ cao xuống thấp)", rows.get(5).get(0));
            int header = find(rows, "Thứ hạng");
            assertEquals(List.of("Thứ hạng", "Mã điển hình", "Tên điển hình", "Số lần công nhận", "Kết quả", "Ghi chú"),
                    rows.get(header));
            assertEquals(List.of("I. ĐƯỢC CHỌN"), rows.get(header + 1));
            int tied = find(rows, "II. ĐỒNG HẠNG TẠI ĐIỂM CẮT (Hội đồng Thi đua - Khen thưởng xem xét, quyết định 3 chỗ còn lại)");
            assertEquals(header + 9, tied, "seven chosen");
            List<String> quynh = rows.get(tied + 1);
            assertEquals(List.of("8", "DHTT-08", "Bà Phạm Lan Quỳnh, Phó Chánh Văn phòng Sở Nội vụ", "3",
                    "Đồng hạng tại điểm cắt"), quynh.subList(0, 5));
            assertTrue(quynh.get(5).contains("3") && quynh.get(5).toLowerCase(java.util.Locale.ROOT).contains("nữ"),
                    quynh.get(5));
            assertEquals(find(rows, "III. KHÔNG ĐƯỢC CHỌN"), tied + 6);
            printReady(sheet, header, rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains("TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")));
        }
        SampleDrift.assertSameAsCommitted(file, "exemplary/" + DELEGATES);
    }

    static final String REPORT = "bao-cao-tong-ket-dien-hinh-tien-tien-90-KH-UBND-2025.docx";

    @Test
    void theReportOnModelsForTheTongKet() throws Exception {
        Path file = tmp.resolve(REPORT);
        ctx.exemplaryLists().writeReport("HY-KH90-2021", "Tổng kết", java.time.LocalDate.of(2025, 12, 20), file);
        String text;
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             org.apache.poi.xwpf.extractor.XWPFWordExtractor x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            text = x.getText();
        }
        assertTrue(text.contains("BÁO CÁO"), text);
        assertTrue(text.contains("Kết quả phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến, tổng kết phong trào "
                + "tuyên truyền phong trào thi đua yêu nước"), text);
        assertTrue(text.contains("Có 16 điển hình tiên tiến thuộc phong trào"), text);
        assertTrue(text.contains("Tổng cộng\t8\t5\t1\t2\t16"), text);
        assertTrue(text.contains("- Năm 2021: 4 điển hình được công nhận (Quyết định số 2650/QĐ-UBND ngày 15/12/2021);"), text);
        assertTrue(text.contains("- Năm 2025: 13 điển hình được công nhận (Quyết định số 2690/QĐ-UBND ngày 12/12/2025)."), text);
        assertTrue(text.contains("1\tBệnh viện Đa khoa tỉnh Hưng Yên\tY tế\tNhân rộng\t5"), text);
        assertFalse(text.contains("Tây Ninh"), "a model of another movement is not counted");
        SampleDrift.assertSameAsCommitted(file, "exemplary/" + REPORT);
    }

    @Test
    void bothListsFromTheCommandLine() throws Exception {
        Path intro = tmp.resolve("gioi-thieu.xlsx");
        Path list = tmp.resolve("dai-bieu.xlsx");
        StringWriter out = new StringWriter();
        picocli.CommandLine cmd = new picocli.CommandLine(new ExemplaryListCommand(() -> ctx, java.util.Locale.forLanguageTag("vi")));
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("--movement", "HY-KH90-2021", "--from", "2021", "--to", "2025", "--out", intro.toString()));
        assertTrue(out.toString().startsWith("Danh sách giới thiệu 16 điển hình tiên tiến."), out.toString());
        picocli.CommandLine d = new picocli.CommandLine(new DelegatesCommand(() -> ctx, java.util.Locale.forLanguageTag("vi")));
        d.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, d.execute("--quota", "10", "--movement", "HY-KH90-2021", "--from", "2021", "--to", "2025", "--print",
                "--out", list.toString()));
        assertEquals(SampleDrift.content(tmp.resolve("dai-bieu.xlsx")).size() > 0, true);
        try (InputStream in = Files.newInputStream(list); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(ExemplaryLists.DELEGATE_TITLE, rows(wb.getSheetAt(0)).get(3).get(0));
        }
        picocli.CommandLine bad = new picocli.CommandLine(new DelegatesCommand(() -> ctx, java.util.Locale.forLanguageTag("vi")));
        StringWriter err = new StringWriter();
        bad.setErr(new PrintWriter(err));
        assertTrue(bad.execute("--quota", "10", "--print", "--out", tmp.resolve("x.csv").toString()) != 0);
    }

    /** The section headings of a list (I. …, II. …), in order. */
    private static List<String> sections(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return rows(wb.getSheetAt(0)).stream().filter(r -> r.size() == 1 && r.get(0).matches("(I|II|III)\\. .+"))
                    .map(r -> r.get(0)).toList();
        }
    }

    /**
     * A list numbers its sections as it prints them: a movement with no collective model starts at "I. CÁ NHÂN", and a
     * selection with no tie at the cut goes from "I. ĐƯỢC CHỌN" to "II. KHÔNG ĐƯỢC CHỌN", never a gap in the numbers.
     */
    @Test
    void theSectionsOfAListAreNumberedAsPrinted() throws Exception {
        List<String> firsts = new ArrayList<>();
        for (vn.tdkt.movement.domain.Movement m : ctx.movements().list()) {
            Path file = tmp.resolve("gioi-thieu-" + m.id() + ".xlsx");
            if (ctx.exemplaryLists().writeIntroduction(m.code(), new Period(null, null), file) == 0) {
                continue;
            }
            List<String> sections = sections(file);
            assertEquals(List.of("I", "II", "III").subList(0, sections.size()),
                    sections.stream().map(x -> x.substring(0, x.indexOf('.'))).toList(), m.code() + ": " + sections);
            firsts.add(sections.get(0));
        }
        assertTrue(firsts.contains("I. CÁ NHÂN"), "a movement of person models only: " + firsts);
        Path file = tmp.resolve("dai-bieu-7.xlsx");
        ctx.exemplaryLists().writeDelegates("HY-KH90-2021", new Period(2021, 2025), 7, file);
        assertEquals(List.of("I. ĐƯỢC CHỌN", "II. KHÔNG ĐƯỢC CHỌN"), sections(file), "seven chosen, no tie at the cut");
    }

    /**
     * A section heading never ends a page: with one more model below the cut (five in III. KHÔNG ĐƯỢC CHỌN, the
     * clerk's sixteenth-and-one), the page planned to end right after that heading ends before it.
     */
    @Test
    void aSectionHeadingNeverEndsAPageWithoutItsLines() throws Exception {
        try (AppContext own = MovementSamples.sampleContext(Path.of("..", "samples"))) {
            long movement = own.movements().byCode("HY-KH90-02").orElseThrow().id();
            long proposer = own.org().units().get(0).id();
            vn.tdkt.exemplary.domain.ExemplaryModel m = own.exemplary().save(new vn.tdkt.exemplary.domain.ExemplaryModel(0,
                    "DHTT-18", "Bà Nguyễn Thị Mai, giáo viên dạy giỏi, xã Tiền Phong", vn.tdkt.exemplary.domain.ModelKind.CA_NHAN,
                    null, null, "Nữ", "Giáo dục", movement, proposer, vn.tdkt.exemplary.domain.Stage.PHAT_HIEN,
                    java.time.LocalDate.of(2025, 3, 1), null), "test");
            own.exemplaryRecords().recognise(new vn.tdkt.exemplary.domain.Recognition(0, m.id(), 2025, "2690/QĐ-UBND",
                    java.time.LocalDate.of(2025, 12, 12)), false);
            Path file = tmp.resolve("dai-bieu-17.xlsx");
            own.exemplaryLists().writeDelegates("HY-KH90-2021", new Period(2021, 2025), ExemplarySamples.QUOTA, file);
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet sheet = wb.getSheetAt(0);
                List<List<String>> rows = rows(sheet);
                int below = find(rows, "III. KHÔNG ĐƯỢC CHỌN");
                assertEquals(List.of("15", "DHTT-18"), rows.get(below + 4).subList(0, 2), "five below the cut");
                assertTrue(sheet.getRowBreaks().length > 0, "two pages");
                printReady(sheet, find(rows, "Thứ hạng"), rows);
            }
        }
    }
}
