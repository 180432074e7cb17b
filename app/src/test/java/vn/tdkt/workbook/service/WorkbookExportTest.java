package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.ImportResult;
import vn.tdkt.workbook.domain.WorkbookLayout;

class WorkbookExportTest {

    private static final List<String> SHEET_ORDER = List.of("Hướng dẫn", "Đơn vị", "Cán bộ", "Kết quả đánh giá",
            "Kỷ luật", "Sáng kiến", "Khen thưởng", "Trưởng khối", "Phong trào", "Mốc thời gian", "Danh mục");

    @Test
    void exportImportExportGivesTheSameWorkbook() throws IOException {
        Path first = TestWorkbooks.out("roundtrip-1.xlsx");
        Path second = TestWorkbooks.out("roundtrip-2.xlsx");
        try (Database db = Database.inMemory()) {
            WorkbookService s = new WorkbookService(db);
            s.importFile(TestWorkbooks.base().write(TestWorkbooks.out("roundtrip-base.xlsx")), Progress.NONE);
            s.exportTo(first, Progress.NONE);
        }
        try (Database empty = Database.inMemory()) {
            WorkbookService s = new WorkbookService(empty);
            ImportResult r = s.importFile(first, Progress.NONE);
            assertEquals(4, r.counts().get(1).inserted());
            s.exportTo(second, Progress.NONE);
        }
        Map<String, List<List<String>>> a = TestWorkbooks.cells(first);
        Map<String, List<List<String>>> b = TestWorkbooks.cells(second);
        assertEquals(SHEET_ORDER, List.copyOf(a.keySet()));
        assertEquals(a, b);
        assertEquals(List.of("STRING:CB002", "STRING:Trần Thị Bình", "STRING:Nữ", "NUMERIC:20/07/1985",
                "STRING:001185000002", "STRING:Chuyên viên", "STRING:TC", "NUMERIC:01/09/2010"), a.get("Cán bộ").get(3));
        assertEquals(List.of("STRING:CB001", "", "NUMERIC:2024", "STRING:HTTNV"), a.get("Kết quả đánh giá").get(2));
        assertEquals(List.of("STRING:CB002", "", "STRING:Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "STRING:Công trạng", "STRING:2021-2025", "STRING:300/QĐ-UBND", "NUMERIC:10/01/2025",
                "STRING:Chủ tịch UBND tỉnh"), a.get("Khen thưởng").get(2));
        assertEquals(List.of("STRING:CB002", "STRING:Nghiên cứu văn hóa đọc", "STRING:Tỉnh", "NUMERIC:2024", "", "",
                "STRING:Đề tài khoa học"), a.get("Sáng kiến").get(2));
        assertEquals(List.of("STRING:Khối tham mưu", "NUMERIC:2024", "STRING:VP"), a.get("Trưởng khối").get(1));
    }

    @Test
    void exportIsFormattedForReadingAndPrinting() throws IOException {
        Path file = TestWorkbooks.out("export-format.xlsx");
        try (Database db = Database.inMemory()) {
            WorkbookService s = new WorkbookService(db);
            s.importFile(TestWorkbooks.base().write(TestWorkbooks.out("export-format-base.xlsx")), Progress.NONE);
            s.exportTo(file, Progress.NONE);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.isSheetHidden(wb.getSheetIndex(WorkbookLayout.LISTS)));
            for (WorkbookLayout.SheetSpec spec : WorkbookLayout.SHEETS) {
                XSSFSheet sheet = wb.getSheet(spec.name());
                Row header = sheet.getRow(0);
                assertEquals(spec.columns().stream().map(WorkbookLayout.Column::header).toList(),
                        IntStream.range(0, header.getLastCellNum()).mapToObj(i -> header.getCell(i).getStringCellValue())
                                .toList());
                assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
                assertTrue(sheet.getPrintSetup().getLandscape());
                assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
                assertEquals(spec.columns().get(0).width() * 256, sheet.getColumnWidth(0));
            }
            XSSFCell birth = wb.getSheet("Cán bộ").getRow(2).getCell(3);
            assertEquals(CellType.NUMERIC, birth.getCellType());
            assertEquals("dd/mm/yyyy", birth.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void templateHasInstructionsDropDownsAndImportsEmpty() throws IOException {
        Path file = TestWorkbooks.out("template.xlsx");
        try (Database db = Database.inMemory()) {
            WorkbookService s = new WorkbookService(db);
            s.writeTemplate(file);
            ImportResult r = s.importFile(file, Progress.NONE);
            assertEquals(7, r.counts().size());
            assertTrue(r.counts().stream().allMatch(c -> c.total() == 0));
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertEquals(SHEET_ORDER, IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
                String guide = TestWorkbooks.cells(file).get(WorkbookLayout.GUIDE).stream().flatMap(List::stream)
                        .collect(Collectors.joining("\n"));
                for (AwardKind k : new CatalogueService(db).catalogue().kinds()) {
                    assertTrue(guide.contains(k.name()), k.name());
                }
                for (RatingLevel l : RatingLevel.values()) {
                    assertTrue(guide.contains(l.name() + " (" + l.label() + ")"), l.name());
                }
                for (DisciplineForm f : DisciplineForm.values()) {
                    assertTrue(guide.contains(f.label()), f.label());
                }
                for (InitiativeScope sc : InitiativeScope.values()) {
                    assertTrue(guide.contains(sc.label()), sc.label());
                }
                for (AwardFormType t : AwardFormType.values()) {
                    assertTrue(guide.contains(t.label()), t.label());
                }
                assertTrue(guide.contains("STRING:Ngày sinh\nSTRING:Không bắt buộc\nSTRING:Ngày của Excel hoặc chữ "
                        + "dạng dd/MM/yyyy"), guide);
                for (vn.tdkt.org.domain.UnitType t : vn.tdkt.org.domain.UnitType.values()) {
                    assertTrue(guide.contains(t.label()), t.label());
                }
                // Đơn vị: the drop-down of Loại hình đơn vị (decision 140)
                assertEquals(Map.of("Đơn vị", 1, "Cán bộ", 1, "Kết quả đánh giá", 1, "Kỷ luật", 1, "Sáng kiến", 2,
                        "Khen thưởng", 2, "Trưởng khối", 0), WorkbookLayout.SHEETS.stream().collect(Collectors.toMap(
                        WorkbookLayout.SheetSpec::name, sp -> wb.getSheet(sp.name()).getDataValidations().size())));
                // print-ready (#13): one page wide, the title tall enough for its capitals' marks, the notes across the
                // four columns, every wrapped explanation as tall as its lines (they overlapped when printed)
                XSSFSheet g = wb.getSheet(WorkbookLayout.GUIDE);
                assertTrue(g.getFitToPage());
                assertEquals(1, g.getPrintSetup().getFitWidth());
                assertTrue(g.getRow(0).getHeightInPoints() >= 24, "the title's row");
                assertTrue(g.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 1 && m.getLastColumn() == 3));
                int tall = 0;
                for (Row row : g) {
                    if (row.getCell(3) == null || row.getCell(3).getCellType() != CellType.STRING) {
                        continue;
                    }
                    int lines = vn.tdkt.export.excel.TextFit.lines(row.getCell(3).getStringCellValue(),
                            g.getColumnWidth(3) / 256.0);
                    if (lines > 1) {
                        tall++;
                        assertTrue(row.getHeightInPoints() >= vn.tdkt.export.excel.TextFit.height(lines) - 0.01,
                                "row " + (row.getRowNum() + 1) + " holds " + lines + " lines");
                    }
                }
                assertTrue(tall > 3, "explanations of several lines: " + tall);
                DataValidation gender = wb.getSheet("Cán bộ").getDataValidations().get(0);
                assertEquals("'Danh mục'!$A$2:$A$3", gender.getValidationConstraint().getFormula1());
                assertEquals(2, gender.getRegions().getCellRangeAddress(0).getFirstColumn());
                assertFalse(wb.getSheet("Cán bộ").getRow(0).getCell(0).getStringCellValue().isBlank());
            }
        }
    }
}
