package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;

/**
 * {@code statistics --form 0602}: biểu 0602.N read back with POI (README decision 112): Nhà nước-level awards of the
 * year by column and row, a province-level award and another year left out, the clerk's cells empty (not 0), the
 * header rows repeated, the signatures after the last row, the clerk's notes as comments and the biểu the only printed
 * sheet (README decision 116). Written to ${tdkt.testOut}/forms/bieu-0602N-2025.xlsx.
 */
class Statistics0602Test {

    @TempDir
    Path tmp;

    @Test
    void countsTheStateAwardsAndLeavesTheClerksCellsEmpty() throws Exception {
        try (AppContext ctx = new AppContext(Database.open(tmp.resolve("data")))) {
            Unit so = ctx.org().saveUnit(new Unit(0, "SGD", "Sở Giáo dục và Đào tạo", null, null));
            Person director = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1970, 3, 2),
                    null, "Giám đốc Sở Giáo dục và Đào tạo", so.id(), LocalDate.of(1995, 1, 1), null));
            Person teacher = ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1980, 3, 2),
                    null, "Giáo viên", so.id(), LocalDate.of(2005, 1, 1), null));
            award(ctx, director.id(), null, "HCLD_BA", AwardFormType.CONG_TRANG, LocalDate.of(2025, 8, 20));
            award(ctx, teacher.id(), null, "BK_TTG", AwardFormType.CONG_TRANG, LocalDate.of(2025, 5, 2));
            award(ctx, teacher.id(), null, "CSTD_TQ", AwardFormType.CHUYEN_DE, LocalDate.of(2025, 11, 2));
            award(ctx, null, so.id(), "BK_TTG", AwardFormType.DOT_XUAT, LocalDate.of(2025, 6, 1));
            award(ctx, null, so.id(), "CO_TD_CP", AwardFormType.CONG_TRANG, LocalDate.of(2025, 6, 1));
            award(ctx, teacher.id(), null, "BK_TINH", AwardFormType.CONG_TRANG, LocalDate.of(2025, 6, 1));
            award(ctx, teacher.id(), null, "BK_TTG", AwardFormType.CONG_TRANG, LocalDate.of(2024, 6, 1));
        }
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms");
        Files.createDirectories(out);
        Path file = out.resolve("bieu-0602N-2025.xlsx");
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data", tmp.resolve("data").toString(), "statistics", "--form", "0602.N", "--year",
            "2025", "--out", file.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(Statistics0602XlsxWriter.SHEET);
            assertEquals("Biểu số: 0602.N/BNV-TĐKT", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(Statistics0602XlsxWriter.TITLE, s.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Năm 2025", s.getRow(1).getCell(1).getStringCellValue());
            Map<String, Integer> col = new HashMap<>();
            Row group = s.getRow(Statistics0602XlsxWriter.HEADER_ROW);
            Row award = s.getRow(Statistics0602XlsxWriter.HEADER_ROW + 1);
            Row who = s.getRow(Statistics0602XlsxWriter.HEADER_ROW + 2);
            for (int c = 4; c < who.getLastCellNum(); c++) {
                col.put(group.getCell(c).getStringCellValue() + "|" + award.getCell(c).getStringCellValue() + "|"
                        + who.getCell(c).getStringCellValue(), c);
            }
            Map<String, Row> rows = new HashMap<>();
            for (Row r : s) {
                Cell c = r.getCell(1);
                if (r.getRowNum() > Statistics0602XlsxWriter.HEADER_ROW + 3 && c != null && !c.getStringCellValue().isEmpty()) {
                    rows.put(c.getStringCellValue(), r);
                }
            }
            assertEquals(5, count(rows.get("01"), 3), "five Nhà nước-level awards in 2025");
            int hcldBa = col.get("Các loại huân chương, huy chương|Huân chương Lao động hạng Ba|Cá nhân");
            int bkTapThe = col.get("Bằng khen của Thủ tướng Chính phủ||Tập thể");
            int bkCaNhan = col.get("Bằng khen của Thủ tướng Chính phủ||Cá nhân");
            int cstd = col.get("Chiến sĩ thi đua toàn quốc||Cá nhân");
            int flag = col.get("Cờ thi đua của Chính phủ||Tập thể");
            assertEquals(1, count(rows.get("01"), hcldBa));
            assertEquals(1, count(rows.get("01"), bkTapThe));
            assertEquals(1, count(rows.get("01"), bkCaNhan), "the 2024 Bằng khen is another year's");
            assertEquals(1, count(rows.get("06"), flag));
            assertEquals(2, count(rows.get("06"), 3), "the collective's two awards");
            assertEquals(3, count(rows.get("09"), 3));
            assertEquals(1, count(rows.get("11"), hcldBa), "a Giám đốc Sở is a lãnh đạo cấp sở");
            assertEquals(2, count(rows.get("14"), 3), "the teacher works directly");
            assertEquals(1, count(rows.get("16"), cstd), "chuyên đề");
            assertEquals(1, count(rows.get("17"), bkTapThe), "đột xuất");
            for (String clerk : new String[] {"02", "07", "21"}) {
                assertEquals(CellType.BLANK, rows.get(clerk).getCell(3).getCellType(), "row " + clerk + " is the clerk's");
                assertEquals(CellType.BLANK, rows.get(clerk).getCell(flag).getCellType(), "row " + clerk + " is the clerk's");
            }
            int hcm = col.get("Giải thưởng Hồ Chí Minh||Cá nhân");
            assertEquals(CellType.BLANK, rows.get("01").getCell(hcm).getCellType(), "no such award in the catalogue");
            assertEquals(Statistics0602XlsxWriter.HEADER_ROW + 1 + ":" + (Statistics0602XlsxWriter.HEADER_ROW + 4),
                    s.getRepeatingRows().formatAsString().replace("$", ""), "the header rows repeat on every page");
            assertTrue(s.getPrintSetup().getLandscape());
            Row sign = s.getRow(s.getLastRowNum() - 1);
            assertEquals("NGƯỜI LẬP BIỂU", sign.getCell(0).getStringCellValue());
            assertEquals(1, wb.getNumberOfSheets(), "the clerk's notes are comments, not a printed sheet");
            assertEquals(Statistics0602XlsxWriter.CLERK_ROWS.get("02"), rows.get("02").getCell(0).getCellComment().getString().getString());
            assertEquals(Statistics0602XlsxWriter.CLERK_COLUMN,
                    who.getCell(hcm).getCellComment().getString().getString(), "a column the catalogue lacks says so");
            assertTrue(wb.getPrintArea(0).startsWith("'" + Statistics0602XlsxWriter.SHEET + "'!$A$1:"), wb.getPrintArea(0));
        }
    }

    private static long count(Row r, int col) {
        return (long) r.getCell(col).getNumericCellValue();
    }

    private static void award(AppContext ctx, Long person, Long unit, String kind, AwardFormType type, LocalDate date) {
        ctx.records().addAward(new Award(0, person, unit, kind, type, date.getYear(), date.getYear(), "1/QĐ", date, "Chủ tịch nước"));
    }
}
