package vn.tdkt.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.council.domain.Council;
import vn.tdkt.decision.domain.Statistics0603;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.statistics.domain.StatisticsForm;

/**
 * Biểu 0601.N–0605.N of 2025 from the sample data (issue #13, README decision 116), read back with POI:
 * titles, the row and column headers as TT 02/2023/TT-BNV prints them, computed cells against the sample data, the
 * unit's cells empty with a comment, one printed sheet (print area, fit to the width, landscape where the table needs
 * it); then the committed samples under samples/forms are compared with what the code writes.
 */
class StatisticsFormsTest {

    static final int YEAR = 2025;
    static final String AUTHORITY = "Ủy ban nhân dân tỉnh Hưng Yên";
    private static AppContext ctx;
    private static Path forms;

    @BeforeAll
    static void open() throws Exception {
        ctx = MovementSamples.sampleContext(Path.of("..", "samples"));
        forms = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms");
        Files.createDirectories(forms);
        // the council of the sample province: its authority is the biểu's Đơn vị báo cáo (README decision 148)
        ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên", "1234/QĐ-UBND",
                LocalDate.of(2024, 1, 5), AUTHORITY));
        for (StatisticsForm f : StatisticsForm.values()) {
            ctx.statistics().write(f, YEAR, forms.resolve(f.fileName(YEAR)));
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void form0604CountsTheEmulationUnitsOfTheSoNoiVu() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(forms.resolve("bieu-0604N-2025.xlsx").toFile())) {
            XSSFSheet s = onePrintedSheet(wb, false);
            assertEquals("Biểu số: 0604.N/BNV-TĐKT", text(s, 0, 0));
            assertEquals("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", text(s, 1, 0));
            assertEquals("Đơn vị báo cáo: " + AUTHORITY, text(s, 0, 1));
            assertEquals("Đơn vị nhận báo cáo: Bộ Nội vụ", text(s, 1, 1));
            assertEquals("SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, "
                    + "THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG", text(s, 3, 0));
            assertEquals("Năm 2025", text(s, 4, 0));
            assertEquals(List.of("", "Mã số", "Đơn vị tính", "Số lượng"), row(s, 6));
            assertEquals(List.of("A", "B", "C", "1"), row(s, 7));
            Map<String, Row> rows = byCode(s, 8);
            assertEquals(List.of("01", "02", "03", "04", "05"), rows.keySet().stream().sorted().toList());
            assertEquals("Chia theo cơ cấu tổ chức bộ máy", text(s, 9, 0));
            assertEquals(List.of("- Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương", "02", "Vụ"), row(rows.get("02")).subList(0, 3));
            assertEquals(List.of("- Cấp phòng, ban hoặc bộ phận thuộc Vụ", "03", "Phòng"), row(rows.get("03")).subList(0, 3));
            assertEquals(List.of("- Cấp ban thuộc Sở Nội vụ", "04", "Ban"), row(rows.get("04")).subList(0, 3));
            assertEquals(List.of("- Cấp phòng thuộc Sở Nội vụ", "05", "Phòng"), row(rows.get("05")).subList(0, 3));
            long phongs = ctx.org().units().stream().filter(u -> u.name().equals("Phòng Thi đua - Khen thưởng")).count();
            assertEquals(1, phongs, "the sample Sở Nội vụ has one Phòng Thi đua - Khen thưởng");
            assertEquals(phongs, number(rows.get("05"), 3));
            assertEquals(0, number(rows.get("04"), 3), "no Ban under the sample Sở Nội vụ");
            assertEquals(phongs, number(rows.get("01"), 3));
            for (String ministry : List.of("02", "03")) {
                assertEquals(CellType.BLANK, rows.get(ministry).getCell(3).getCellType(), "row " + ministry + " is a ministry's");
                assertNotNull(rows.get(ministry).getCell(0).getCellComment(), "row " + ministry + " says why it is empty");
            }
            assertSignedAfterTheTable(s);
        }
        SampleDrift.assertSameAsCommitted(forms.resolve("bieu-0604N-2025.xlsx"), "bieu-0604N-2025.xlsx");
    }

    @Test
    void form0605CountsThePeopleOfThoseUnitsByAgeTrainingAndYearsInTheField() throws Exception {
        Unit tdkt = ctx.org().units().stream().filter(u -> u.name().equals("Phòng Thi đua - Khen thưởng")).findFirst().orElseThrow();
        LocalDate end = LocalDate.of(YEAR, 12, 31);
        List<Person> staff = ctx.people().index().all().stream().map(PersonRow::person)
                .filter(p -> p.unitId() == tdkt.id() && (p.endDate() == null || !p.endDate().isBefore(end))).toList();
        assertFalse(staff.isEmpty(), "the sample Phòng Thi đua - Khen thưởng has staff");
        try (XSSFWorkbook wb = new XSSFWorkbook(forms.resolve("bieu-0605N-2025.xlsx").toFile())) {
            XSSFSheet s = onePrintedSheet(wb, false);
            assertEquals("Biểu số: 0605.N/BNV-TĐKT", text(s, 0, 0));
            assertEquals("Đơn vị báo cáo: " + AUTHORITY, text(s, 0, 1));
            assertEquals("Đơn vị nhận báo cáo: Bộ Nội vụ", text(s, 1, 1));
            assertEquals("SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, "
                    + "THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG", text(s, 3, 0));
            assertEquals(List.of("", "Mã số", "Số lượng (Người)", ""), row(s, 6));
            assertEquals(List.of("", "", "Tổng số", "Trong đó: Nữ"), row(s, 7));
            assertEquals(List.of("A", "B", "1", "2"), row(s, 8));
            assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.formatAsString().equals("C7:D7")), "Số lượng over both");
            Map<String, Row> rows = byCode(s, 9);
            assertEquals(15, rows.size(), "rows 01–15");
            assertEquals("- Từ 30 trở xuống", text(rows.get("02"), 0));
            assertEquals("- Trên 60 tuổi", text(rows.get("07"), 0));
            assertEquals("- Sơ cấp", text(rows.get("08"), 0));
            assertEquals("- Trên đại học", text(rows.get("12"), 0));
            assertEquals("- Dưới 5 năm", text(rows.get("13"), 0));
            assertEquals("- Từ 10 năm trở lên", text(rows.get("15"), 0));
            assertEquals(staff.size(), number(rows.get("01"), 2));
            assertEquals(staff.stream().filter(p -> p.gender() == Gender.FEMALE).count(), number(rows.get("01"), 3));
            long sumAges = 0;
            for (int code = 2; code <= 7; code++) {
                sumAges += number(rows.get(String.format("%02d", code)), 2);
            }
            assertEquals(staff.size(), sumAges, "every person in one age band");
            assertEquals(count(staff, p -> YEAR - p.birthDate().getYear() >= 41 && YEAR - p.birthDate().getYear() <= 50),
                    number(rows.get("04"), 2));
            boolean levels = staff.stream().allMatch(p -> p.profile().professionalLevel() != null);
            if (!levels) {
                assertEquals(CellType.BLANK, rows.get("11").getCell(2).getCellType(), "trình độ not recorded: the unit's");
                assertNotNull(rows.get("08").getCell(0).getCellComment());
            }
            long sumYears = 0;
            for (int code = 13; code <= 15; code++) {
                sumYears += number(rows.get(String.format("%02d", code)), 2);
            }
            assertEquals(staff.size(), sumYears, "every person in one band of years in the field");
            assertSignedAfterTheTable(s);
        }
        SampleDrift.assertSameAsCommitted(forms.resolve("bieu-0605N-2025.xlsx"), "bieu-0605N-2025.xlsx");
    }

    @Test
    void form0602PrintsTheBieuAloneWithTheClerksNotesAsComments() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(forms.resolve("bieu-0602N-2025.xlsx").toFile())) {
            XSSFSheet s = onePrintedSheet(wb, true);
            assertEquals("Biểu số: 0602.N/BNV-TĐKT", text(s, 0, 0));
            assertEquals("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", text(s, 0, 1));
            assertEquals("Năm 2025", text(s, 1, 1));
            assertTrue(row(s, 0).contains("Đơn vị báo cáo: " + AUTHORITY), row(s, 0).toString());
            assertTrue(row(s, 1).contains("Đơn vị nhận báo cáo: Bộ Nội vụ"), row(s, 1).toString());
            assertEquals(List.of("Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số"), row(s, 5).subList(0, 4));
            Map<String, Row> rows = byCode(s, 9);
            assertEquals(0, number(rows.get("01"), 3), "the sample history holds no Nhà nước-level award");
            for (String clerk : List.of("02", "07", "21")) {
                assertEquals(CellType.BLANK, rows.get(clerk).getCell(3).getCellType());
                assertTrue(rows.get(clerk).getCell(0).getCellComment().getString().getString().startsWith("Ô để đơn vị điền"));
            }
            assertSignedAfterTheTable(s);
        }
        SampleDrift.assertSameAsCommitted(forms.resolve("bieu-0602N-2025.xlsx"), "bieu-0602N-2025.xlsx");
    }

    @Test
    void form0601HasTheBlocksOfEveryBieuAndCountsTheSampleMovements() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(forms.resolve("bieu-0601N-2025.xlsx").toFile())) {
            XSSFSheet s = onePrintedSheet(wb, false);
            assertEquals("Biểu số: 0601.N/BNV-TĐKT", text(s, 0, 0));
            assertEquals("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", text(s, 1, 0));
            assertEquals("SỐ PHONG TRÀO THI ĐUA", text(s, 2, 0));
            assertEquals("Năm 2025", text(s, 3, 0));
            assertEquals("Đơn vị báo cáo: " + AUTHORITY, text(s, 0, 3));
            assertEquals("Đơn vị nhận báo cáo: Bộ Nội vụ", text(s, 1, 3));
            Map<String, Row> rows = byCode(s, 6);
            assertEquals(12, rows.size(), "Mã số 01–12");
            long total = number(rows.get("01"), 2);
            assertEquals(total, number(rows.get("02"), 2) + number(rows.get("03"), 2) + number(rows.get("04"), 2)
                    + number(rows.get("05"), 2), "01 is the sum of the scopes 02–05");
            assertSignedAfterTheTable(s);
        }
        SampleDrift.assertSameAsCommitted(forms.resolve("bieu-0601N-2025.xlsx"), "bieu-0601N-2025.xlsx");
    }

    @Test
    void form0603FollowsTheTemplateRows01To17WithTheProvinceAsReportingUnit() throws Exception {
        Statistics0603 expected = ctx.decisions().reports().statistics0603(YEAR);
        try (XSSFWorkbook wb = new XSSFWorkbook(forms.resolve("bieu-0603N-2025.xlsx").toFile())) {
            XSSFSheet s = onePrintedSheet(wb, true, 1);
            assertEquals("Biểu số: 0603.N/BNV-TĐKT", text(s, 0, 0));
            assertEquals("Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo", text(s, 2, 0));
            assertEquals("Đơn vị báo cáo: " + AUTHORITY, text(s, 0, 4));
            assertEquals("Đơn vị nhận báo cáo: Bộ Nội vụ", text(s, 1, 4));
            assertEquals("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH", text(s, 3, 0));
            assertEquals("Năm 2025", text(s, 4, 0));
            Map<String, Row> rows = byCode(s, 7);
            assertEquals(17, rows.size(), "rows 01–17");
            assertEquals("Trong đó: Doanh nghiệp", text(rows.get("03"), 0));
            assertEquals("- Kháng chiến", text(rows.get("17"), 0));
            for (Statistics0603.Line line : expected.lines()) {
                if (line.section() || line.clerks()) {
                    continue;
                }
                Row r = rows.get(line.code());
                assertEquals(line.label(), text(r, 0));
                assertEquals(line.total(), number(r, 3), "Tổng số of " + line.code());
                for (int c = 0; c < line.counts().size(); c++) {
                    assertEquals(line.counts().get(c), number(r, 4 + c), "row " + line.code() + " column " + (c + 2));
                }
            }
            long persons = 0;
            for (int code = 6; code <= 10; code++) {
                persons += number(rows.get(String.format("%02d", code)), 3);
            }
            assertEquals(number(rows.get("05"), 3), persons, "05 = its five categories");
            assertEquals(number(rows.get("01"), 3), number(rows.get("02"), 3) + number(rows.get("04"), 3)
                    + number(rows.get("05"), 3), "01 = tập thể + hộ gia đình + cá nhân");
            long ways = 0;
            for (int code = 11; code <= 16; code++) {
                ways += number(rows.get(String.valueOf(code)), 3);
            }
            assertEquals(number(rows.get("01"), 3), ways, "01 = the phương thức");
            for (String clerk : List.of("03", "17")) {
                assertEquals(CellType.BLANK, rows.get(clerk).getCell(3).getCellType());
                assertTrue(rows.get(clerk).getCell(0).getCellComment().getString().getString().startsWith("Ô để đơn vị điền"));
            }
            assertSignedAfterTheTable(s);
        }
        SampleDrift.assertSameAsCommitted(forms.resolve("bieu-0603N-2025.xlsx"), "bieu-0603N-2025.xlsx");
    }

    /** The workbook is the biểu: one sheet, A4 fitted to the width, its print area set, comments not printed. */
    private static XSSFSheet onePrintedSheet(XSSFWorkbook wb, boolean landscape) {
        return onePrintedSheet(wb, landscape, 0);
    }

    /** … on {@code pages} pages high (0: as many as the rows need). */
    private static XSSFSheet onePrintedSheet(XSSFWorkbook wb, boolean landscape, int pages) {
        assertEquals(1, wb.getNumberOfSheets(), "nothing but the biểu in the workbook");
        XSSFSheet s = wb.getSheetAt(0);
        assertEquals(landscape, s.getPrintSetup().getLandscape());
        assertEquals(1, s.getPrintSetup().getFitWidth());
        assertEquals(pages, s.getPrintSetup().getFitHeight());
        assertFalse(s.getPrintSetup().getNotes(), "comments are not printed");
        assertNotNull(wb.getPrintArea(0));
        assertTrue(wb.getPrintArea(0).endsWith("$" + (s.getLastRowNum() + 1)), wb.getPrintArea(0));
        assertEquals("Trang &P / &N", s.getFooter().getCenter());
        return s;
    }

    private static void assertSignedAfterTheTable(XSSFSheet s) {
        assertEquals("NGƯỜI LẬP BIỂU", text(s, s.getLastRowNum() - 1, 0));
        assertEquals("(Ký, họ tên)", text(s, s.getLastRowNum(), 0));
        assertTrue(row(s, s.getLastRowNum() - 1).contains("THỦ TRƯỞNG ĐƠN VỊ"));
    }

    private static long count(List<Person> staff, Predicate<Person> which) {
        return staff.stream().filter(which).count();
    }

    private static Map<String, Row> byCode(XSSFSheet s, int firstBodyRow) {
        Map<String, Row> out = new HashMap<>();
        for (int r = firstBodyRow; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Cell c = row == null ? null : row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d\\d")) {
                assertNull(out.put(c.getStringCellValue(), row), "Mã số " + c.getStringCellValue() + " twice");
            }
        }
        return out;
    }

    private static long number(Row r, int col) {
        return (long) r.getCell(col).getNumericCellValue();
    }

    private static String text(XSSFSheet s, int r, int c) {
        return text(s.getRow(r), c);
    }

    private static String text(Row r, int c) {
        return r.getCell(c) == null ? "" : new DataFormatter().formatCellValue(r.getCell(c));
    }

    private static List<String> row(XSSFSheet s, int r) {
        return row(s.getRow(r));
    }

    private static List<String> row(Row r) {
        DataFormatter f = new DataFormatter();
        List<String> out = new java.util.ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            out.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
        }
        return out;
    }
}
