package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.decision.domain.RecipientDraft;

class Statistics0603XlsxWriterTest {

    private final DecisionFixture f = new DecisionFixture();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void bieuHasItsHeaderColumnsAndCountsAsValues() throws Exception {
        f.decisions.drafting().record(DecisionFixture.draft("15/QĐ-UBND", LocalDate.of(2026, 1, 20),
                RecipientDraft.unit(f.phongTdkt.id(), "BK_TINH"),
                RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.person(f.binh.id(), "BK_TINH"),
                RecipientDraft.household("Hộ ông Đỗ Văn Hải", "Thôn Đông", "BK_TINH")));
        Path out = dir.resolve("0603.xlsx");
        f.decisions.reports().writeStatistics0603(2026, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Biểu số: 0603.N/BNV-TĐKT", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(Statistics0603XlsxWriter.TITLE, s.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Năm 2026", s.getRow(1).getCell(1).getStringCellValue());
            List<String> header = new ArrayList<>();
            s.getRow(6).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số", "Bằng khen", "Chiến sĩ thi đua cấp tỉnh",
                    "Cờ thi đua", "Huy hiệu (Kỷ niệm chương)"), header);
            assertEquals("1=2+3+4+5", s.getRow(7).getCell(3).getStringCellValue());
            Row total = s.getRow(8);
            assertEquals("Tổng số", total.getCell(0).getStringCellValue());
            assertEquals("01", total.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, total.getCell(3).getCellType());
            assertEquals(4, total.getCell(3).getNumericCellValue());
            assertEquals(4, total.getCell(4).getNumericCellValue());
            assertEquals(0, total.getCell(5).getNumericCellValue());
            assertEquals("I. Chia theo đối tượng", s.getRow(9).getCell(0).getStringCellValue());
            assertEquals("1. Tập thể", s.getRow(10).getCell(0).getStringCellValue());
            assertEquals(1, s.getRow(10).getCell(3).getNumericCellValue());
            assertEquals("2. Hộ gia đình", s.getRow(11).getCell(0).getStringCellValue());
            assertEquals(1, s.getRow(11).getCell(3).getNumericCellValue());
            assertEquals("- Lãnh đạo, quản lý", s.getRow(13).getCell(0).getStringCellValue());
            assertEquals(1, s.getRow(13).getCell(3).getNumericCellValue());
            assertEquals(1, s.getRow(14).getCell(3).getNumericCellValue());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(CellRangeAddress.valueOf("7:8"), s.getRepeatingRows());
        }
    }
}
