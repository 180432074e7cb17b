package vn.tdkt.movement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
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
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocProposal;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;

/** Covenants, the year-end scoring typed in or imported, the ranking and the bloc leader its confirmation sets. */
class BlocServiceTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private BlocService blocs;
    private Bloc khoi;
    private Unit vp;
    private Unit tt;
    private Unit cc;
    private Unit outside;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        blocs = ctx.blocs();
        khoi = ctx.org().saveBloc(new Bloc(0, "Khối các phòng, đơn vị thuộc Sở"));
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, khoi.id()));
        tt = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, khoi.id()));
        cc = ctx.org().saveUnit(new Unit(0, "CCTC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", null, khoi.id()));
        outside = ctx.org().saveUnit(new Unit(0, "UBX", "UBND xã Tân Hưng", null, null));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Covenant covenant() {
        return blocs.save(new Covenant(0, khoi.id(), 2023, null, LocalDate.of(2023, 2, 10), "Tây Ninh", "Giao ước thi đua năm 2023",
                List.of(new Covenant.CovenantSigner(vp.id(), null), new Covenant.CovenantSigner(tt.id(), null),
                        new Covenant.CovenantSigner(cc.id(), null)),
                List.of(new BlocCriterion(0, 1, "Thực hiện nhiệm vụ chuyên môn", new BigDecimal("60")),
                        new BlocCriterion(0, 2, "Công tác thi đua, khen thưởng", new BigDecimal("40"))), null, null));
    }

    private static BlocScore s(Unit u, int line, String points) {
        return new BlocScore(u.id(), line, new BigDecimal(points));
    }

    @Test
    void theScoresRankTheUnitsAndTheConfirmationMakesTheFirstTheBlocLeader() {
        Covenant c = covenant();
        assertEquals(2, c.criteria().size());
        BlocRanking r = blocs.saveScores(c.id(), List.of(s(vp, 1, "58"), s(vp, 2, "38.5"), s(tt, 1, "55"), s(tt, 2, "39"),
                s(cc, 1, "50"), s(cc, 2, "30")));
        assertEquals(List.of("Văn phòng Sở", "Thanh tra Sở", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
                r.rows().stream().map(BlocRanking.Ranked::unitName).toList());
        assertEquals(0, new BigDecimal("96.5").compareTo(r.rows().get(0).total()));
        assertEquals(BlocProposal.CO_THI_DUA, r.rows().get(0).proposal());
        assertEquals(BlocProposal.BANG_KHEN, r.rows().get(1).proposal());
        assertEquals(null, r.rows().get(2).proposal());

        blocs.confirm(c.id(), LocalDate.of(2023, 12, 20), "vanthu");
        assertEquals(List.of(new BlocLeader(khoi.id(), 2023, vp.id())), ctx.org().blocLeaders());
        assertEquals(LocalDate.of(2023, 12, 20), blocs.covenant(khoi.id(), 2023).orElseThrow().confirmedOn());
        AppException locked = assertThrows(AppException.class, () -> blocs.saveScores(c.id(), List.of()));
        assertTrue(locked.text(java.util.Locale.forLanguageTag("vi")).contains("đã xác nhận"));
    }

    @Test
    void aTieAtTheTopOrAMissingScoreStopsTheConfirmation() {
        Covenant c = covenant();
        blocs.saveScores(c.id(), List.of(s(vp, 1, "58"), s(vp, 2, "38"), s(tt, 1, "56"), s(tt, 2, "40"), s(cc, 1, "50")));
        ValidationException e = assertThrows(ValidationException.class, () -> blocs.confirm(c.id(), LocalDate.of(2023, 12, 20), "u"));
        List<String> texts = e.problems().stream().map(p -> p.text().vi()).toList();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).contains("Chi cục Tiêu chuẩn Đo lường Chất lượng mới được chấm 1/2"), texts.toString());
        assertTrue(texts.get(1).contains("Văn phòng Sở") && texts.get(1).contains("Thanh tra Sở"), texts.toString());
        assertTrue(ctx.org().blocLeaders().isEmpty(), "nothing written");
    }

    @Test
    void aCovenantAndItsScoresAreRefusedWithEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> blocs.save(new Covenant(0, khoi.id(), 1999, null,
                null, null, null, List.of(new Covenant.CovenantSigner(outside.id(), null)),
                List.of(new BlocCriterion(0, 1, " ", BigDecimal.ONE), new BlocCriterion(0, 2, "Khác", BigDecimal.ZERO)), null, null)));
        assertEquals(4, e.problems().size(), e.problems().toString());
        Covenant c = covenant();
        ValidationException bad = assertThrows(ValidationException.class, () -> blocs.saveScores(c.id(),
                List.of(s(vp, 1, "61"), s(outside, 1, "10"), s(tt, 3, "1"))));
        assertEquals(3, bad.problems().size(), bad.problems().toString());
        assertTrue(blocs.scores(c.id()).isEmpty());
    }

    @Test
    void theScoringSheetReplacesCriteriaAndScores() throws Exception {
        Covenant c = covenant();
        Path good = sheet(new Object[][] {
                {"Mã đơn vị", "Tên đơn vị", "Chuyên môn", "Thi đua", "Cải cách hành chính"},
                {"Điểm chuẩn", null, 50, 30, 20},
                {"VP", "Văn phòng Sở", 45, 28, "19,5"},
                {"TTR", "Thanh tra Sở", 48, 29, 20},
                {"CCTC", null, 40, 25, 15}});
        BlocRanking r = blocs.importScores(c.id(), good, false);
        assertEquals(List.of("Chuyên môn", "Thi đua", "Cải cách hành chính"),
                r.covenant().criteria().stream().map(BlocCriterion::name).toList());
        assertEquals("Thanh tra Sở", r.leader().orElseThrow().unitName());
        assertEquals(9, blocs.scores(c.id()).size());

        Path bad = sheet(new Object[][] {
                {"Mã đơn vị", "Tên đơn vị", "Chuyên môn", "Thi đua"},
                {"Điểm chuẩn", null, 50, "ba mươi"},
                {"VP", null, 55, 10},
                {"XYZ", null, 10, 10},
                {"UBX", null, "nhiều", 10}});
        ValidationException e = assertThrows(ValidationException.class, () -> blocs.importScores(c.id(), bad, false));
        List<String> where = e.problems().stream().map(p -> p.sheet() + "!" + p.row() + ":" + p.column()).toList();
        assertEquals(List.of("Chấm điểm khối!2:Thi đua", "Chấm điểm khối!3:Chuyên môn", "Chấm điểm khối!5:Chuyên môn",
                "Chấm điểm khối!4:Mã đơn vị", "Chấm điểm khối!5:Mã đơn vị"), where,
                e.problems().stream().map(Problem::describe).toList().toString());
        assertEquals(9, blocs.scores(c.id()).size(), "a refused sheet changes nothing");
    }

    private Path sheet(Object[][] cells) throws Exception {
        Path f = Files.createTempFile(dir, "khoi", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet sh = wb.createSheet(BlocService.SHEET);
            for (int r = 0; r < cells.length; r++) {
                Row row = sh.createRow(r);
                for (int k = 0; k < cells[r].length; k++) {
                    Object v = cells[r][k];
                    if (v instanceof Number n) {
                        row.createCell(k).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(k).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return f;
    }

    /** A covenant workbook: the sheet Giao ước thi đua (row 2 the covenant) and the scoring sheet with its rows. */
    private Path covenantFile(String bloc, String plan, String confirmed, String[]... units) throws Exception {
        Path f = dir.resolve("giao-uoc.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet c = wb.createSheet("Giao ước thi đua");
            String[] heads = {"Năm", "Khối thi đua", "Mã phong trào", "Ngày ký", "Địa điểm ký", "Nội dung giao ước", "Ngày xác nhận"};
            String[] values = {"2023", bloc, plan, "10/02/2023", "Tây Ninh", "Giao ước thi đua năm 2023", confirmed};
            Row h = c.createRow(0);
            Row v = c.createRow(1);
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
                if (values[i] != null) {
                    v.createCell(i).setCellValue(values[i]);
                }
            }
            Sheet sh = wb.createSheet(BlocService.SHEET);
            Row head = sh.createRow(0);
            head.createCell(0).setCellValue("Mã đơn vị");
            head.createCell(1).setCellValue("Tên đơn vị");
            head.createCell(2).setCellValue("Chuyên môn");
            head.createCell(3).setCellValue("Thi đua");
            Row max = sh.createRow(1);
            max.createCell(0).setCellValue("Điểm chuẩn");
            max.createCell(2).setCellValue(60);
            max.createCell(3).setCellValue(40);
            for (int r = 0; r < units.length; r++) {
                Row row = sh.createRow(2 + r);
                for (int k = 0; k < units[r].length; k++) {
                    row.createCell(k == 0 ? 0 : k + 1).setCellValue(units[r][k]);
                }
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        return f;
    }

    @Test
    void aWholeCovenantComesFromItsWorkbookAndItsConfirmationSetsTheBlocLeader() throws Exception {
        long plan = ctx.movements().save(vn.tdkt.movement.domain.MovementDetails.of(vn.tdkt.movement.domain.Movement.draft(
                "TN-2023", "Phát động phong trào thi đua năm 2023", vn.tdkt.movement.domain.MovementKind.THUONG_XUYEN,
                vn.tdkt.movement.domain.LaunchLevel.CO_QUAN)), "test").movement().id();
        Path f = covenantFile("khối các phòng, đơn vị thuộc sở", "TN-2023", "08/01/2024",
                new String[] {"VP", "58", "38,5"}, new String[] {"TTR", "55", "39"}, new String[] {"CCTC", "50", "30"});
        BlocRanking r = blocs.importCovenant(f, "vanthu", false);
        assertEquals(List.of("Văn phòng Sở", "Thanh tra Sở", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
                r.rows().stream().map(BlocRanking.Ranked::unitName).toList());
        Covenant c = blocs.covenant(khoi.id(), 2023).orElseThrow();
        assertEquals(plan, c.movementId());
        assertEquals(LocalDate.of(2023, 2, 10), c.signedOn());
        assertEquals("Tây Ninh", c.place());
        assertEquals(LocalDate.of(2024, 1, 8), c.confirmedOn());
        assertEquals(3, c.signers().size());
        assertEquals(List.of("Chuyên môn", "Thi đua"), c.criteria().stream().map(BlocCriterion::name).toList());
        assertEquals(new BigDecimal("96.50"), r.rows().get(0).total());
        assertEquals(vp.id(), ctx.org().blocLeaders().stream().filter(l -> l.year() == 2023).findFirst().orElseThrow().unitId(),
                "the first unit leads the bloc in 2023");

        // a second one of the same year is refused, with its place
        ValidationException again = assertThrows(ValidationException.class, () -> blocs.importCovenant(f, "vanthu", false));
        assertTrue(again.problems().stream().anyMatch(p -> "Giao ước thi đua".equals(p.sheet()) && p.row() == 2
                && "Năm".equals(p.column())), again.problems().toString());
    }

    @Test
    void aBadCovenantWorkbookIsRefusedWholeWithEveryProblemPlaced() throws Exception {
        Path f = covenantFile("Khối Kinh tế", "KHONG-CO", "31/02/2024", new String[] {"VP", "58", "41"},
                new String[] {"UBX", "50", "30"}, new String[] {"ZZZ", "1", "1"});
        ValidationException e = assertThrows(ValidationException.class, () -> blocs.importCovenant(f, "vanthu", false));
        assertTrue(e.problems().stream().anyMatch(p -> "Ngày xác nhận".equals(p.column())), e.problems().toString());
        Path g = covenantFile("Khối Kinh tế", "KHONG-CO", null, new String[] {"VP", "58", "41"},
                new String[] {"UBX", "50", "30"}, new String[] {"ZZZ", "1", "1"});
        ValidationException all = assertThrows(ValidationException.class, () -> blocs.importCovenant(g, "vanthu", false));
        List<String> where = all.problems().stream().map(p -> p.sheet() + "/" + p.row() + "/" + p.column()).toList();
        assertTrue(where.contains("Giao ước thi đua/2/Khối thi đua"), where.toString());
        assertTrue(where.contains("Giao ước thi đua/2/Mã phong trào"), where.toString());
        assertTrue(where.contains("Chấm điểm khối/3/Thi đua"), "41 above the 40 of the criterion: " + where);
        assertTrue(where.contains("Chấm điểm khối/5/Mã đơn vị"), "an unknown unit: " + where);
        assertTrue(blocs.covenant(khoi.id(), 2023).isEmpty(), "nothing written");
        // a unit outside the bloc, on a bloc that exists
        Path h = covenantFile("Khối các phòng, đơn vị thuộc Sở", null, null, new String[] {"VP", "58", "38"},
                new String[] {"UBX", "50", "30"});
        ValidationException outsider = assertThrows(ValidationException.class, () -> blocs.importCovenant(h, "vanthu", false));
        assertTrue(outsider.problems().stream().anyMatch(p -> p.describe(java.util.Locale.forLanguageTag("vi"))
                .contains("UBND xã Tân Hưng")), outsider.problems().toString());
        assertTrue(blocs.covenant(khoi.id(), 2023).isEmpty(), "nothing written");
    }
}
