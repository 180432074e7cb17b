package vn.tdkt.registration.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.SheetOutcome;
import vn.tdkt.registration.domain.SheetPlan;

/** The unit sheets: the template's contract, a folder of good and broken sheets, TCVN3 and VNI cells. */
class RegistrationSheetsTest {

    @TempDir
    Path tmp;

    private final Fixture f = new Fixture();
    private final RegistrationSheets sheets = f.ctx.registrationSheets();

    @AfterEach
    void close() {
        f.ctx.close();
    }

    private Path template(String unit, String name) {
        Path p = tmp.resolve(name);
        sheets.writeTemplate(unit, 2026, p);
        return p;
    }

    @Test
    void theTemplateHasTheLabelsTheHeaderAndOneRowPerMember() throws Exception {
        Path p = template("SNV", "snv.xlsx");
        try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet s = wb.getSheet("Đăng ký thi đua");
            assertEquals("Mã đơn vị", s.getRow(0).getCell(1).getStringCellValue());
            assertEquals("SNV", s.getRow(0).getCell(2).getStringCellValue());
            assertEquals("Tên đơn vị", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Sở Nội vụ", s.getRow(1).getCell(2).getStringCellValue());
            assertEquals("Năm", s.getRow(2).getCell(1).getStringCellValue());
            assertEquals("2026", s.getRow(2).getCell(2).getStringCellValue());
            assertEquals("Danh hiệu tập thể", s.getRow(3).getCell(1).getStringCellValue());
            assertEquals("", s.getRow(3).getCell(2).getStringCellValue());
            Row h = s.getRow(5);
            List<String> header = new java.util.ArrayList<>();
            for (int c = 0; c < 6; c++) {
                header.add(h.getCell(c).getStringCellValue());
            }
            assertEquals(List.of("STT", "Mã cán bộ", "Họ và tên", "Chức vụ", "Danh hiệu đăng ký", "Ghi chú"), header);
            List<String> codes = new java.util.ArrayList<>();
            for (int r = 6; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r).getCell(1) != null) {
                    codes.add(s.getRow(r).getCell(1).getStringCellValue());
                }
            }
            assertEquals(7, codes.size(), codes.toString());
            assertTrue(s.getProtect(), "protected");
            assertFalse(s.getRow(6).getCell(4).getCellStyle().getLocked(), "Danh hiệu đăng ký is open");
            assertFalse(s.getRow(3).getCell(2).getCellStyle().getLocked(), "Danh hiệu tập thể is open");
            assertTrue(s.getRow(6).getCell(2).getCellStyle().getLocked(), "names are locked");
            assertEquals(2, s.getDataValidations().size(), "two drop-downs");
            assertEquals(5, s.getRepeatingRows().getFirstRow(), "the header row repeats on every page");
        }
    }

    @Test
    void aFolderOfSheetsImportsTheGoodOnesAndRefusesTheBrokenOnesWhole() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("dot-1"));
        Path good = template("SNV", "dot-1/1-snv.xlsx");
        Fixture.fill(good, "Tập thể lao động tiên tiến", Map.of("CB01", "Lao động tiên tiến", "CB02", "CSTĐCS"));
        Path bad = template("SYT", "dot-1/2-syt.xlsx");
        Fixture.fill(bad, "Lao động tiên tiến", Map.of("CB06", "Tập thể lao động xuất sắc", "CB07", "Danh hiệu không có"));
        Path union = template("SYT", "dot-1/3-syt-cong-doan.xlsx");
        Fixture.fill(union, null, Map.of("CB06", "Công đoàn viên xuất sắc"));
        Files.writeString(folder.resolve("4-hong.xlsx"), "không phải bảng tính");
        Path stranger = template("SNV", "dot-1/5-nguoi-la.xlsx");
        addRow(stranger, "CB08", "Lao động tiên tiến");
        addRow(stranger, "CB01", "Lao động tiên tiến");
        List<SheetPlan> plans = sheets.analyze(RegistrationSheets.expand(List.of(folder)), Progress.NONE);
        assertEquals(5, plans.size());
        List<SheetOutcome> outcomes = sheets.apply(plans, "văn thư", Progress.NONE);
        assertEquals(List.of(true, false, false, false, false), outcomes.stream().map(SheetOutcome::imported).toList());
        assertEquals(7, outcomes.get(0).rows());
        assertEquals(2, outcomes.get(0).registered());
        String syt = describe(outcomes.get(1).problems());
        assertTrue(syt.contains("Sheet 'Đăng ký thi đua', dòng 4, cột 'Danh hiệu tập thể': \"Lao động tiên tiến\" là danh hiệu cá nhân"),
                syt);
        assertTrue(syt.contains("cột 'Danh hiệu đăng ký': \"Tập thể lao động xuất sắc\" là danh hiệu tập thể"), syt);
        assertTrue(syt.contains("Không có danh hiệu thi đua \"Danh hiệu không có\""), syt);
        assertTrue(describe(outcomes.get(2).problems()).contains("là danh hiệu Công đoàn"));
        assertFalse(outcomes.get(3).problems().isEmpty());
        String strangers = describe(outcomes.get(4).problems());
        assertTrue(strangers.contains("cột 'Mã cán bộ': Không có cán bộ mã \"CB08\" làm việc trong năm 2026"), strangers);
        assertTrue(strangers.contains("\"CB01\" có tên hai lần"), strangers);
        // the database holds the good file only
        List<Registration> regs = f.ctx.registrations().ofYear(2026);
        assertEquals(1, regs.size());
        assertEquals(f.snv.id(), regs.get(0).unitId());
        assertEquals("TTLDTT", regs.get(0).collectiveKind());
        assertEquals(RegistrationStatus.DA_GUI, regs.get(0).status());
        assertEquals(Map.of(f.id("CB01"), "LDTT", f.id("CB02"), "CSTDCS"), regs.get(0).entries().stream()
                .collect(Collectors.toMap(e -> e.personId(), e -> e.kindCode())));
    }

    @Test
    void reImportingReplacesTheUnitsRegistrationOfThatYear() throws Exception {
        Path first = template("SNV", "a.xlsx");
        Fixture.fill(first, null, Map.of("CB01", "Lao động tiên tiến", "CB02", "Lao động tiên tiến"));
        sheets.apply(sheets.analyze(List.of(first), Progress.NONE), "văn thư", Progress.NONE);
        Path second = template("SNV", "b.xlsx");
        Fixture.fill(second, "Tập thể lao động xuất sắc", Map.of("CB04", "Chiến sĩ thi đua cơ sở"));
        List<SheetOutcome> out = sheets.apply(sheets.analyze(List.of(second), Progress.NONE), "văn thư", Progress.NONE);
        assertTrue(out.get(0).imported());
        Registration r = f.ctx.registrations().find(f.snv.id(), 2026).orElseThrow();
        assertEquals(List.of(f.id("CB04")), r.entries().stream().map(e -> e.personId()).toList());
        assertEquals("TTLDXS", r.collectiveKind());
        assertEquals("b.xlsx", r.source());
    }

    @Test
    void cellsTypedInTcvn3OrVniAreConvertedAndListedForThePreview() throws Exception {
        Path p = template("SNV", "tcvn3.xlsx");
        Fixture.fill(p, LegacyEncoding.TCVN3.encode("Tập thể lao động tiên tiến"),
                Map.of("CB01", LegacyEncoding.TCVN3.encode("Lao động tiên tiến"),
                        "CB02", LegacyEncoding.VNI.encode("Chiến sĩ thi đua cơ sở")));
        SheetPlan plan = sheets.analyze(List.of(p), Progress.NONE).get(0);
        // TCVN3 and VNI in one file: each cell is read by the only encoding that makes Vietnamese of it
        assertTrue(plan.valid(), plan.problems().toString());
        assertEquals(3, plan.conversions().size());
        var c = plan.conversions().get(0);
        assertEquals("Đăng ký thi đua", c.sheet());
        assertEquals(4, c.row());
        assertEquals("Danh hiệu tập thể", c.column());
        assertEquals("TËp thÓ lao ®éng tiªn tiÕn", c.before());
        assertEquals("Tập thể lao động tiên tiến", c.after());
        assertEquals(LegacyEncoding.VNI, plan.conversions().get(2).encoding());
        assertEquals("TTLDTT", plan.registration().collectiveKind());
    }

    /** The "a wrong year or unit code": a unit code the office does not have, a year that is no year. */
    @Test
    void aWrongUnitCodeOrYearRefusesTheSheetWithItsLabelCell() throws Exception {
        Path unit = template("SNV", "sai-don-vi.xlsx");
        label(unit, 0, "KHONG");
        Path year = template("SNV", "sai-nam.xlsx");
        label(year, 2, "năm nay");
        Fixture.fill(year, null, Map.of("CB01", "Lao động tiên tiến"));
        List<SheetOutcome> out = sheets.apply(sheets.analyze(List.of(unit, year), Progress.NONE), "văn thư", Progress.NONE);
        assertEquals(List.of(false, false), out.stream().map(SheetOutcome::imported).toList());
        assertEquals("Sheet 'Đăng ký thi đua', dòng 1, cột 'Mã đơn vị': Không có đơn vị mã \"KHONG\".",
                describe(out.get(0).problems()));
        assertEquals("Sheet 'Đăng ký thi đua', dòng 3, cột 'Năm': Năm \"năm nay\" không hợp lệ (ghi bốn chữ số, ví dụ 2026).",
                describe(out.get(1).problems()));
        assertTrue(f.ctx.registrations().ofYear(2026).isEmpty());
    }

    /** Writes the value cell (column C) of a label row of the sheet's head. */
    private static void label(Path file, int row, String value) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        wb.getSheetAt(0).getRow(row).getCell(2).setCellValue(value);
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::describe).collect(Collectors.joining("\n"));
    }

    private static void addRow(Path file, String code, String title) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheetAt(0);
        Row r = s.createRow(s.getLastRowNum() + 1);
        r.createCell(1).setCellValue(code);
        r.createCell(4).setCellValue(title);
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
