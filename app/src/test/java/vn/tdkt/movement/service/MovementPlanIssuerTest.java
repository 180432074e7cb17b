package vn.tdkt.movement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;

/**
 * The Kế hoạch of a movement that came from the workbook (decisions 160 and 172): the header, the place and the
 * signature block the sheet's optional columns give, else the office's on the plan date — the authority of the
 * council in office, its địa danh, its chair then — each block whole; read back with POI.
 */
class MovementPlanIssuerTest {

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

    /** The header's left cell, its "Số" and place-date cell, the signature's right cell, the body: one list each. */
    private record Plan(List<String> issuer, String place, List<String> signer, List<String> body) {
    }

    private Plan plan(String keepAs) throws Exception {
        Path f = ctx.movementDocuments().writePlan("KH15", dir.resolve("kh.docx"));
        if (keepAs != null) {
            // kept under target/test-out to be rendered and looked at (the office's issuer filled in)
            Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out"));
            Files.createDirectories(out);
            Files.copy(f, out.resolve(keepAs), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            var header = d.getTables().get(0);
            var sign = d.getTables().get(d.getTables().size() - 1);
            List<String> body = d.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            return new Plan(texts(header.getRow(0).getCell(0)), header.getRow(1).getCell(1).getText().strip(),
                    texts(sign.getRow(0).getCell(1)), body);
        }
    }

    private static List<String> texts(XWPFTableCell c) {
        return c.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void withoutTheSheetsColumnsThePlanTakesTheCouncilsAuthorityAndItsChairOnThePlanDate() throws Exception {
        ctx.workbook().importFile(MovementReportIssuerTest.workbook(dir, "plain.xlsx", false), Progress.NONE);
        MovementReportIssuerTest.council(ctx);
        Plan p = plan("ke-hoach-co-quan-hoi-dong.docx");
        assertEquals(List.of("SỞ NỘI VỤ TỈNH HƯNG YÊN"), p.issuer(), "the council's authority heads the plan");
        assertEquals("Hưng Yên, ngày 20 tháng 01 năm 2026", p.place(), "its địa danh, the plan's date");
        assertEquals(List.of("GIÁM ĐỐC SỞ NỘI VỤ", "Tạ Phương Giang"), p.signer(), "the chair in office on 20/01/2026");
        assertTrue(p.body().stream().anyMatch(t -> t.startsWith("Sở Nội vụ tỉnh Hưng Yên xây dựng Kế hoạch")), p.body().toString());
        assertTrue(p.body().stream().anyMatch(t -> t.endsWith("của Sở Nội vụ tỉnh Hưng Yên./.")), "named in the closing");
        assertFalse(p.body().stream().anyMatch(t -> t.contains("………") || t.startsWith("Cơ quan xây dựng")), p.body().toString());
    }

    @Test
    void theSheetsIssuerAndSignerWinOverTheOffices() throws Exception {
        ctx.workbook().importFile(MovementReportIssuerTest.workbook(dir, "signed.xlsx", true), Progress.NONE);
        MovementReportIssuerTest.council(ctx);
        Plan p = plan(null);
        assertEquals(List.of("UBND TỈNH HƯNG YÊN", "SỞ NỘI VỤ"), p.issuer());
        assertEquals("Hưng Yên, ngày 20 tháng 01 năm 2026", p.place());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"), p.signer(), "the sheet's, not the chair");
    }

    @Test
    void aPlanBeforeTheChairsTermIsSignedByTheChairOfThatDay() throws Exception {
        ctx.workbook().importFile(MovementReportIssuerTest.workbook(dir, "plain.xlsx", false), Progress.NONE);
        MovementReportIssuerTest.council(ctx);
        var d = ctx.movements().find(ctx.movements().byCode("KH15").orElseThrow().id()).orElseThrow();
        ctx.movements().save(d.with(d.movement().withPlan(d.movement().planNo(), java.time.LocalDate.of(2025, 11, 3))), "test");
        assertEquals(List.of("GIÁM ĐỐC SỞ NỘI VỤ", "Trần Văn Bình"), plan(null).signer(), "the chair of 03/11/2025");
    }

    @Test
    void withNeitherTheBlanksStayForTheClerkToFill() throws Exception {
        ctx.workbook().importFile(MovementReportIssuerTest.workbook(dir, "plain.xlsx", false), Progress.NONE);
        Plan p = plan(null);
        assertEquals(List.of(), p.issuer());
        assertEquals("………, ngày 20 tháng 01 năm 2026", p.place());
        assertEquals(List.of(), p.signer());
    }
}
