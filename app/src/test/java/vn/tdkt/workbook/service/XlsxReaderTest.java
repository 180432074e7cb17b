package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.workbook.TestWorkbooks;

class XlsxReaderTest {

    /** Reads every sheet into rowNumber → cells. */
    private static Map<String, Map<Integer, XlsxCell[]>> readAll(Path file) {
        Map<String, Map<Integer, XlsxCell[]>> out = new LinkedHashMap<>();
        XlsxReader.read(file, name -> {
            Map<Integer, XlsxCell[]> rows = new LinkedHashMap<>();
            out.put(name, rows);
            return rows::put;
        });
        return out;
    }

    private static Path write(Workbook wb, String name) throws IOException {
        Path file = TestWorkbooks.out(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static void fill(Workbook wb) {
        CellStyle builtinDate = wb.createCellStyle();
        builtinDate.setDataFormat((short) 14);
        CellStyle customDate = wb.createCellStyle();
        customDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        CellStyle decimals = wb.createCellStyle();
        decimals.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        Sheet s = wb.createSheet("Dữ liệu");
        Row r = s.createRow(0);
        r.createCell(0).setCellValue("  " + Normalizer.normalize("Nguyễn  Văn Ân", Normalizer.Form.NFD) + " ");
        r.createCell(1).setCellValue(2024);
        r.createCell(2).setCellValue(1.5);
        r.createCell(3).setCellValue(LocalDate.of(2024, 9, 5));
        r.getCell(3).setCellStyle(builtinDate);
        r.createCell(4).setCellValue(LocalDate.of(1999, 12, 31).atTime(8, 30));
        r.getCell(4).setCellStyle(customDate);
        r.createCell(5).setCellValue("05/09/2024");
        r.createCell(6).setCellValue(true);
        r.createCell(7).setCellValue(1185000002d);
        r.createCell(8).setCellValue(123456789012d);
        r.createCell(9).setCellValue(1234.5);
        r.getCell(9).setCellStyle(decimals);
        Row sparse = s.createRow(4);
        sparse.createCell(4).setCellValue("chỉ cột E");
        sparse.createCell(1).setCellValue("   ");
    }

    private static void assertTypedCells(Map<Integer, XlsxCell[]> rows) {
        XlsxCell[] r = rows.get(1);
        assertEquals(new XlsxCell(XlsxCell.Kind.TEXT, "Nguyễn Văn Ân", 0, null), r[0]);
        assertTrue(Normalizer.isNormalized(r[0].text(), Normalizer.Form.NFC));
        assertEquals(XlsxCell.Kind.NUMBER, r[1].kind());
        assertEquals("2024", r[1].text());
        assertTrue(r[1].isWholeNumber());
        assertEquals("1.5", r[2].text());
        assertEquals(XlsxCell.Kind.DATE, r[3].kind());
        assertEquals(LocalDate.of(2024, 9, 5), r[3].date());
        assertEquals("05/09/2024", r[3].text());
        assertEquals(LocalDate.of(1999, 12, 31), r[4].date());
        assertEquals(new XlsxCell(XlsxCell.Kind.TEXT, "05/09/2024", 0, null), r[5]);
        assertEquals(XlsxCell.Kind.BOOLEAN, r[6].kind());
        assertEquals("TRUE", r[6].text());
        assertEquals("1185000002", r[7].text());
        assertEquals(XlsxCell.Kind.NUMBER, r[7].kind());
        assertEquals("123456789012", r[8].text());
        assertEquals(XlsxCell.Kind.NUMBER, r[9].kind(), "a number format that is no date stays a number");
        assertEquals("1234.5", r[9].text());
        XlsxCell[] sparse = rows.get(5);
        assertEquals(5, sparse.length);
        assertNull(sparse[0]);
        assertNull(sparse[1], "a cell of spaces is empty");
        assertEquals("chỉ cột E", sparse[4].text());
        assertEquals(List.of(1, 5), new ArrayList<>(rows.keySet()), "rows keep their Excel numbers");
    }

    @Test
    void readsTypedCellsFromSharedStrings() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            file = write(wb, "reader-shared.xlsx");
        }
        assertTypedCells(readAll(file).get("Dữ liệu"));
    }

    @Test
    void readsTypedCellsFromInlineStrings() throws IOException {
        Path file;
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            fill(wb);
            file = write(wb, "reader-inline.xlsx");
        }
        assertTypedCells(readAll(file).get("Dữ liệu"));
    }

    @Test
    void readsCachedFormulaResults() throws IOException {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row r = wb.createSheet("S").createRow(0);
            r.createCell(0).setCellFormula("\"Trần \"&\"Thị\"");
            r.createCell(1).setCellFormula("2000+24");
            r.createCell(2).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            file = write(wb, "reader-formula.xlsx");
        }
        XlsxCell[] r = readAll(file).get("S").get(1);
        assertEquals("Trần Thị", r[0].text());
        assertEquals(XlsxCell.Kind.TEXT, r[0].kind());
        assertEquals("2024", r[1].text());
        assertEquals(XlsxCell.Kind.ERROR, r[2].kind());
        assertEquals("#DIV/0!", r[2].text());
    }

    @Test
    void skippedSheetsAreNotParsedAndCancellationStopsReading() throws IOException {
        Path file = TestWorkbooks.base().write(TestWorkbooks.out("reader-base.xlsx"));
        List<String> names = new ArrayList<>();
        XlsxReader.read(file, name -> {
            names.add(name);
            return null;
        });
        assertEquals(List.of("Hướng dẫn", "Đơn vị", "Cán bộ", "Kết quả đánh giá", "Kỷ luật", "Sáng kiến",
                "Khen thưởng", "Trưởng khối"), names);
        assertThrows(CancelledException.class, () -> XlsxReader.read(file, name -> (row, cells) -> {
            throw new CancelledException();
        }));
    }
}
