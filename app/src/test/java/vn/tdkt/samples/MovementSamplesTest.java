package vn.tdkt.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementStatus;

/**
 * The committed movements sample imports after the main sample with its hierarchy and deadlines, and the Kế hoạch
 * of the seeds read back with POI have the seeds' structure (golden content, not just "a file was written").
 */
class MovementSamplesTest {

    private static AppContext ctx;

    @BeforeAll
    static void open() {
        ctx = MovementSamples.sampleContext(Path.of("..", "samples"));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theSeedsAreMovementsWithTheirHierarchyLeadAgenciesAndDeadlines() throws IOException {
        Path fresh = Files.createTempFile("phong-trao", ".xlsx");
        MovementSamples.writeWorkbook(fresh);
        assertTrue(java.util.Arrays.equals(sheetText(fresh), sheetText(Path.of("..", "samples", "data", MovementSamples.FILE))),
                "the committed sample is what the generator writes");
        Path covenant = Files.createTempFile("giao-uoc", ".xlsx");
        MovementSamples.writeCovenant(covenant);
        assertTrue(java.util.Arrays.equals(sheetText(covenant), sheetText(Path.of("..", "samples", "data",
                MovementSamples.COVENANT_FILE))), "the committed covenant sample is what the generator writes");
        Movement kh90 = ctx.movements().byCode("HY-KH90-2021").orElseThrow();
        Movement kh34 = ctx.movements().byCode("HY-KH34-2021").orElseThrow();
        assertEquals(kh90.id(), kh34.parentId());
        assertEquals(MovementStatus.PHAT_DONG, kh90.status(), "a numbered, dated plan was launched on its date");
        assertEquals(21, ctx.movements().list().stream().filter(m -> kh90.id() == (m.parentId() == null ? -1 : m.parentId())).count());
        Movement ht = ctx.movements().byCode("HT-KH411-2021").orElseThrow();
        assertEquals(java.time.LocalDate.of(2021, 4, 1), ht.startDate());
        assertEquals(java.time.LocalDate.of(2021, 9, 30), ht.endDate());
        assertEquals(2, ctx.movements().milestones(ht.id()).size());
        assertEquals(MovementStatus.DU_THAO, ctx.movements().byCode("TN-KH-2023").orElseThrow().status(),
                "an unnumbered plan stays a draft");
    }

    private static String[] sheetText(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            List<String> out = new java.util.ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            wb.forEach(s -> s.forEach(r -> r.forEach(c -> out.add(s.getSheetName() + "!" + c.getAddress() + "=" + f.formatCellValue(c)))));
            return out.toArray(String[]::new);
        }
    }

    private static List<String> paragraphs(XWPFDocument d) {
        return d.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void theDepartmentPlanReadsLikeSeed000(@TempDir Path tmp) throws IOException {
        Path f = ctx.movementDocuments().writePlan("HY-KH34-2021", tmp.resolve("kh34.docx"));
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable header = d.getTables().get(0);
            assertEquals(List.of("UBND TỈNH HƯNG YÊN", "SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"), header.getRow(0).getCell(0).getParagraphs()
                    .stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList());
            assertEquals("Số: 34/KH-SKHCN", header.getRow(1).getCell(0).getText().strip());
            XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertEquals("Hưng Yên, ngày 16 tháng 9 năm 2021", date.getText());
            assertTrue(date.getRuns().get(0).isItalic(), "the place and date are italic");
            List<String> p = paragraphs(d);
            int title = p.indexOf("KẾ HOẠCH");
            assertEquals("Tuyên truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến giai đoạn 2021-2025",
                    p.get(title + 1));
            assertEquals("Căn cứ Kế hoạch số 90/KH-UBND ngày 11/06/2021 của Ủy ban nhân dân tỉnh Hưng Yên về việc tuyên "
                    + "truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến giai đoạn 2021-2025;", p.get(title + 2));
            List<String> sections = p.stream().filter(t -> t.matches("^[IV]+\\. .*")).toList();
            assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TIÊU CHÍ, KHEN THƯỞNG", "IV. TỔ CHỨC THỰC HIỆN"),
                    sections);
            assertTrue(p.indexOf("1. Mục đích") < p.indexOf("2. Yêu cầu"));
            XWPFTable items = d.getTables().get(1);
            assertEquals("Cơ quan, đơn vị chủ trì", items.getRow(0).getCell(2).getText());
            assertEquals(3, items.getNumberOfRows());
            assertEquals("Văn phòng Sở Khoa học và Công nghệ", items.getRow(1).getCell(2).getText());
            // a plan of 16/09/2021 rewards under the law in force then, not under the 2022 law's articles
            assertTrue(p.contains("- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh theo quy định của Luật Thi đua, khen thưởng 2003 "
                    + "và Nghị định 91/2017/NĐ-CP;"), p.toString());
            assertTrue(p.stream().noneMatch(t -> t.contains("khen thưởng 2022")), "no citation of a law not yet passed");
            assertTrue(p.stream().anyMatch(t -> t.startsWith("a) Đối với tập thể: Xem xét")), p.toString());
            assertTrue(p.contains("- Gửi danh sách giới thiệu điển hình tiên tiến về Sở KH&CN (qua Văn phòng Sở): các cơ quan, "
                    + "đơn vị tham gia thực hiện trước ngày 20/05/2023;"), "the milestone in IV");
            XWPFTable sign = d.getTables().get(2);
            String left = sign.getRow(0).getCell(0).getText();
            assertTrue(left.startsWith("Nơi nhận:"), left);
            assertTrue(left.contains("- Sở Nội vụ (để theo dõi);"), left);
            assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Xuân Hải"), sign.getRow(0).getCell(1).getParagraphs()
                    .stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList());
        }
    }

    @Test
    void theProvincePlanListsItsTwentySubMovementsWithTheirLeadAgencies(@TempDir Path tmp) throws IOException {
        Path f = ctx.movementDocuments().writePlan("HY-KH90-2021", tmp.resolve("kh90.docx"));
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable items = d.getTables().get(1);
            assertEquals(21, items.getNumberOfRows(), "header + 20 sub-movements; the Sở plan (own number) is not one");
            assertTrue(items.getRow(0).isRepeatHeader());
            assertEquals("Ban Tuyên giáo Tỉnh ủy", items.getRow(1).getCell(2).getText());
            assertEquals("Sở Khoa học và Công nghệ", items.getRow(20).getCell(2).getText());
            List<String> sign = d.getTables().get(2).getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Quốc Văn"), sign);
            assertEquals("Số: 90/KH-UBND", d.getTables().get(0).getRow(1).getCell(0).getText().strip());
        }
    }

    /** Seed 001, an undated draft for 2023: its rewards under the law in force in 2023, not the 2022 law's articles. */
    @Test
    void theUndatedTayNinhPlanFor2023RewardsUnderTheLawInForceThen(@TempDir Path tmp) throws IOException {
        Path f = ctx.movementDocuments().writePlan("TN-KH-2023", tmp.resolve("tn.docx"));
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            List<String> p = paragraphs(d);
            assertTrue(p.contains("- Chiến sĩ thi đua cơ sở theo quy định của Luật Thi đua, khen thưởng 2003 và Nghị định "
                    + "91/2017/NĐ-CP;"), p.toString());
            assertTrue(p.stream().noneMatch(t -> t.contains("06/2022/QH15")), "the 2022 law took effect on 01/01/2024");
        }
    }

    /**
     * The seeds' Kế hoạch, công văn đôn đốc and báo cáo under samples/forms/movement are what the code writes from the
     * sample (as {@link MovementSamples#main} writes them): a change of the documents shows as drift here.
     */
    @Test
    void theSeedsDocumentsAreTheCommittedSamples(@TempDir Path tmp) throws Exception {
        for (Map.Entry<String, String> e : MovementSamples.SEED_PLANS.entrySet()) {
            SampleDrift.assertSameAsCommitted(ctx.movementDocuments().writePlan(e.getKey(), tmp.resolve(e.getValue())),
                    "movement/" + e.getValue());
        }
        SampleDrift.assertSameAsCommitted(ctx.movementReports().writeReminder("HY-KH34-2021", LocalDate.of(2023, 5, 25),
                tmp.resolve("r34.docx")), "movement/" + MovementSamples.REMINDERS.get("HY-KH34-2021"));
        SampleDrift.assertSameAsCommitted(ctx.movementReports().writeReminder("HY-KH90-2021", LocalDate.of(2023, 6, 1),
                tmp.resolve("r90.docx")), "movement/" + MovementSamples.REMINDERS.get("HY-KH90-2021"));
        SampleDrift.assertSameAsCommitted(ctx.movementReports().writeReport("HY-KH90-2021",
                vn.tdkt.movement.domain.MovementReport.Kind.SO_KET, LocalDate.of(2023, 6, 30), tmp.resolve("b90.docx")),
                "movement/" + MovementSamples.REPORTS.get("HY-KH90-2021"));
        SampleDrift.assertSameAsCommitted(ctx.movementReports().writeReport("TN-KH-2023",
                vn.tdkt.movement.domain.MovementReport.Kind.TONG_KET, LocalDate.of(2023, 12, 15), tmp.resolve("btn.docx")),
                "movement/" + MovementSamples.REPORTS.get("TN-KH-2023"));
    }

    @Test
    void theTayNinhBlocsScoringAndItsProposalAreTheCommittedSamples(@TempDir Path tmp) throws Exception {
        long bloc = ctx.org().blocs().stream().filter(b -> b.name().equals(MovementSamples.TN_BLOC)).findFirst().orElseThrow().id();
        var covenant = ctx.blocs().covenant(bloc, 2023).orElseThrow();
        var ranking = ctx.blocs().ranking(covenant.id());
        assertEquals("Văn phòng Sở Khoa học và Công nghệ tỉnh Tây Ninh", ranking.leader().orElseThrow().unitName());
        assertEquals(List.of(1, 2, 3, 4, 4, 6), ranking.rows().stream().map(r -> r.rank()).toList(), "equal totals share a rank");
        Path template = ctx.blocDocuments().writeTemplate(covenant.id(), tmp.resolve(MovementSamples.BLOC_TEMPLATE));
        SampleDrift.assertSameAsCommitted(template, "movement/" + MovementSamples.BLOC_TEMPLATE);
        Path proposal = ctx.blocDocuments().writeProposal(covenant.id(), java.time.LocalDate.of(2024, 1, 15),
                tmp.resolve(MovementSamples.BLOC_PROPOSAL));
        SampleDrift.assertSameAsCommitted(proposal, "movement/" + MovementSamples.BLOC_PROPOSAL);
    }
}
