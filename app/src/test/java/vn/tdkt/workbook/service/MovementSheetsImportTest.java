package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.workbook.domain.ImportPlan;

/** The two optional sheets Phong trào and Mốc thời gian: the good file, a re-import, the export and the bad cases. */
class MovementSheetsImportTest {

    @TempDir
    Path tmp;
    private Database db;
    private WorkbookService service;

    @BeforeEach
    void open() {
        db = Database.inMemory();
        service = new WorkbookService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static final String[] UNITS = {"Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua"};
    private static final String[] PEOPLE = {"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
            "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác"};

    private Path file(String name, Object[][] movements, Object[][] milestones) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "Đơn vị", UNITS, new Object[][] {{"UBND", "UBND tỉnh Hưng Yên", null, null},
                    {"SKHCN", "Sở Khoa học và Công nghệ", null, null}, {"SNV", "Sở Nội vụ", null, null}});
            sheet(wb, "Cán bộ", PEOPLE, new Object[0][]);
            sheet(wb, MovementSheets.MOVEMENTS, MovementSheets.MOVEMENT_HEADERS.toArray(String[]::new), movements);
            if (milestones != null) {
                sheet(wb, MovementSheets.MILESTONES, MovementSheets.MILESTONE_HEADERS.toArray(String[]::new), milestones);
            }
            Path f = tmp.resolve(name);
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
            return f;
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, String[] headers, Object[][] rows) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c].toString());
                }
            }
        }
    }

    private static final Object[] PROVINCE = {"KH90", "Tuyên truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến "
            + "giai đoạn 2021-2025", "Chuyên đề", "Tỉnh", "90/KH-UBND", "11/06/2021", null, "11/06/2021", "31/12/2025", "SNV"};
    private static final Object[] DEPT = {"KH34", "Tuyên truyền phong trào thi đua yêu nước giai đoạn 2021-2025 của Sở",
            "Chuyên đề", "Cơ quan, đơn vị", "34/KH-SKHCN", "16/09/2021", "KH90", "16/09/2021", "31/12/2025", "SKHCN"};

    /** Sheet Phong trào with the optional issuer and signer columns after the ten (decision 160). */
    private Path signedFile(String name, Object[][] movements) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "Đơn vị", UNITS, new Object[][] {{"SNV", "Sở Nội vụ", null, null}});
            sheet(wb, "Cán bộ", PEOPLE, new Object[0][]);
            java.util.List<String> headers = new java.util.ArrayList<>(MovementSheets.MOVEMENT_HEADERS);
            headers.addAll(MovementSheets.MOVEMENT_OPTIONAL);
            sheet(wb, MovementSheets.MOVEMENTS, headers.toArray(String[]::new), movements);
            Path f = tmp.resolve(name);
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
            return f;
        }
    }

    @Test
    void theOptionalIssuerAndSignerColumnsAreReadKeptWhenAbsentAndExported() throws IOException {
        Object[] signed = {"KH15", "Phát động phong trào thi đua năm 2026", "Thường xuyên", "Cơ quan, đơn vị", "15/KH-SNV",
                "20/01/2026", null, "01/01/2026", "31/12/2026", "SNV", "UBND tỉnh Hưng Yên", "Sở Nội vụ", "Hưng Yên",
                "KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn An"};
        service.importFile(signedFile("signed.xlsx", new Object[][] {signed}), Progress.NONE);
        MovementRepository repo = new MovementRepository();
        Movement m = repo.byCode(db.dsl(), "KH15").orElseThrow();
        assertEquals("UBND tỉnh Hưng Yên", m.authorityParent());
        assertEquals("Sở Nội vụ", m.authority());
        assertEquals("Hưng Yên", m.place());
        assertEquals("KT. Giám đốc", m.signerAuthority());
        assertEquals("Phó Giám đốc", m.signerTitle());
        assertEquals("Nguyễn Văn An", m.signerName());

        Object[] plain = java.util.Arrays.copyOf(signed, 10);
        plain[1] = "Phát động phong trào thi đua năm 2026 của Sở";
        service.importFile(file("plain.xlsx", new Object[][] {plain}, null), Progress.NONE);
        m = repo.byCode(db.dsl(), "KH15").orElseThrow();
        assertEquals("Phát động phong trào thi đua năm 2026 của Sở", m.name(), "the ten columns updated");
        assertEquals("Sở Nội vụ", m.authority(), "a file without the columns keeps the issuer");
        assertEquals("Nguyễn Văn An", m.signerName(), "and the signer");

        Path out = tmp.resolve("export-signed.xlsx");
        service.exportTo(out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MovementSheets.MOVEMENTS);
            assertEquals(MovementSheets.SIGNER_NAME, s.getRow(0).getCell(15).getStringCellValue());
            assertEquals("Sở Nội vụ", s.getRow(1).getCell(11).getStringCellValue());
            assertEquals("Nguyễn Văn An", s.getRow(1).getCell(15).getStringCellValue());
        }

        Object[] cleared = signed.clone();
        cleared[13] = null;
        cleared[14] = null;
        cleared[15] = null;
        service.importFile(signedFile("cleared.xlsx", new Object[][] {cleared}), Progress.NONE);
        m = repo.byCode(db.dsl(), "KH15").orElseThrow();
        assertEquals(null, m.signerName(), "an empty cell of a present column records none");
        assertEquals("Sở Nội vụ", m.authority());
    }

    @Test
    void aTooLongSignerIsRefusedWithItsSheetRowAndColumn() throws IOException {
        Object[] row = {"KH15", "Phát động phong trào thi đua năm 2026", "Thường xuyên", "Cơ quan, đơn vị", null, null, null,
                null, null, null, null, null, null, null, null, "A".repeat(201)};
        ImportPlan plan = service.analyze(signedFile("long.xlsx", new Object[][] {row}), Progress.NONE);
        assertEquals(1, plan.problems().size(), plan.problems().toString());
        Problem p = plan.problems().get(0);
        assertEquals(MovementSheets.MOVEMENTS, p.sheet());
        assertEquals(2, p.row());
        assertEquals(MovementSheets.SIGNER_NAME, p.column());
    }

    @Test
    void importsTheHierarchyAndMilestonesThenUpdatesOnReimportAndExportsTheSameRows() throws IOException {
        Path f = file("good.xlsx", new Object[][] {DEPT, PROVINCE}, new Object[][] {
                {"KH90", "Gửi kế hoạch thực hiện về Sở Nội vụ", "31/08/2021", null, null},
                {"KH34", "Gửi danh sách điển hình tiên tiến", "20/05/2023", "SKHCN", "18/05/2023"}});
        ImportPlan plan = service.analyze(f, Progress.NONE);
        assertEquals(List.of(), plan.problems());
        service.apply(plan, Progress.NONE);
        MovementRepository repo = new MovementRepository();
        Movement dept = repo.byCode(db.dsl(), "KH34").orElseThrow();
        Movement province = repo.byCode(db.dsl(), "KH90").orElseThrow();
        assertEquals(province.id(), dept.parentId(), "the parent listed after the child is found");
        assertEquals(LocalDate.of(2021, 9, 16), dept.planDate());
        assertEquals(2, repo.allMilestones(db.dsl()).size());

        Object[] renamed = DEPT.clone();
        renamed[1] = "Kế hoạch tuyên truyền của Sở KH&CN";
        service.importFile(file("again.xlsx", new Object[][] {renamed, PROVINCE}, new Object[][] {
                {"KH90", "Gửi kế hoạch thực hiện về Sở Nội vụ", "31/08/2021", null, "30/08/2021"}}), Progress.NONE);
        assertEquals(2, repo.list(db.dsl()).size(), "updated by code, not added");
        assertEquals("Kế hoạch tuyên truyền của Sở KH&CN", repo.byCode(db.dsl(), "KH34").orElseThrow().name());
        assertEquals(2, repo.allMilestones(db.dsl()).size(), "milestone matched by movement, content, due date, unit");
        assertEquals(LocalDate.of(2021, 8, 30), repo.allMilestones(db.dsl()).get(0).milestone().doneDate());

        Path out = tmp.resolve("export.xlsx");
        service.exportTo(out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(MovementSheets.MOVEMENTS);
            assertEquals(MovementSheets.MOVEMENT_HEADERS.get(6), s.getRow(0).getCell(6).getStringCellValue());
            // both of 2021: the province's plan starts first (MovementOrder), its department's follows
            assertEquals("KH90", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("KH34", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("KH90", s.getRow(2).getCell(6).getStringCellValue());
            assertEquals("Cơ quan, đơn vị", s.getRow(2).getCell(3).getStringCellValue());
            assertEquals(2, wb.getSheet(MovementSheets.MILESTONES).getLastRowNum());
        }
        ImportPlan back = service.analyze(out, Progress.NONE);
        assertEquals(List.of(), back.problems(), "the export imports again");
    }

    private List<String> problems(Path f) {
        ImportPlan plan = service.analyze(f, Progress.NONE);
        assertFalse(plan.valid());
        assertTrue(new MovementRepository().list(db.dsl()).isEmpty());
        return plan.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void anUnknownParentIsRefusedWithSheetRowAndColumn() throws IOException {
        Object[] orphan = DEPT.clone();
        orphan[6] = "KH99";
        assertEquals(List.of("Sheet 'Phong trào', dòng 2, cột 'Mã phong trào cấp trên': mã phong trào cấp trên KH99 không "
                + "có ở trang tính Phong trào và chưa có trong dữ liệu"), problems(file("orphan.xlsx", new Object[][] {orphan}, null)));
    }

    @Test
    void aParentCycleIsRefusedOnce() throws IOException {
        Object[] a = PROVINCE.clone();
        a[6] = "KH34";
        List<String> p = problems(file("cycle.xlsx", new Object[][] {DEPT, a}, null));
        assertEquals(List.of("Sheet 'Phong trào', dòng 2, cột 'Mã phong trào cấp trên': phong trào cấp trên tạo thành "
                + "vòng lặp: KH34 → KH90 → KH34"), p);
    }

    @Test
    void aCycleWithAMovementAlreadyStoredIsRefusedToo() throws IOException {
        service.importFile(file("first.xlsx", new Object[][] {DEPT, PROVINCE}, null), Progress.NONE);
        Object[] a = PROVINCE.clone();
        a[6] = "KH34";
        ImportPlan plan = service.analyze(file("loop.xlsx", new Object[][] {a}, null), Progress.NONE);
        assertEquals(1, plan.problemCount());
        assertEquals("Mã phong trào cấp trên", plan.problems().get(0).column());
        assertEquals(null, new MovementRepository().byCode(db.dsl(), "KH90").orElseThrow().parentId());
    }

    @Test
    void anEndBeforeTheStartAndAMilestoneOfAnUnknownMovementAreRefusedTogether() throws IOException {
        Object[] backwards = PROVINCE.clone();
        backwards[7] = "31/12/2025";
        backwards[8] = "11/06/2021";
        List<String> p = problems(file("dates.xlsx", new Object[][] {backwards}, new Object[][] {
                {"KH77", "Báo cáo tổng kết", "15/11/2025", null, null},
                {"KH90", "Báo cáo sơ kết", "ngày 15", "XYZ", null}}));
        assertEquals(List.of(
                "Sheet 'Phong trào', dòng 2, cột 'Đến ngày': Đến ngày 11/06/2021 trước Từ ngày 31/12/2025.",
                "Sheet 'Mốc thời gian', dòng 2, cột 'Mã phong trào': mã phong trào KH77 không có ở trang tính Phong trào và "
                        + "chưa có trong dữ liệu",
                "Sheet 'Mốc thời gian', dòng 3, cột 'Hạn': \"ngày 15\" không phải ngày hợp lệ; hãy nhập ngày Excel hoặc "
                        + "chữ dạng dd/MM/yyyy"), p);
    }

    @Test
    void unknownKindsLevelsAndMissingColumnsAreNamed() throws IOException {
        Object[] odd = PROVINCE.clone();
        odd[2] = "Đột xuất";
        odd[3] = null;
        List<String> p = problems(file("kinds.xlsx", new Object[][] {odd}, null));
        assertEquals(List.of("Sheet 'Phong trào', dòng 2, cột 'Loại phong trào': \"Đột xuất\" không phải giá trị được "
                + "chấp nhận (Thường xuyên / Theo đợt / Chuyên đề)", "Sheet 'Phong trào', dòng 2, cột 'Cấp phát động': "
                + "chưa nhập Cấp phát động"), p);
    }
}
