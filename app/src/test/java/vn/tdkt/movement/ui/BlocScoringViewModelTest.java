package vn.tdkt.movement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;

/** The bloc scoring screen's model without the toolkit: covenant, points, ranking, confirmation. */
class BlocScoringViewModelTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;
    private AppContext ctx;
    private BlocScoringViewModel vm;
    private Bloc khoi;
    private Unit vp;
    private Unit tt;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        khoi = ctx.org().saveBloc(new Bloc(0, "Khối các phòng thuộc Sở"));
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, khoi.id()));
        tt = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, khoi.id()));
        ctx.org().saveUnit(new Unit(0, "UBX", "UBND xã", null, null));
        ctx.movements().save(vn.tdkt.movement.domain.MovementDetails.of(vn.tdkt.movement.domain.Movement.draft("KH-2023",
                "Phát động phong trào thi đua năm 2023", vn.tdkt.movement.domain.MovementKind.THUONG_XUYEN,
                vn.tdkt.movement.domain.LaunchLevel.CO_QUAN).withIssuer("UBND tỉnh Tây Ninh", "Sở Khoa học và Công nghệ",
                "Tây Ninh").withSigner(null, "Giám đốc", null)), "test");
        vm = new BlocScoringViewModel(ctx.blocs(), ctx.blocDocuments(), ctx.movementLinks(), ctx.org(), new DirectTaskExecutor(),
                Messages.of("vi"), "vanthu");
        vm.year.set("2023");
        vm.load();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aCovenantIsSignedScoredRankedAndConfirmed() throws Exception {
        assertEquals(khoi, vm.bloc.get());
        assertEquals(List.of("Văn phòng Sở", "Thanh tra Sở").stream().sorted().toList(),
                vm.signers.stream().map(Unit::name).sorted().toList(), "a new covenant: every member signs");
        vm.signedOn.set("10/02/2023");
        vm.criteria.add(new BlocScoringViewModel.CriterionRow("Chuyên môn", "60"));
        vm.criteria.add(new BlocScoringViewModel.CriterionRow("Thi đua", "40"));
        vm.saveCovenant();
        assertTrue(vm.problems.isEmpty(), vm.problemText());
        assertEquals(2, vm.covenant.get().criteria().size());

        BlocScoringViewModel.ScoreRow vpRow = vm.scores.stream().filter(r -> r.unit.id() == vp.id()).findFirst().orElseThrow();
        BlocScoringViewModel.ScoreRow ttRow = vm.scores.stream().filter(r -> r.unit.id() == tt.id()).findFirst().orElseThrow();
        vpRow.points(1).set("50");
        vpRow.points(2).set("35,5");
        ttRow.points(1).set("abc");
        vm.saveScores();
        assertTrue(vm.problemText().contains("\"abc\""), vm.problemText());
        ttRow.points(1).set("59");
        ttRow.points(2).set("39");
        vm.saveScores();
        assertTrue(vm.problems.isEmpty(), vm.problemText());
        assertEquals(List.of("Thanh tra Sở", "Văn phòng Sở"), vm.ranking.stream().map(BlocRanking.Ranked::unitName).toList());
        assertEquals("Cờ thi đua", vm.proposal(vm.ranking.get(0)));

        vm.confirm();
        assertTrue(vm.confirmed.get());
        assertEquals("Thanh tra Sở là đơn vị trưởng khối năm 2023.", vm.message.get());
        assertEquals(List.of(new BlocLeader(khoi.id(), 2023, tt.id())), ctx.org().blocLeaders());

        java.nio.file.Path proposal = dir.resolve("to-trinh.docx");
        vm.writeProposal(proposal, java.time.LocalDate.of(2024, 1, 15));
        assertTrue(vm.problemText().contains("chưa gắn với phong trào"), vm.problemText());
        assertTrue(java.nio.file.Files.notExists(proposal));
        vm.reopen();
        vm.movement.set(vm.movementChoices.stream().filter(m -> m.code().equals("KH-2023")).findFirst().orElseThrow());
        vm.saveCovenant();
        vm.confirm();
        vm.writeProposal(proposal, java.time.LocalDate.of(2024, 1, 15));
        assertTrue(vm.problems.isEmpty(), vm.problemText());
        assertEquals(proposal, vm.written.get(), "the view offers to open what was written");
        assertTrue(java.nio.file.Files.size(proposal) > 0);
        vm.writeTemplate(dir.resolve("cham-diem.xlsx"));
        assertEquals(dir.resolve("cham-diem.xlsx"), vm.written.get());
    }

    @Test
    void whatIsTypedIsCheckedBeforeTheService() {
        vm.criteria.add(new BlocScoringViewModel.CriterionRow("Chuyên môn", "sáu mươi"));
        vm.signedOn.set("31/02/2023");
        vm.saveCovenant();
        assertEquals(2, vm.problems.size(), vm.problemText());
        assertTrue(ctx.blocs().covenant(khoi.id(), 2023).isEmpty());
    }
    @Test
    void aScoringSheetTypedInTcvn3WaitsForTheClerkAndIsImportedOnlyWhenAccepted() throws Exception {
        vm.signedOn.set("10/02/2023");
        vm.criteria.add(new BlocScoringViewModel.CriterionRow("Chuyên môn", "60"));
        vm.saveCovenant();
        java.nio.file.Path file = dir.resolve("cham-diem-tcvn3.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet("Chấm điểm khối");
            String criterion = vn.tdkt.common.domain.LegacyEncoding.TCVN3.encode("Thực hiện nhiệm vụ chuyên môn");
            Object[][] rows = {{"Mã đơn vị", "Tên đơn vị", criterion},
                {"Điểm chuẩn", null, 60}, {"VP", null, 50}, {"TTR", null, 55}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
        }
        vm.importScores(file);
        assertEquals(List.of("Thực hiện nhiệm vụ chuyên môn"), vm.conversions.cells().stream()
                .map(vn.tdkt.common.domain.LegacyConverter.Conversion::after).toList(), "the preview waits for the clerk");
        assertTrue(vm.problems.isEmpty(), vm.problemText());
        vm.conversions.decline();
        assertTrue(vm.conversions.cells().isEmpty());
        assertEquals("Chưa nhập tệp cham-diem-tcvn3.xlsx: không chấp nhận chuyển mã, dữ liệu không đổi.", vm.message.get());
        assertEquals(List.of("Chuyên môn"), criteriaNames(), "declined: nothing written");

        vm.importScores(file);
        vm.conversions.accept();
        assertTrue(vm.conversions.cells().isEmpty());
        assertEquals(List.of("Thực hiện nhiệm vụ chuyên môn"), criteriaNames());
        assertEquals(List.of("Thanh tra Sở", "Văn phòng Sở"), vm.ranking.stream().map(BlocRanking.Ranked::unitName).toList());
    }

    private List<String> criteriaNames() {
        return ctx.blocs().covenant(khoi.id(), 2023).orElseThrow().criteria().stream()
                .map(vn.tdkt.movement.domain.BlocCriterion::name).toList();
    }
}
