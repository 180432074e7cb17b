package vn.tdkt.movement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.service.BlocService;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;

/**
 * {@code tdkt bloc template|import|proposal}: the scoring workbook out, filled and read back (a bad cell refused with
 * sheet, row and column, nothing written), and the Tờ trình once the ranking is confirmed; help in both languages.
 */
class BlocCommandTest {

    private static final String BLOC = "Khối thi đua các phòng, đơn vị thuộc Sở";
    /** Letters only Vietnamese writes (as in the command line's language test). */
    private static final java.util.regex.Pattern VIETNAMESE = java.util.regex.Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    @TempDir
    Path tmp;
    private long covenantId;

    @BeforeEach
    void data() {
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            Bloc khoi = ctx.org().saveBloc(new Bloc(0, BLOC));
            Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, khoi.id()));
            Unit tt = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, khoi.id()));
            Unit cc = ctx.org().saveUnit(new Unit(0, "CCTC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", null, khoi.id()));
            Movement plan = Movement.draft("TN-2023", "Phát động phong trào thi đua năm 2023", MovementKind.THUONG_XUYEN,
                            LaunchLevel.CO_QUAN).withPlan("12/KH-SKHCN", LocalDate.of(2022, 12, 20))
                    .withIssuer("UBND tỉnh Tây Ninh", "Sở Khoa học và Công nghệ", "Tây Ninh")
                    .withSigner(null, "Giám đốc", "Trần Văn Minh");
            long planId = ctx.movements().save(MovementDetails.of(plan), "test").movement().id();
            covenantId = ctx.blocs().save(new Covenant(0, khoi.id(), 2023, planId, LocalDate.of(2023, 2, 10), "Tây Ninh",
                    null, List.of(new Covenant.CovenantSigner(vp.id(), null), new Covenant.CovenantSigner(tt.id(), null),
                            new Covenant.CovenantSigner(cc.id(), null)),
                    List.of(new BlocCriterion(0, 1, "Thực hiện nhiệm vụ chuyên môn", new BigDecimal("60")),
                            new BlocCriterion(0, 2, "Công tác thi đua, khen thưởng", new BigDecimal("40"))), null, null)).id();
        }
    }

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void fill(Path file, String vp, String tt, String cc) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet(BlocService.SHEET);
            for (int r = 2; r <= sh.getLastRowNum(); r++) {
                String[] pts = (switch (sh.getRow(r).getCell(0).getStringCellValue()) {
                    case "VP" -> vp;
                    case "TTR" -> tt;
                    default -> cc;
                }).split(" ");
                sh.getRow(r).getCell(2).setCellValue(pts[0]);
                sh.getRow(r).getCell(3).setCellValue(pts[1]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @Test
    void theScoringWorkbookGoesOutComesBackAndTheProposalFollowsTheConfirmation() throws Exception {
        Path xlsx = tmp.resolve("cham-diem.xlsx");
        // the bloc is found whatever the case and diacritics typed
        Run t = run("bloc", "template", "--bloc", "khoi thi dua cac phong, don vi thuoc so", "--year", "2023",
                "--out", xlsx.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("3 đơn vị, 2 tiêu chí"), t.out());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet(BlocService.SHEET);
            DataFormatter f = new DataFormatter();
            assertEquals("Mã đơn vị", f.formatCellValue(sh.getRow(0).getCell(0)));
            assertEquals("Thực hiện nhiệm vụ chuyên môn", f.formatCellValue(sh.getRow(0).getCell(2)));
            assertEquals("Điểm chuẩn", f.formatCellValue(sh.getRow(1).getCell(0)));
            assertEquals(4, sh.getLastRowNum(), "header, điểm chuẩn and the three signers");
        }

        // a point above the maximum: refused with sheet, row and column, nothing written
        fill(xlsx, "58 38,5", "55 41", "50 30");
        Run bad = run("bloc", "import", xlsx.toString(), "--bloc", BLOC, "--year", "2023");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("Sheet 'Chấm điểm khối', dòng ") && bad.err().contains("cột 'Công tác thi đua, khen thưởng'")
                && bad.err().contains("điểm 41 vượt quá khoảng 0 – 40"), bad.err());
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            assertTrue(ctx.blocs().scores(covenantId).isEmpty(), "nothing written");
        }

        fill(xlsx, "58 38,5", "55 39", "50 30");
        Run ok = run("bloc", "import", xlsx.toString(), "--bloc", BLOC, "--year", "2023");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Hạng 1: Văn phòng Sở - 96,5 điểm Cờ thi đua"), ok.out());
        assertTrue(ok.out().contains("Hạng 2: Thanh tra Sở - 94 điểm Bằng khen"), ok.out());

        Path docx = tmp.resolve("to-trinh.docx");
        Run early = run("bloc", "proposal", "--bloc", BLOC, "--year", "2023", "--date", "15/01/2024", "--out", docx.toString());
        assertEquals(1, early.code());
        assertTrue(early.err().contains("chưa được xác nhận"), early.err());
        assertFalse(Files.exists(docx));

        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            ctx.blocs().confirm(covenantId, LocalDate.of(2024, 1, 8), "test");
        }
        Run p = run("bloc", "proposal", "--bloc", BLOC, "--year", "2023", "--date", "15/01/2024", "--out", docx.toString());
        assertEquals(0, p.code(), p.err());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable header = d.getTables().get(0);
            assertEquals("Tây Ninh, ngày 15 tháng 01 năm 2024", header.getRow(1).getCell(1).getText());
            List<String> text = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(text.contains("TỜ TRÌNH"), text.toString());
            String all = String.join("\n", text) + d.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertTrue(all.contains("Văn phòng Sở") && all.contains("Cờ thi đua"), all);
        }
    }

    @Test
    void anUnknownBlocAMissingCovenantAndBadOptionsAreRefusedWithTheirWords() {
        Path out = tmp.resolve("x.xlsx");
        Run unknown = run("bloc", "template", "--bloc", "Khối Kinh tế", "--year", "2023", "--out", out.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Không có khối thi đua \"Khối Kinh tế\". Các khối có: " + BLOC + "."), unknown.err());
        Run none = run("bloc", "template", "--bloc", BLOC, "--year", "2024", "--out", out.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("chưa có giao ước thi đua năm 2024"), none.err());
        Run badYear = run("--lang", "en", "bloc", "proposal", "--bloc", BLOC, "--year", "1900", "--date", "32/01/2024",
                "--out", tmp.resolve("a.pdf").toString());
        assertEquals(2, badYear.code());
        assertTrue(badYear.err().contains("Year 1900 is not valid (from 2000 to 2100)."), badYear.err());
        assertTrue(badYear.err().contains("32/01/2024"), badYear.err());
        assertTrue(badYear.err().contains("a.pdf"), badYear.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theGroupAndItsCommandsHaveHelpInBothLanguages() {
        Run group = run("bloc");
        assertEquals(0, group.code(), group.err());
        assertTrue(group.out().contains("template") && group.out().contains("import") && group.out().contains("proposal"),
                group.out());
        for (String sub : List.of("template", "import", "proposal")) {
            Run vi = run("bloc", sub, "--help");
            assertEquals(0, vi.code(), vi.err());
            assertTrue(vi.out().startsWith("Cách dùng: tdkt bloc " + sub), vi.out());
            assertTrue(vi.out().contains("TÊN_KHỐI") && vi.out().contains("Hiện hướng dẫn này rồi thoát."), vi.out());
            Run en = run("--lang", "en", "bloc", sub, "--help");
            assertEquals(0, en.code(), en.err());
            assertTrue(en.out().startsWith("Usage: tdkt bloc " + sub), en.out());
            assertTrue(en.out().contains("BLOC_NAME") && en.out().contains("Show this help and exit."), en.out());
            assertFalse(VIETNAMESE.matcher(en.out().replace("Chấm điểm khối", "")
                    .replace("Kế hoạch", "")).find(), en.out());
        }
    }
}
