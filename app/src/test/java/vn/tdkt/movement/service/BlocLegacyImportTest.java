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
import vn.tdkt.common.domain.ConversionsNotAccepted;
import vn.tdkt.common.domain.LegacyConverter.Conversion;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;

/**
 * The bloc scoring import and the covenant import on the legacy-encoding mechanism (decision 10): a TCVN3 and a VNI
 * cell are converted and written only after acceptance, the refusal lists them (sheet, row, column, before → after)
 * and writes nothing; a cell either encoding explains in a file that shows both is refused with its place.
 */
class BlocLegacyImportTest {

    private static final String TCVN3 = LegacyEncoding.TCVN3.encode("Thực hiện nhiệm vụ chuyên môn");
    private static final String VNI = LegacyEncoding.VNI.encode("Công tác thi đua, khen thưởng");
    /** "Huế" in TCVN3; read as VNI it is "Hũ": both are Vietnamese. */
    private static final String EITHER = "Hu\u00D5";

    @TempDir
    Path dir;
    private AppContext ctx;
    private BlocService blocs;
    private Bloc khoi;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        blocs = ctx.blocs();
        khoi = ctx.org().saveBloc(new Bloc(0, "Khối các phòng, đơn vị thuộc Sở"));
        ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, khoi.id()));
        ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, khoi.id()));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Covenant covenant() {
        Unit vp = ctx.org().units().stream().filter(u -> u.code().equals("VP")).findFirst().orElseThrow();
        Unit tt = ctx.org().units().stream().filter(u -> u.code().equals("TTR")).findFirst().orElseThrow();
        return blocs.save(new Covenant(0, khoi.id(), 2023, null, LocalDate.of(2023, 2, 10), "Tây Ninh", "Giao ước",
                List.of(new Covenant.CovenantSigner(vp.id(), null), new Covenant.CovenantSigner(tt.id(), null)),
                List.of(new BlocCriterion(0, 1, "Chuyên môn", new BigDecimal("60"))), null, null));
    }

    private Path workbook(String name, String[] covenantRow, String first, String second) throws Exception {
        return workbook(name, covenantRow, first, second, null);
    }

    private Path workbook(String name, String[] covenantRow, String first, String second, String unitName) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            if (covenantRow != null) {
                Sheet c = wb.createSheet("Giao ước thi đua");
                String[] heads = {"Khối thi đua", "Năm", "Ngày ký", "Địa điểm ký", "Nội dung giao ước"};
                Row h = c.createRow(0);
                Row v = c.createRow(1);
                for (int i = 0; i < heads.length; i++) {
                    h.createCell(i).setCellValue(heads[i]);
                    v.createCell(i).setCellValue(covenantRow[i]);
                }
            }
            Sheet sh = wb.createSheet(BlocService.SHEET);
            Row head = sh.createRow(0);
            head.createCell(0).setCellValue("Mã đơn vị");
            head.createCell(1).setCellValue("Tên đơn vị");
            head.createCell(2).setCellValue(first);
            head.createCell(3).setCellValue(second);
            Row max = sh.createRow(1);
            max.createCell(0).setCellValue("Điểm chuẩn");
            max.createCell(2).setCellValue(60);
            max.createCell(3).setCellValue(40);
            Row vp = sh.createRow(2);
            vp.createCell(0).setCellValue("VP");
            if (unitName != null) {
                vp.createCell(1).setCellValue(unitName);
            }
            vp.createCell(2).setCellValue(58);
            vp.createCell(3).setCellValue(38);
            Row tt = sh.createRow(3);
            tt.createCell(0).setCellValue("TTR");
            tt.createCell(2).setCellValue(55);
            tt.createCell(3).setCellValue(39);
            wb.write(out);
        }
        return f;
    }

    private static List<String> where(List<Conversion> cells) {
        return cells.stream().map(c -> c.sheet() + "!" + c.row() + ":" + c.column() + " " + c.encoding() + " " + c.after()).toList();
    }

    @Test
    void aScoringSheetInTcvn3AndVniIsWrittenOnlyOnceAccepted() throws Exception {
        Covenant c = covenant();
        Path f = workbook("khoi.xlsx", null, TCVN3, VNI);
        ConversionsNotAccepted refusal = assertThrows(ConversionsNotAccepted.class, () -> blocs.importScores(c.id(), f, false));
        assertEquals(List.of("Chấm điểm khối!1:C TCVN3 Thực hiện nhiệm vụ chuyên môn",
                "Chấm điểm khối!1:D VNI Công tác thi đua, khen thưởng"), where(refusal.conversions()));
        assertEquals(TCVN3, refusal.conversions().get(0).before());
        assertTrue(refusal.problems().get(1).describe().startsWith("Sheet 'Chấm điểm khối', dòng 1, cột 'C': Chuyển mã TCVN3"),
                refusal.problems().get(1).describe());
        assertEquals(List.of("Chuyên môn"), names(c), "declined: the covenant keeps its criteria");
        assertTrue(blocs.scores(c.id()).isEmpty(), "declined: no score written");

        blocs.importScores(c.id(), f, true);
        assertEquals(List.of("Thực hiện nhiệm vụ chuyên môn", "Công tác thi đua, khen thưởng"), names(c));
        assertEquals(4, blocs.scores(c.id()).size());
    }

    @Test
    void aCellEitherEncodingExplainsIsRefusedWithItsPlaceAndNothingIsWritten() throws Exception {
        Covenant c = covenant();
        Path f = workbook("khoi-mo-ho.xlsx", null, EITHER, VNI, LegacyEncoding.TCVN3.encode("Văn phòng Sở"));
        // the file shows both encodings, so the cell cannot be decided: reported, even when conversions are accepted
        ValidationException e = assertThrows(ValidationException.class, () -> blocs.importScores(c.id(), f, true));
        List<String> texts = e.problems().stream().map(Problem::describe).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Sheet 'Chấm điểm khối', dòng 1, cột 'C': Không rõ ô này gõ bằng"
                + " bảng mã TCVN3 hay VNI")), texts.toString());
        assertEquals(List.of("Chuyên môn"), names(c));
        assertTrue(blocs.scores(c.id()).isEmpty());
    }

    @Test
    void aCovenantWorkbookInTcvn3AndVniIsCreatedOnlyOnceAccepted() throws Exception {
        String place = LegacyEncoding.TCVN3.encode("Thành phố Tây Ninh");
        String content = LegacyEncoding.VNI.encode("Giao ước thi đua năm 2023 của các phòng, đơn vị thuộc Sở");
        Path f = workbook("giao-uoc.xlsx", new String[] {"Khối các phòng, đơn vị thuộc Sở", "2023", "10/02/2023", place,
                content}, "Chuyên môn", "Thi đua");
        ConversionsNotAccepted refusal = assertThrows(ConversionsNotAccepted.class, () -> blocs.importCovenant(f, "vanthu", false));
        assertEquals(List.of("Giao ước thi đua!2:Địa điểm ký TCVN3 Thành phố Tây Ninh",
                "Giao ước thi đua!2:Nội dung giao ước VNI Giao ước thi đua năm 2023 của các phòng, đơn vị thuộc Sở"),
                where(refusal.conversions()));
        assertTrue(blocs.covenant(khoi.id(), 2023).isEmpty(), "declined: nothing written");

        blocs.importCovenant(f, "vanthu", true);
        Covenant c = blocs.covenant(khoi.id(), 2023).orElseThrow();
        assertEquals("Thành phố Tây Ninh", c.place());
        assertEquals("Giao ước thi đua năm 2023 của các phòng, đơn vị thuộc Sở", c.content());
    }

    @Test
    void anUndecidableCovenantCellIsRefusedWithItsPlace() throws Exception {
        Path f = workbook("giao-uoc-mo-ho.xlsx", new String[] {"Khối các phòng, đơn vị thuộc Sở", "2023", "10/02/2023", EITHER,
                LegacyEncoding.VNI.encode("Giao ước thi đua năm 2023")}, TCVN3, "Thi đua");
        ValidationException e = assertThrows(ValidationException.class, () -> blocs.importCovenant(f, "vanthu", true));
        assertTrue(e.problems().stream().anyMatch(p -> "Giao ước thi đua".equals(p.sheet()) && p.row() == 2
                && "Địa điểm ký".equals(p.column()) && p.describe().contains("TCVN3 hay VNI")),
                e.problems().stream().map(Problem::describe).toList().toString());
        assertTrue(blocs.covenant(khoi.id(), 2023).isEmpty(), "nothing written");
    }

    private List<String> names(Covenant c) {
        return blocs.covenant(khoi.id(), c.year()).orElseThrow().criteria().stream().map(BlocCriterion::name).toList();
    }
}
