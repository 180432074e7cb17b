package vn.tdkt.decision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.service.RecordService;

class AwardListCommandTest {

    private final Database db = Database.inMemory();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        db.close();
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new AwardListCommand(() -> db));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void writesTheListOfAnImportedDecisionWithAmountsAndTotal() throws Exception {
        OrgService org = new OrgService(db);
        RecordService records = new RecordService(db, new CatalogueService(db));
        Unit a = org.saveUnit(new Unit(0, "A", "Trường THPT Hưng Yên", null, null));
        Unit b = org.saveUnit(new Unit(0, "B", "Bệnh viện Đa khoa tỉnh", null, null));
        for (Unit u : new Unit[] {a, b}) {
            records.addAward(new Award(0, null, u.id(), "TTLDXS", AwardFormType.CONG_TRANG, 2025, 2025, "12/QĐ-UBND",
                    LocalDate.of(2026, 7, 2), "Chủ tịch Ủy ban nhân dân tỉnh"));
        }
        Path file = dir.resolve("ds.xlsx");
        assertEquals(0, run("--decision", "12/QĐ-UBND", "--out", file.toString()));
        assertTrue(out.toString().contains("2 dòng, tổng cộng 7.600.000 đ"), out.toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Trường THPT Hưng Yên", s.getRow(7).getCell(1).getStringCellValue());
            assertEquals(3_800_000, s.getRow(7).getCell(5).getNumericCellValue());
            assertEquals(7_600_000, s.getRow(9).getCell(5).getNumericCellValue());
        }
    }

    @Test
    void unknownDecisionExitsWithTwoAndAVietnameseMessage() {
        Path file = dir.resolve("none.xlsx");
        assertEquals(2, run("--decision", "404/QĐ-UBND", "--out", file.toString()));
        assertEquals("Không tìm thấy quyết định số \"404/QĐ-UBND\" trong quá trình khen thưởng.", err.toString().trim());
        assertFalse(Files.exists(file));
    }

    @Test
    void missingOptionIsAUsageError() {
        assertEquals(2, run("--decision", "1/QĐ-UBND"));
        assertTrue(err.toString().contains("--out"), err.toString());
    }

    /** The case: "16/QĐ-SNV" of 2023 and of 2025 are two decisions (numbers restart every year). */
    private void twoDecisionsNumbered16() {
        OrgService org = new OrgService(db);
        RecordService records = new RecordService(db, new CatalogueService(db));
        Unit a = org.saveUnit(new Unit(0, "A", "Trường THPT Hưng Yên", null, null));
        Unit b = org.saveUnit(new Unit(0, "B", "Bệnh viện Đa khoa tỉnh", null, null));
        records.addAward(new Award(0, null, a.id(), "TTLDXS", AwardFormType.CONG_TRANG, 2022, 2022, "16/QĐ-SNV",
                LocalDate.of(2023, 1, 10), "Giám đốc Sở Nội vụ"));
        records.addAward(new Award(0, null, b.id(), "TTLDXS", AwardFormType.CONG_TRANG, 2022, 2022, "16/QĐ-SNV",
                LocalDate.of(2023, 1, 10), "Giám đốc Sở Nội vụ"));
        records.addAward(new Award(0, null, a.id(), "TTLDTT", AwardFormType.CONG_TRANG, 2024, 2024, "16/QĐ-SNV",
                LocalDate.of(2025, 1, 8), "Giám đốc Sở Nội vụ"));
    }

    @Test
    void aNumberOfTwoDecisionsWithoutADateExitsWithTwoAndListsBothWithTheirDates() {
        twoDecisionsNumbered16();
        Path file = dir.resolve("ds.xlsx");
        assertEquals(2, run("--decision", "16/QĐ-SNV", "--out", file.toString()));
        assertEquals("Số quyết định 16/QĐ-SNV có 2 quyết định khác ngày; ghi thêm ngày quyết định (--date dd/MM/yyyy) "
                + "để chọn một:\n- ngày 10/01/2023: Giám đốc Sở Nội vụ (2 dòng)\n- ngày 08/01/2025: Giám đốc Sở Nội vụ (1 dòng)",
                err.toString().trim().replace("\r\n", "\n"));
        assertFalse(Files.exists(file));
    }

    @Test
    void theDateChoosesOneOfTheDecisionsOfANumber() throws Exception {
        twoDecisionsNumbered16();
        Path file = dir.resolve("ds2025.xlsx");
        assertEquals(0, run("--decision", "16/QĐ-SNV", "--date", "08/01/2025", "--out", file.toString()));
        assertTrue(out.toString().contains("1 dòng, tổng cộng 1.880.000 đ"), out.toString());
        Path old = dir.resolve("ds2023.xlsx");
        assertEquals(0, run("--decision", "16/QĐ-SNV", "--date", "10/01/2023", "--out", old.toString()));
        assertTrue(out.toString().contains("2 dòng, tổng cộng 4.480.000 đ"), out.toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(old.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Trường THPT Hưng Yên", s.getRow(7).getCell(1).getStringCellValue());
            assertEquals("Bệnh viện Đa khoa tỉnh", s.getRow(8).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aDateOfNoDecisionOfThatNumberOrAMalformedDateExitsWithTwo() {
        twoDecisionsNumbered16();
        assertEquals(2, run("--decision", "16/QĐ-SNV", "--date", "09/01/2025", "--out", dir.resolve("x.xlsx").toString()));
        assertTrue(err.toString().contains("Không tìm thấy quyết định số \"16/QĐ-SNV\" ngày 09/01/2025"), err.toString());
        assertEquals(2, run("--decision", "16/QĐ-SNV", "--date", "31/02/2025", "--out", dir.resolve("y.xlsx").toString()));
        assertTrue(err.toString().contains("Tham số --date: ngày \"31/02/2025\" không hợp lệ"), err.toString());
    }
}
