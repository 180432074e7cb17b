package vn.tdkt.movement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;

/**
 * The scoring workbook of a covenant (written, filled, imported back) and the Tờ trình proposing the bloc's first unit
 * for the Cờ thi đua and the second for a Bằng khen, read back with POI.
 */
class BlocDocumentsTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private Bloc khoi;
    private Unit vp;
    private Unit tt;
    private Unit cc;
    private long planId;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        khoi = ctx.org().saveBloc(new Bloc(0, "Khối thi đua các phòng, đơn vị thuộc Sở"));
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, khoi.id()));
        tt = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, khoi.id()));
        cc = ctx.org().saveUnit(new Unit(0, "CCTC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", null, khoi.id()));
        Movement plan = Movement.draft("TN-2023", "Phát động phong trào thi đua năm 2023", MovementKind.THUONG_XUYEN,
                        LaunchLevel.CO_QUAN).withPlan("12/KH-SKHCN", LocalDate.of(2022, 12, 20))
                .withIssuer("UBND tỉnh Tây Ninh", "Sở Khoa học và Công nghệ", "Tây Ninh")
                .withSigner(null, "Giám đốc", "Trần Văn Minh");
        planId = ctx.movements().save(MovementDetails.of(plan), "test").movement().id();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Covenant covenant(Long movement) {
        return ctx.blocs().save(new Covenant(0, khoi.id(), 2023, movement, LocalDate.of(2023, 2, 10), "Tây Ninh", null,
                List.of(new Covenant.CovenantSigner(vp.id(), null), new Covenant.CovenantSigner(tt.id(), null),
                        new Covenant.CovenantSigner(cc.id(), null)),
                List.of(new BlocCriterion(0, 1, "Thực hiện nhiệm vụ chuyên môn", new BigDecimal("60")),
                        new BlocCriterion(0, 2, "Công tác thi đua, khen thưởng", new BigDecimal("40"))), null, null));
    }

    private static BlocScore s(Unit u, int line, String points) {
        return new BlocScore(u.id(), line, new BigDecimal(points));
    }

    @Test
    void theTemplateCarriesTheCriteriaAndOneRowPerSignerAndComesBackFilled() throws Exception {
        Covenant c = covenant(planId);
        ctx.blocs().saveScores(c.id(), List.of(s(vp, 1, "58")));
        Path file = ctx.blocDocuments().writeTemplate(c.id(), dir.resolve("cham-diem.xlsx"));
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet(BlocService.SHEET);
            assertEquals(List.of("Mã đơn vị", "Tên đơn vị", "Thực hiện nhiệm vụ chuyên môn", "Công tác thi đua, khen thưởng"),
                    List.of(f.formatCellValue(sh.getRow(0).getCell(0)), f.formatCellValue(sh.getRow(0).getCell(1)),
                            f.formatCellValue(sh.getRow(0).getCell(2)), f.formatCellValue(sh.getRow(0).getCell(3))));
            assertEquals("Điểm chuẩn", sh.getRow(1).getCell(0).getStringCellValue());
            assertEquals(60.0, sh.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(40.0, sh.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(4, sh.getLastRowNum(), "header, điểm chuẩn and the three signers");
            List<String> codes = List.of(2, 3, 4).stream().map(r -> sh.getRow(r).getCell(0).getStringCellValue()).sorted().toList();
            assertEquals(List.of("CCTC", "TTR", "VP"), codes);
            int vpRow = List.of(2, 3, 4).stream().filter(r -> sh.getRow(r).getCell(0).getStringCellValue().equals("VP"))
                    .findFirst().orElseThrow();
            assertEquals(58.0, sh.getRow(vpRow).getCell(2).getNumericCellValue(), "the points already given are kept");
            assertEquals(2, sh.getDataValidations().size(), "each points column accepts 0 to its điểm chuẩn");
            assertTrue(wb.getSheet(BlocDocuments.GUIDE_SHEET) != null);
            // the bloc fills the rest and sends it back
            for (int r = 2; r <= 4; r++) {
                String code = sh.getRow(r).getCell(0).getStringCellValue();
                String[] pts = switch (code) {
                    case "VP" -> new String[] {"58", "38,5"};
                    case "TTR" -> new String[] {"55", "39"};
                    default -> new String[] {"50", "30"};
                };
                sh.getRow(r).getCell(2).setCellValue(Double.parseDouble(pts[0]));
                sh.getRow(r).getCell(3).setCellValue(pts[1]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        BlocRanking r = ctx.blocs().importScores(c.id(), file, false);
        assertEquals(List.of("Văn phòng Sở", "Thanh tra Sở", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
                r.rows().stream().map(BlocRanking.Ranked::unitName).toList());
        assertEquals(0, new BigDecimal("96.5").compareTo(r.rows().get(0).total()));
        assertTrue(r.refusals().isEmpty());
    }

    @Test
    void aPointAboveTheMaximumInTheFilledTemplateIsRefusedAtItsRowAndColumnAndNothingChanges() throws Exception {
        Covenant c = covenant(planId);
        ctx.blocs().saveScores(c.id(), List.of(s(vp, 1, "58")));
        Path file = ctx.blocDocuments().writeTemplate(c.id(), dir.resolve("cham-diem.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet(BlocService.SHEET);
            sh.getRow(3).getCell(3).setCellValue(45);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ValidationException e = assertThrows(ValidationException.class, () -> ctx.blocs().importScores(c.id(), file, false));
        Problem p = e.problems().get(0);
        assertEquals(BlocService.SHEET, p.sheet());
        assertEquals(4, p.row());
        assertEquals("Công tác thi đua, khen thưởng", p.column());
        assertEquals(0, new BigDecimal("58").compareTo(ctx.blocs().scores(c.id()).get(0).points()));
        assertEquals(1, ctx.blocs().scores(c.id()).size(), "the scores are as they were");
    }

    @Test
    void theProposalIsRefusedUntilTheRankingIsConfirmedAndTheCovenantNamesItsPlan() {
        Covenant c = covenant(null);
        ctx.blocs().saveScores(c.id(), List.of(s(vp, 1, "58"), s(vp, 2, "38"), s(tt, 1, "55"), s(tt, 2, "39"), s(cc, 1, "50"),
                s(cc, 2, "30")));
        AppException notYet = assertThrows(AppException.class,
                () -> ctx.blocDocuments().writeProposal(c.id(), LocalDate.of(2024, 1, 15), dir.resolve("tt.docx")));
        assertEquals("bloc.proposal.notConfirmed", notYet.text().key());
        ctx.blocs().confirm(c.id(), LocalDate.of(2024, 1, 10), "vanthu");
        AppException noPlan = assertThrows(AppException.class,
                () -> ctx.blocDocuments().writeProposal(c.id(), LocalDate.of(2024, 1, 15), dir.resolve("tt.docx")));
        assertEquals("bloc.proposal.noPlan", noPlan.text().key());
        assertTrue(Files.notExists(dir.resolve("tt.docx")));
    }

    @Test
    void theProposalProposesTheFirstForTheFlagAndTheSecondForABangKhen() throws Exception {
        Covenant c = covenant(planId);
        ctx.blocs().saveScores(c.id(), List.of(s(vp, 1, "58"), s(vp, 2, "38.5"), s(tt, 1, "55"), s(tt, 2, "39"),
                s(cc, 1, "50"), s(cc, 2, "30")));
        ctx.blocs().confirm(c.id(), LocalDate.of(2024, 1, 10), "vanthu");
        Path file = ctx.blocDocuments().writeProposal(c.id(), LocalDate.of(2024, 1, 15), dir.resolve("tt.docx"));
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable header = d.getTables().get(0);
            assertEquals(List.of("UBND TỈNH TÂY NINH", "SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"), header.getRow(0).getCell(0).getParagraphs()
                    .stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList());
            assertEquals("Số: /TTr-SKHCN", header.getRow(1).getCell(0).getText().strip().replaceAll("\\s+", " "));
            assertEquals("Tây Ninh, ngày 15 tháng 01 năm 2024", header.getRow(1).getCell(1).getText());
            List<String> p = d.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            int title = p.indexOf("TỜ TRÌNH");
            assertEquals("Về việc đề nghị tặng Cờ thi đua và Bằng khen cho các tập thể dẫn đầu Khối thi đua các phòng, đơn vị "
                    + "thuộc Sở năm 2023", p.get(title + 1));
            assertEquals(List.of("Kính gửi:", "- Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh;", "- Sở Nội vụ."),
                    p.subList(title + 2, title + 5));
            assertTrue(p.stream().anyMatch(t -> t.startsWith("Căn cứ Luật Thi đua, khen thưởng")), p.toString());
            assertTrue(p.contains("Căn cứ Kế hoạch số 12/KH-SKHCN ngày 20/12/2022 của Sở Khoa học và Công nghệ về việc phát động "
                    + "phong trào thi đua năm 2023;"), p.toString());
            assertTrue(p.contains("Căn cứ Giao ước thi đua năm 2023 của Khối thi đua các phòng, đơn vị thuộc Sở ký ngày 10/02/2023;"));
            assertTrue(p.contains("Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2023 của Khối thi đua các phòng, đơn vị thuộc Sở "
                    + "được xác nhận ngày 10/01/2024."));
            assertTrue(p.contains("- Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Văn phòng Sở (xếp thứ nhất, dẫn đầu Khối thi đua "
                    + "các phòng, đơn vị thuộc Sở năm 2023, 96,5 điểm);"), p.toString());
            assertTrue(p.contains("- Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho Thanh tra Sở (xếp thứ nhì Khối thi đua "
                    + "các phòng, đơn vị thuộc Sở năm 2023, 94 điểm)."), p.toString());
            assertTrue(p.get(p.size() - 1).endsWith("xem xét, quyết định./."), p.get(p.size() - 1));
            XWPFTable ranking = d.getTables().get(1);
            assertEquals(4, ranking.getNumberOfRows());
            assertEquals(List.of("1", "Văn phòng Sở", "96,5", "Cờ thi đua của Ủy ban nhân dân tỉnh"),
                    ranking.getRow(1).getTableCells().stream().map(x -> x.getText()).toList());
            assertEquals("", ranking.getRow(3).getCell(3).getText(), "the third is proposed for nothing");
            XWPFTable sign = d.getTables().get(2);
            assertTrue(sign.getRow(0).getCell(0).getText().startsWith("Nơi nhận:"));
            assertEquals(List.of("GIÁM ĐỐC", "Trần Văn Minh"), sign.getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList());
        }
    }
}
