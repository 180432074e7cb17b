package vn.tdkt.movement.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.movement.domain.MovementSheets;

/**
 * The báo cáo of a movement that came from the workbook (decision 160): the issuer and signer the sheet's optional
 * columns give, else the office's — the authority of the council in office, its địa danh, its chair on the report's
 * day — never blanks where the office knows them; read back with POI.
 */
class MovementReportIssuerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 12);

    @TempDir
    Path dir;
    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Path workbook(String name, boolean signed) throws Exception {
        return workbook(dir, name, signed);
    }

    /** A workbook of one movement, KH15 of the Sở Nội vụ, with or without the sheet's issuer and signer columns. */
    static Path workbook(Path dir, String name, boolean signed) throws Exception {
        List<String> headers = new ArrayList<>(MovementSheets.MOVEMENT_HEADERS);
        List<String> row = new ArrayList<>(List.of("KH15", "Phát động phong trào thi đua năm 2026", "Thường xuyên",
                "Cơ quan, đơn vị", "15/KH-SNV", "20/01/2026", "", "01/01/2026", "31/12/2026", "SNV"));
        if (signed) {
            headers.addAll(MovementSheets.MOVEMENT_OPTIONAL);
            row.addAll(List.of("UBND tỉnh Hưng Yên", "Sở Nội vụ", "Hưng Yên", "KT. Giám đốc", "Phó Giám đốc",
                    "Nguyễn Văn An"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            put(wb.createSheet("Đơn vị"), List.of("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua"),
                    List.of("SNV", "Sở Nội vụ", "", ""));
            put(wb.createSheet("Cán bộ"), List.of("Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
                    "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác"), null);
            put(wb.createSheet(MovementSheets.MOVEMENTS), headers, row);
            Path f = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
            return f;
        }
    }

    private static void put(Sheet s, List<String> headers, List<String> values) {
        Row h = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            h.createCell(i).setCellValue(headers.get(i));
        }
        if (values != null) {
            Row r = s.createRow(1);
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isEmpty()) {
                    r.createCell(i).setCellValue(values.get(i));
                }
            }
        }
    }

    private void council() {
        council(ctx);
    }

    /** The office's council: its authority, its chair until 2025 and the chair from 2026 on. */
    static void council(AppContext ctx) {
        Council c = ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
                LocalDate.of(2025, 7, 1), "Sở Nội vụ tỉnh Hưng Yên"));
        ctx.council().admin().saveMember(new CouncilMember(0, c.id(), "Trần Văn Bình", "Giám đốc Sở Nội vụ",
                MemberRole.CHU_TICH, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
        ctx.council().admin().saveMember(new CouncilMember(0, c.id(), "Tạ Phương Giang", "Giám đốc Sở Nội vụ",
                MemberRole.CHU_TICH, LocalDate.of(2026, 1, 1), null));
        ctx.council().admin().saveMember(new CouncilMember(0, c.id(), "Lê Thị Hoa", "Phó Giám đốc Sở Nội vụ",
                MemberRole.PHO_CHU_TICH, LocalDate.of(2026, 1, 1), null));
    }

    private List<String> report() throws Exception {
        return report(null);
    }

    private List<String> report(String keepAs) throws Exception {
        Path f = ctx.movementReports().writeReport("KH15", MovementReport.Kind.SO_KET, DAY, dir.resolve("bc.docx"));
        // kept under target/test-out to be rendered and looked at (the office's issuer filled in)
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out"));
        if (keepAs != null) {
            Files.createDirectories(out);
            Files.copy(f, out.resolve(keepAs), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return MovementReportsTest.text(f);
    }

    @Test
    void withoutTheSheetsColumnsTheReportTakesTheCouncilsAuthorityAndItsChairOnTheDay() throws Exception {
        ctx.workbook().importFile(workbook("plain.xlsx", false), Progress.NONE);
        council();
        List<String> text = report("bao-cao-co-quan-hoi-dong.docx");
        assertTrue(text.contains("SỞ NỘI VỤ TỈNH HƯNG YÊN"), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Hưng Yên, ngày 12 tháng 6 năm 2026")), text.toString());
        assertTrue(text.contains("GIÁM ĐỐC SỞ NỘI VỤ"), "the chair's chức vụ: " + text);
        assertTrue(text.contains("Tạ Phương Giang"), "the chair in office on the report's day: " + text);
        assertFalse(text.contains("Trần Văn Bình"), "not the chair whose term ended");
        assertTrue(text.stream().anyMatch(t -> t.contains("của Sở Nội vụ tỉnh Hưng Yên")), "named in the body too");
        assertFalse(text.stream().anyMatch(t -> t.contains("………") || t.contains("Cơ quan báo cáo")), text.toString());
    }

    @Test
    void theSheetsIssuerAndSignerWinOverTheOffices() throws Exception {
        ctx.workbook().importFile(workbook("signed.xlsx", true), Progress.NONE);
        council();
        List<String> text = report();
        assertTrue(text.contains("UBND TỈNH HƯNG YÊN"), text.toString());
        assertTrue(text.contains("SỞ NỘI VỤ"), text.toString());
        assertTrue(text.contains("KT. GIÁM ĐỐC"), text.toString());
        assertTrue(text.contains("PHÓ GIÁM ĐỐC"), text.toString());
        assertTrue(text.contains("Nguyễn Văn An"), text.toString());
        assertFalse(text.contains("Tạ Phương Giang"), "the sheet's signer, not the council's chair");
    }

    @Test
    void withNeitherTheDotsStayForTheClerkToFill() throws Exception {
        ctx.workbook().importFile(workbook("plain.xlsx", false), Progress.NONE);
        List<String> text = report();
        assertTrue(text.stream().anyMatch(t -> t.startsWith("………, ngày 12 tháng 6 năm 2026")), text.toString());
    }
}
