package vn.tdkt.exemplary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.exemplary.Fixture;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.Period;

/**
 * The Báo cáo điển hình and the two lists of a movement that names no agency or signer (one imported from the
 * workbook's ten columns, as the fixture's): the office's issuer (the council in office, its địa danh, its chair on the
 * report's day; decision 160), else lines for the clerk to fill — never "Cơ quan" made up, never a report with no
 * signature block. Read back with POI.
 */
class ExemplaryIssuerTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

    @TempDir
    Path dir;
    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        Fixture f = new Fixture(ctx);
        Fixture.recognise(ctx, f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheoXa,
                f.hoiPn.id()), 2021, 2022, 2023);
        Fixture.recognise(ctx, f.model(ctx, "DH03", "Trần Văn Nam", ModelKind.CA_NHAN, f.nam.id(), null, null, f.yte,
                f.syt.id()), 2022, 2023);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void council() {
        Council c = ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
                LocalDate.of(2020, 7, 1), "Sở Nội vụ tỉnh Hưng Yên"));
        ctx.council().admin().saveMember(new CouncilMember(0, c.id(), "Trần Văn Bình", "Giám đốc Sở Nội vụ",
                MemberRole.CHU_TICH, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30)));
        ctx.council().admin().saveMember(new CouncilMember(0, c.id(), "Tạ Phương Giang", "Giám đốc Sở Nội vụ",
                MemberRole.CHU_TICH, LocalDate.of(2025, 7, 1), null));
    }

    private List<String> report() throws Exception {
        Path f = dir.resolve("bc.docx");
        ctx.exemplaryLists().writeReport("KH90", "Tổng kết", DAY, 2021, f);
        try (InputStream in = Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return List.of(x.getText().split("\n"));
        }
    }

    private List<List<String>> list(boolean delegates, String movement) throws Exception {
        Path f = dir.resolve("ds.xlsx");
        if (delegates) {
            ctx.exemplaryLists().writeDelegates(movement, new Period(2021, 2025), 1, f);
        } else {
            ctx.exemplaryLists().writeIntroduction(movement, new Period(2021, 2025), f);
        }
        DataFormatter fmt = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(fmt.formatCellValue(c)));
                cells.removeIf(String::isEmpty);
                out.add(cells);
            }
        }
        return out;
    }

    @Test
    void withoutAnAgencyTheReportTakesTheCouncilInOfficeAndItsChairOnTheDay() throws Exception {
        council();
        List<String> text = report();
        assertTrue(text.stream().anyMatch(t -> t.startsWith("SỞ NỘI VỤ TỈNH HƯNG YÊN")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("Hưng Yên, ngày 31 tháng 12 năm 2025")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("GIÁM ĐỐC SỞ NỘI VỤ")), "the chair's chức vụ: " + text);
        assertTrue(text.stream().anyMatch(t -> t.contains("Tạ Phương Giang")), "the chair on the report's day: " + text);
        assertFalse(text.stream().anyMatch(t -> t.contains("Trần Văn Bình")), "not the chair whose term ended");
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Thực hiện Kế hoạch") && t.contains(
                "của Sở Nội vụ tỉnh Hưng Yên, Sở Nội vụ tỉnh Hưng Yên báo cáo kết quả")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Trên đây là báo cáo") && t.endsWith(
                "của Sở Nội vụ tỉnh Hưng Yên./.")), text.toString());
        assertFalse(text.stream().anyMatch(t -> t.contains("Cơ quan") || t.contains("……")), text.toString());
    }

    @Test
    void withNeitherTheReportLeavesLinesToFillAndStillHasItsSignatureBlock() throws Exception {
        List<String> text = report();
        assertTrue(text.stream().anyMatch(t -> t.startsWith(ModelReportDocument.DOTS)), "the agency's line: " + text);
        assertTrue(text.stream().anyMatch(t -> t.contains("………, ngày 31 tháng 12 năm 2025")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("giai đoạn 2021-2025, " + ModelReportDocument.DOTS
                + " báo cáo kết quả xây dựng điển hình tiên tiến từ năm 2021 đến ngày 31/12/2025 như sau:")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Trên đây là báo cáo") && t.endsWith("giai đoạn 2021-2025./.")),
                text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains(ModelReportDocument.UNKNOWN_SIGNER)), "the signer's block: " + text);
        assertFalse(text.stream().anyMatch(t -> t.contains("Cơ quan,") || t.contains("của Cơ quan")), text.toString());
    }

    @Test
    void theLastYearOfTheRecognitionsEndsItsList() throws Exception {
        List<String> years = report().stream().filter(t -> t.startsWith("- Năm ")).toList();
        assertEquals(List.of(
                "- Năm 2021: 1 điển hình được công nhận (Quyết định số 31/QĐ-UBND ngày 15/01/2022);",
                "- Năm 2022: 2 điển hình được công nhận (Quyết định số 32/QĐ-UBND ngày 15/01/2023);",
                "- Năm 2023: 2 điển hình được công nhận (Quyết định số 33/QĐ-UBND ngày 15/01/2024)."), years);
    }

    @Test
    void theListsOfTheProvinceAndOfAMovementNamingNoAgencyAreTheOffices() throws Exception {
        council();
        for (boolean delegates : new boolean[] {false, true}) {
            for (String movement : new String[] {null, "KH90"}) {
                List<List<String>> rows = list(delegates, movement);
                String what = (delegates ? "delegates " : "introduction ") + movement;
                assertEquals("SỞ NỘI VỤ TỈNH HƯNG YÊN", rows.get(0).get(0), what + ": " + rows.get(0));
                assertTrue(rows.stream().anyMatch(r -> r.stream().anyMatch(c -> c.startsWith("Hưng Yên, ngày …… tháng"))),
                        what + ": the place of the dated line");
            }
        }
    }

    @Test
    void withoutACouncilTheListsKeepTheirLineToFill() throws Exception {
        List<List<String>> rows = list(true, null);
        assertEquals("……………………", rows.get(0).get(0), rows.get(0).toString());
    }
}
