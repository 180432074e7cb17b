package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Golden content of biểu 0603.N (README decision 148): on known decisions, every row 01–17 and column read back with POI,
 * the totals as values, the unit's rows empty with a comment, the reporting units filled, the signatures, one printed
 * sheet.
 */
class Statistics0603XlsxWriterTest {

    private final DecisionFixture f = new DecisionFixture();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void rowsFollowTheTemplateOfTt02AndCountTheKnownDecisions() throws Exception {
        // 15/QĐ-UBND (thường xuyên): Bằng khen to a collective, a Phó Giám đốc Sở, a chuyên viên, a household
        f.decisions.drafting().record(DecisionFixture.draft("15/QĐ-UBND", LocalDate.of(2026, 1, 20),
                RecipientDraft.unit(f.phongTdkt.id(), "BK_TINH"),
                RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.person(f.binh.id(), "BK_TINH"),
                RecipientDraft.household("Hộ ông Đỗ Văn Hải", "Thôn Đông", "BK_TINH")));
        // 20/QĐ-UBND (đột xuất): a second Bằng khen to the chuyên viên
        f.decisions.drafting().record(new DecisionDraft(DecisionFixture.info("20/QĐ-UBND", LocalDate.of(2026, 3, 2),
                AwardFormType.DOT_XUAT, 2026, 2026), List.of(RecipientDraft.person(f.binh.id(), "BK_TINH"))));
        // another year: not counted
        f.decisions.drafting().record(DecisionFixture.draft("99/QĐ-UBND", LocalDate.of(2025, 12, 30),
                RecipientDraft.person(f.an.id(), "BK_TINH")));
        Path out = dir.resolve("0603.xlsx");
        f.decisions.reports().writeStatistics0603(2026, ReportingUnits.ofAuthority("Ủy ban nhân dân tỉnh Hưng Yên"), out,
                Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Biểu số: 0603.N/BNV-TĐKT", text(s, 0, 0));
            assertEquals("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", text(s, 1, 0));
            assertEquals("Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo", text(s, 2, 0));
            assertEquals("Đơn vị báo cáo: Ủy ban nhân dân tỉnh Hưng Yên", text(s, 0, 4));
            assertEquals("Đơn vị nhận báo cáo: Bộ Nội vụ", text(s, 1, 4));
            assertEquals(Statistics0603XlsxWriter.TITLE, text(s, 3, 0));
            assertEquals("Năm 2026", text(s, 4, 0));
            assertEquals(List.of("Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số", "Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
                    "Cờ thi đua", "Huy hiệu (Kỷ niệm chương)"), row(s.getRow(5)));
            assertEquals(List.of("A", "B", "C", "1=2+3+4+5", "2", "3", "4", "5"), row(s.getRow(6)));
            Map<String, Row> rows = byCode(s);
            assertEquals(17, rows.size(), "rows 01–17");
            Object[][] expected = {
                {"01", "Tổng số", "Lượt", 5L},
                {"02", "- Tập thể", "Tập thể", 1L},
                {"03", "Trong đó: Doanh nghiệp", "Doanh nghiệp", null},
                {"04", "- Hộ gia đình", "Hộ", 1L},
                {"05", "- Cá nhân", "Người", 3L},
                {"06", "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "Người", 0L},
                {"07", "+ Lãnh đạo cấp vụ, sở, ngành và tương đương", "Người", 1L},
                {"08", "+ Doanh nhân", "Người", 0L},
                {"09", "+ Các cấp lãnh đạo khác từ phó phòng trở lên", "Người", 0L},
                {"10", "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, …)",
                    "Người", 2L},
                {"11", "- Thường xuyên", "Lượt", 4L},
                {"12", "- Chuyên đề", "Lượt", 0L},
                {"13", "- Đột xuất", "Lượt", 1L},
                {"14", "- Đối ngoại", "Lượt", 0L},
                {"15", "- Cống hiến", "Lượt", 0L},
                {"16", "- Niên hạn", "Lượt", 0L},
                {"17", "- Kháng chiến", "Lượt", null},
            };
            for (Object[] e : expected) {
                Row r = rows.get((String) e[0]);
                assertEquals(e[1], text(r, 0), "label of " + e[0]);
                assertEquals(e[2], text(r, 2), "đơn vị tính of " + e[0]);
                if (e[3] == null) {
                    for (int c = 3; c <= 7; c++) {
                        assertEquals(CellType.BLANK, r.getCell(c).getCellType(), "row " + e[0] + " is the unit's");
                    }
                    assertTrue(r.getCell(0).getCellComment().getString().getString().startsWith("Ô để đơn vị điền"));
                } else {
                    assertEquals(CellType.NUMERIC, r.getCell(3).getCellType());
                    assertEquals((long) e[3], number(r, 3), "Tổng số of " + e[0]);
                    assertEquals((long) e[3], number(r, 4), "Bằng khen of " + e[0]);
                    for (int c = 5; c <= 7; c++) {
                        assertEquals(0, number(r, c), "row " + e[0] + " column " + c);
                    }
                }
            }
            assertEquals("1. Chia theo đối tượng khen thưởng", text(s, rows.get("02").getRowNum() - 1, 0));
            assertEquals("2. Chia theo phương thức khen thưởng", text(s, rows.get("11").getRowNum() - 1, 0));
            long persons = 0;
            for (int c = 6; c <= 10; c++) {
                persons += number(rows.get(String.format("%02d", c)), 3);
            }
            assertEquals(number(rows.get("05"), 3), persons, "05 is the sum of its five categories");
            assertEquals(number(rows.get("01"), 3), number(rows.get("02"), 3) + number(rows.get("04"), 3)
                    + number(rows.get("05"), 3), "01 = tập thể + hộ gia đình + cá nhân");
            long ways = 0;
            for (int c = 11; c <= 16; c++) {
                ways += number(rows.get(String.valueOf(c)), 3);
            }
            assertEquals(number(rows.get("01"), 3), ways, "01 = the sum of the phương thức");
            assertEquals("NGƯỜI LẬP BIỂU", text(s, s.getLastRowNum() - 1, 0));
            assertEquals("THỦ TRƯỞNG ĐƠN VỊ", text(s, s.getLastRowNum() - 1, 4));
            assertEquals("(Ký, họ tên, đóng dấu)", text(s, s.getLastRowNum(), 4));
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(1, s.getPrintSetup().getFitHeight(), "one page: the signatures never alone on a second one");
            assertFalse(s.getPrintSetup().getNotes(), "comments are not printed");
            assertNotNull(wb.getPrintArea(0));
            assertTrue(wb.getPrintArea(0).endsWith("$" + (s.getLastRowNum() + 1)), wb.getPrintArea(0));
            assertEquals(CellRangeAddress.valueOf("6:7"), s.getRepeatingRows());
        }
    }

    @Test
    void unitsNotConfiguredLeaveTheDottedLines() throws Exception {
        Path out = dir.resolve("0603.xlsx");
        f.decisions.reports().writeStatistics0603(2026, ReportingUnits.UNKNOWN, out, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Đơn vị báo cáo: ……", text(s, 0, 4));
            assertEquals("Đơn vị nhận báo cáo: ……", text(s, 1, 4));
            assertEquals(0, number(byCode(s).get("01"), 3));
        }
    }

    private static Map<String, Row> byCode(XSSFSheet s) {
        Map<String, Row> out = new HashMap<>();
        for (int r = Statistics0603XlsxWriter.HEADER_ROW + 2; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Cell c = row == null ? null : row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d\\d")) {
                out.put(c.getStringCellValue(), row);
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
        return r == null || r.getCell(c) == null ? "" : new DataFormatter().formatCellValue(r.getCell(c));
    }

    private static List<String> row(Row r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            out.add(text(r, c));
        }
        return out;
    }
}
