package vn.tdkt.export.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.export.TableFile;
import vn.tdkt.export.service.ListFileService;

/**
 * The table writing the list exports share (decision 169): RFC 4180 CSV lines, the title row in the header style,
 * the column widths, text and number cells; read back through a list written as the window's tables write theirs.
 */
class TableSheetTest {

    @TempDir
    Path dir;

    @Test
    void csvFieldsAreQuotedOnlyWhenRfc4180AsksAndNullIsEmpty() throws Exception {
        assertEquals("Sở Nội vụ", TableFile.csvField("Sở Nội vụ"));
        assertEquals("\"Hưng Yên, Việt Nam\"", TableFile.csvField("Hưng Yên, Việt Nam"));
        assertEquals("\"Phong trào \"\"Thi đua\"\"\"", TableFile.csvField("Phong trào \"Thi đua\""));
        assertEquals("\"dòng 1\ndòng 2\"", TableFile.csvField("dòng 1\ndòng 2"));
        assertEquals("\"a\rb\"", TableFile.csvField("a\rb"));
        assertEquals("", TableFile.csvField(null));
        StringWriter w = new StringWriter();
        TableFile.csvLine(w, List.of("Mã", "Tên, đơn vị", ""));
        TableFile.csvLine(w, List.of("SNV"));
        assertEquals("Mã,\"Tên, đơn vị\",\r\nSNV\r\n", w.toString());
    }

    @Test
    void aListIsWrittenWithItsTitleRowWidthsAndCells() throws Exception {
        Path xlsx = dir.resolve("ds.xlsx");
        new ListFileService().write(xlsx, "Cán bộ", List.of("Mã cán bộ", "Họ và tên"),
                List.of(List.of("CB001", "Nguyễn Văn An"), List.of("CB002", "Trần Thị Bình, phó phòng")), Progress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            Row h = s.getRow(0);
            assertEquals("Mã cán bộ", h.getCell(0).getStringCellValue());
            assertEquals("Họ và tên", h.getCell(1).getStringCellValue());
            assertTrue(wb.getFontAt(h.getCell(0).getCellStyle().getFontIndex()).getBold(), "the title row is bold");
            assertEquals("Trần Thị Bình, phó phòng", s.getRow(2).getCell(1).getStringCellValue());
            // widths: the longest text + 2 characters, at least 6 (the title "Mã cán bộ": 11 characters)
            assertEquals(11 * 256, s.getColumnWidth(0));
            assertEquals(26 * 256, s.getColumnWidth(1));
        }
        Path csv = dir.resolve("ds.csv");
        new ListFileService().write(csv, "Cán bộ", List.of("Mã cán bộ"), List.of(List.of("CB001")), Progress.NONE);
        assertEquals("\uFEFF\"Mã cán bộ\"\r\n\"CB001\"\r\n", Files.readString(csv, StandardCharsets.UTF_8));
    }

    @Test
    void cellsKeepTheirKindAndStyle() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            Sheet s = wb.createSheet("Hạn phải làm");
            Row h = TableSheet.header(s, 0, List.of("Mã phong trào", "Số ngày"), styles);
            assertEquals(styles.get(CellStyles.Style.HEADER), h.getCell(1).getCellStyle());
            Row r = s.createRow(1);
            Cell text = TableSheet.text(r, 0, null, styles.get(CellStyles.Style.CENTER));
            Cell days = TableSheet.number(r, 1, -3, styles.get(CellStyles.Style.CENTER));
            assertEquals(CellType.STRING, text.getCellType());
            assertEquals("", text.getStringCellValue());
            assertEquals(CellType.NUMERIC, days.getCellType());
            assertEquals(-3.0, days.getNumericCellValue());
            TableSheet.widths(s, 16, 10.5);
            assertEquals(16 * 256, s.getColumnWidth(0));
            assertEquals(Math.round(10.5 * 256), s.getColumnWidth(1));
        }
    }
}
