package vn.tdkt.exemplary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.exemplary.ExemplaryWorkbooks;
import vn.tdkt.exemplary.domain.ModelDetails;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.ExemplarySheets;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.domain.ImportResult;
import vn.tdkt.workbook.domain.SheetCount;

/**
 * The optional sheets Điển hình tiên tiến, Công nhận điển hình and Giai đoạn điển hình of the import workbook (issue #11,
 * decision 125): the good file, a re-import, a stage moved forward and refused back, the dated stages (the optional
 * column Ngày giai đoạn and the history sheet, with their problems), the committed bad files (every problem by sheet,
 * row and column, nothing written), the template and the export → import → export round trip.
 */
class ExemplarySheetsImportTest {

    private static final Path BAD = Path.of("src/test/resources/workbook/bad");

    @TempDir
    Path tmp;
    private Database db;
    private AppContext ctx;

    @BeforeEach
    void open() {
        db = Database.inMemory();
        ctx = new AppContext(db);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private ImportResult importGood() throws IOException {
        return ctx.workbook().importFile(ExemplaryWorkbooks.good().write(tmp.resolve("good.xlsx")), Progress.NONE);
    }

    private static SheetCount count(ImportResult r, String sheet) {
        return r.counts().stream().filter(c -> c.sheet().equals(sheet)).findFirst().orElseThrow();
    }

    private ModelRow model(String code) {
        return ctx.exemplary().byCode(code).orElseThrow();
    }

    @Test
    void theContractsValuesAreTheModelKindsAndStages() {
        assertEquals(ExemplarySheets.KINDS, Arrays.stream(ModelKind.values()).map(Labelled::label).toList());
        assertEquals(ExemplarySheets.STAGES, Arrays.stream(Stage.values()).map(Labelled::label).toList());
    }

    @Test
    void aGoodFileWritesModelsWithTheirPeopleUnitsMovementsAndRecognitions() throws IOException {
        ImportResult r = importGood();
        assertEquals(new SheetCount(ExemplarySheets.MODELS, 5, 0, 0), count(r, ExemplarySheets.MODELS));
        assertEquals(new SheetCount(ExemplarySheets.RECOGNITIONS, 9, 0, 0), count(r, ExemplarySheets.RECOGNITIONS));

        ModelRow an = model("DH01");
        assertEquals(ModelKind.CA_NHAN, an.model().kind());
        assertEquals("CB001", an.personCode());
        assertEquals("VP", an.proposerCode(), "a person's model is proposed by the person's unit");
        assertEquals("KH90", an.movementCode());
        assertEquals(Stage.BOI_DUONG, an.model().stage());
        assertNull(an.model().gender(), "a person of the database gives the gender");

        ModelRow tv = model("DH02");
        assertEquals(ModelKind.TAP_THE, tv.model().kind());
        assertEquals("TV", tv.unitCode());
        assertEquals("KH90-05", tv.movementCode());
        assertEquals(Stage.TONG_KET, tv.model().stage());

        ModelRow ho = model("DH03");
        assertEquals(ModelKind.HO_GIA_DINH, ho.model().kind());
        assertEquals("KH90-05", ho.movementCode(), "movement codes match whatever their case");

        ModelRow xuan = model("DH04");
        assertEquals("Nữ", xuan.model().gender());
        assertTrue(xuan.woman());
        assertEquals(ModelKind.DOANH_NGHIEP, model("DH05").model().kind());

        ModelDetails d = ctx.exemplary().details(tv.model().id());
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025), d.recognitions().stream().map(x -> x.year()).toList());
        assertEquals("23/QĐ-UBND", d.recognitions().get(2).decisionNo());
        StageChange first = d.stages().get(0);
        assertNull(first.from());
        assertEquals(Stage.TONG_KET, first.to());
        assertEquals(ExemplaryImports.IMPORTED, first.note());
    }

    @Test
    void aReimportChangesNothingAndSaysSo() throws IOException {
        importGood();
        ImportResult again = importGood();
        assertEquals(new SheetCount(ExemplarySheets.MODELS, 0, 0, 5), count(again, ExemplarySheets.MODELS));
        assertEquals(new SheetCount(ExemplarySheets.RECOGNITIONS, 0, 0, 9), count(again, ExemplarySheets.RECOGNITIONS));
        assertEquals(1, ctx.exemplary().stages(model("DH02").model().id()).size());
    }

    @Test
    void aReimportMovesAStageForwardWithALogLineAndUpdatesADecision() throws IOException {
        importGood();
        Path next = ExemplaryWorkbooks.good().set(ExemplarySheets.MODELS, 1, ExemplarySheets.STAGE, "Nhân rộng")
                .set(ExemplarySheets.RECOGNITIONS, 1, ExemplarySheets.DECISION_NO, "21b/QĐ-UBND")
                .write(tmp.resolve("next.xlsx"));
        ImportResult r = ctx.workbook().importFile(next, Progress.NONE);
        assertEquals(new SheetCount(ExemplarySheets.MODELS, 0, 1, 4), count(r, ExemplarySheets.MODELS));
        assertEquals(new SheetCount(ExemplarySheets.RECOGNITIONS, 0, 1, 8), count(r, ExemplarySheets.RECOGNITIONS));
        List<StageChange> log = ctx.exemplary().stages(model("DH01").model().id());
        StageChange last = log.stream().filter(c -> c.from() != null).findFirst().orElseThrow();
        assertEquals(Stage.BOI_DUONG, last.from());
        assertEquals(Stage.NHAN_RONG, last.to());
        assertEquals(ExemplaryImports.IMPORTED, last.note());
        assertEquals("21b/QĐ-UBND", ctx.exemplary().details(model("DH02").model().id()).recognitions().get(0).decisionNo());
    }

    @Test
    void aStageIsNeverMovedBackByTheWorkbook() throws IOException {
        importGood();
        String before = TestWorkbooks.fingerprint(db) + ctx.exemplary().list();
        Path back = ExemplaryWorkbooks.good().set(ExemplarySheets.MODELS, 2, ExemplarySheets.STAGE, "Phát hiện")
                .set(ExemplarySheets.MODELS, 5, ExemplarySheets.NAME, "Hợp tác xã Thành Công (đổi tên)")
                .write(tmp.resolve("back.xlsx"));
        ValidationException e = assertThrows(ValidationException.class, () -> ctx.workbook().importFile(back, Progress.NONE));
        assertEquals(List.of("Sheet 'Điển hình tiên tiến', dòng 3, cột 'Giai đoạn': điển hình DH02 đang ở giai đoạn Tổng kết; "
                + "bảng tính không chuyển lùi về Phát hiện khi không có lý do (chuyển lùi trên màn hình điển hình, hoặc ở "
                + "trang tính Giai đoạn điển hình với Ghi chú là lý do)"),
                e.problems().stream().map(Problem::describe).toList());
        assertEquals(before, TestWorkbooks.fingerprint(db) + ctx.exemplary().list());
    }

    /** The good file with the history of DH04, imported at Nhân rộng: its four stages dated, by whom, why. */
    private static TestWorkbooks.Content withHistory() {
        return ExemplaryWorkbooks.good()
                .sheet(ExemplarySheets.HISTORY, ExemplarySheets.HISTORY_HEADERS.toArray(String[]::new))
                .add(ExemplarySheets.HISTORY, "DH04", "Phát hiện", LocalDate.of(2021, 4, 10), "Sở Văn hóa", "Hội thi hát then")
                .add(ExemplarySheets.HISTORY, "DH04", "Bồi dưỡng", "15/01/2022", null, "Mở lớp truyền dạy")
                .add(ExemplarySheets.HISTORY, "dh04", "Tổng kết", LocalDate.of(2023, 11, 20), "Sở Văn hóa", null)
                .add(ExemplarySheets.HISTORY, "DH04", "Nhân rộng", LocalDate.of(2024, 6, 5), "Sở Văn hóa",
                        "Ba câu lạc bộ học theo");
    }

    @Test
    void theHistorySheetDatesEveryStageOfAModelImportedAtNhanRong() throws IOException {
        ImportResult r = ctx.workbook().importFile(withHistory().write(tmp.resolve("history.xlsx")), Progress.NONE);
        assertEquals(new SheetCount(ExemplarySheets.HISTORY, 4, 0, 0), count(r, ExemplarySheets.HISTORY));
        ModelRow xuan = model("DH04");
        assertEquals(Stage.NHAN_RONG, xuan.model().stage());
        assertEquals(LocalDate.of(2024, 6, 5), xuan.model().stageDate());
        List<StageChange> log = ctx.exemplary().stages(xuan.model().id());
        assertEquals(Arrays.asList(null, Stage.PHAT_HIEN, Stage.BOI_DUONG, Stage.TONG_KET),
                log.stream().map(StageChange::from).toList());
        assertEquals(List.of(Stage.PHAT_HIEN, Stage.BOI_DUONG, Stage.TONG_KET, Stage.NHAN_RONG),
                log.stream().map(StageChange::to).toList());
        assertEquals(List.of(LocalDate.of(2021, 4, 10), LocalDate.of(2022, 1, 15), LocalDate.of(2023, 11, 20),
                LocalDate.of(2024, 6, 5)), log.stream().map(StageChange::on).toList());
        assertEquals("Sở Văn hóa", log.get(0).user());
        assertEquals("Ba câu lạc bộ học theo", log.get(3).note());
        assertEquals(ExemplaryImports.IMPORTED, ctx.exemplary().stages(model("DH02").model().id()).get(0).note(),
                "a model without rows in the history keeps the import's line");

        ImportResult again = ctx.workbook().importFile(withHistory().write(tmp.resolve("again.xlsx")), Progress.NONE);
        assertEquals(new SheetCount(ExemplarySheets.HISTORY, 0, 0, 4), count(again, ExemplarySheets.HISTORY));
        assertEquals(new SheetCount(ExemplarySheets.MODELS, 0, 0, 5), count(again, ExemplarySheets.MODELS));

        Path back = withHistory().set(ExemplarySheets.MODELS, 4, ExemplarySheets.STAGE, "Tổng kết")
                .add(ExemplarySheets.HISTORY, "DH04", "Tổng kết", LocalDate.of(2024, 9, 1), null, "Chưa đủ điều kiện nhân rộng")
                .write(tmp.resolve("back.xlsx"));
        ImportResult r3 = ctx.workbook().importFile(back, Progress.NONE);
        assertEquals(new SheetCount(ExemplarySheets.HISTORY, 1, 0, 4), count(r3, ExemplarySheets.HISTORY));
        assertEquals(Stage.TONG_KET, model("DH04").model().stage(), "a move back with its reason, in the history");
        assertEquals(LocalDate.of(2024, 9, 1), model("DH04").model().stageDate());
        assertTrue(ctx.exemplary().stages(model("DH04").model().id()).get(4).backwards());
    }

    @Test
    void theHistorysProblemsAreEachLocatedAndNothingIsWritten() throws IOException {
        LocalDate future = LocalDate.now().plusDays(3);
        Path file = withHistory()
                .add(ExemplarySheets.HISTORY, "DH01", "Phát hiện", LocalDate.of(2022, 3, 1), null, null)
                .add(ExemplarySheets.HISTORY, "DH01", "Tổng kết", LocalDate.of(2023, 3, 1), null, null)
                .add(ExemplarySheets.HISTORY, "DH02", "Phát hiện", LocalDate.of(2022, 3, 1), null, null)
                .add(ExemplarySheets.HISTORY, "DH02", "Bồi dưỡng", LocalDate.of(2022, 2, 1), null, null)
                .add(ExemplarySheets.HISTORY, "DH02", "Phát hiện", LocalDate.of(2022, 5, 1), null, null)
                .add(ExemplarySheets.HISTORY, "DH03", "Phát hiện", future, null, null)
                .add(ExemplarySheets.HISTORY, "DH09", "Phát hiện", LocalDate.of(2022, 3, 1), null, null)
                .add(ExemplarySheets.HISTORY, "DH05", "Phát hiện", "31/02/2022", null, null)
                .write(tmp.resolve("history-bad.xlsx"));
        String before = TestWorkbooks.fingerprint(db);
        ImportPlan plan = ctx.workbook().analyze(file, Progress.NONE);
        Map<String, String> texts = plan.problems().stream().collect(Collectors.toMap(
                p -> p.sheet() + "|" + p.row() + "|" + p.column(), Problem::describe, (a, b) -> a + " | " + b,
                java.util.TreeMap::new));
        assertEquals(Set.of("Giai đoạn điển hình|7|Giai đoạn", "Giai đoạn điển hình|9|Ngày giai đoạn",
                "Giai đoạn điển hình|10|Ghi chú", "Giai đoạn điển hình|10|Giai đoạn",
                "Giai đoạn điển hình|11|Ngày giai đoạn", "Giai đoạn điển hình|12|Mã điển hình",
                "Giai đoạn điển hình|13|Ngày giai đoạn"), texts.keySet());
        assertEquals("Sheet 'Giai đoạn điển hình', dòng 7, cột 'Giai đoạn': điển hình DH01 không bỏ qua giai đoạn: từ Phát "
                + "hiện chưa sang Tổng kết được, chỉ chuyển tiếp sang Bồi dưỡng | Sheet 'Giai đoạn điển hình', dòng 7, cột "
                + "'Giai đoạn': lịch sử của điển hình DH01 kết thúc ở giai đoạn Tổng kết, khác giai đoạn Bồi dưỡng của điển "
                + "hình", texts.get("Giai đoạn điển hình|7|Giai đoạn"));
        assertEquals("Sheet 'Giai đoạn điển hình', dòng 9, cột 'Ngày giai đoạn': ngày 01/02/2022 trước ngày của giai đoạn "
                + "trước (01/03/2022)", texts.get("Giai đoạn điển hình|9|Ngày giai đoạn"));
        assertEquals("Sheet 'Giai đoạn điển hình', dòng 10, cột 'Ghi chú': chuyển lùi từ Bồi dưỡng về Phát hiện cần ghi lý "
                + "do ở cột Ghi chú", texts.get("Giai đoạn điển hình|10|Ghi chú"));
        assertEquals("Sheet 'Giai đoạn điển hình', dòng 11, cột 'Ngày giai đoạn': ngày " + vn.tdkt.common.domain.VnFormat
                .date(future) + " sau hôm nay (" + vn.tdkt.common.domain.VnFormat.date(LocalDate.now()) + ")",
                texts.get("Giai đoạn điển hình|11|Ngày giai đoạn"));
        assertThrows(ValidationException.class, () -> ctx.workbook().importFile(file, Progress.NONE));
        assertEquals(before, TestWorkbooks.fingerprint(db));
        assertTrue(ctx.exemplary().list().isEmpty());
    }

    /** The good file with the optional column Ngày giai đoạn (the models' rows of {@link ExemplaryWorkbooks#good()}). */
    private static TestWorkbooks.Content withStageDates(LocalDate an, String anStage) {
        List<String> headers = new java.util.ArrayList<>(ExemplarySheets.MODEL_HEADERS);
        headers.add(ExemplarySheets.STAGE_DATE);
        return ExemplaryWorkbooks.good().sheet(ExemplarySheets.MODELS, headers.toArray(String[]::new))
                .add(ExemplarySheets.MODELS, "DH01", "Nguyễn Văn An", "Cá nhân", "CB001", null, "Cải cách hành chính",
                        "KH90", anStage, null, an)
                .add(ExemplarySheets.MODELS, "DH02", "Thư viện tỉnh", "Tập thể", null, "TV", "Văn hóa đọc", "KH90-05",
                        "Tổng kết", null, "12/09/2023")
                .add(ExemplarySheets.MODELS, "DH04", "Bà Lò Thị Xuân, nghệ nhân hát then", "Cá nhân", null, null,
                        "Văn hóa", "KH90-05", "Nhân rộng", "Nữ", null);
    }

    @Test
    void theOptionalColumnNgayGiaiDoanDatesANewModelAndAMoveForward() throws IOException {
        ImportResult r = ctx.workbook().importFile(withStageDates(LocalDate.of(2024, 2, 1), "Bồi dưỡng")
                .write(tmp.resolve("dates.xlsx")), Progress.NONE);
        assertEquals(new SheetCount(ExemplarySheets.MODELS, 3, 0, 0), count(r, ExemplarySheets.MODELS));
        assertEquals(LocalDate.of(2023, 9, 12), model("DH02").model().stageDate());
        assertEquals(LocalDate.of(2023, 9, 12), ctx.exemplary().stages(model("DH02").model().id()).get(0).on());

        Path early = withStageDates(LocalDate.of(2024, 1, 5), "Tổng kết").write(tmp.resolve("early.xlsx"));
        ImportPlan plan = ctx.workbook().analyze(early, Progress.NONE);
        assertEquals(List.of("Sheet 'Điển hình tiên tiến', dòng 2, cột 'Ngày giai đoạn': ngày 05/01/2024 trước ngày của "
                + "giai đoạn trước (01/02/2024)"), plan.problems().stream().map(Problem::describe).toList());
        Path future = withStageDates(LocalDate.now().plusDays(1), "Tổng kết").write(tmp.resolve("future.xlsx"));
        assertEquals(List.of("Điển hình tiên tiến|2|Ngày giai đoạn"), ctx.workbook().analyze(future, Progress.NONE)
                .problems().stream().map(p -> p.sheet() + "|" + p.row() + "|" + p.column()).toList());

        ImportResult moved = ctx.workbook().importFile(withStageDates(LocalDate.of(2025, 3, 3), "Tổng kết")
                .write(tmp.resolve("moved.xlsx")), Progress.NONE);
        assertEquals(new SheetCount(ExemplarySheets.MODELS, 0, 1, 2), count(moved, ExemplarySheets.MODELS));
        List<StageChange> log = ctx.exemplary().stages(model("DH01").model().id());
        assertEquals(List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 3)), log.stream().map(StageChange::on).toList());
        assertEquals(Stage.TONG_KET, log.get(1).to());

        ctx.workbook().importFile(withStageDates(LocalDate.of(2025, 3, 1), "Tổng kết").write(tmp.resolve("fix.xlsx")),
                Progress.NONE);
        assertEquals(LocalDate.of(2025, 3, 1), model("DH01").model().stageDate(), "the day of the stage corrected");
        assertEquals(List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 1)),
                ctx.exemplary().stages(model("DH01").model().id()).stream().map(StageChange::on).toList());
    }

    private Set<String> located(String file) {
        ImportPlan plan = ctx.workbook().analyze(BAD.resolve(file), Progress.NONE);
        assertFalse(plan.valid());
        return plan.problems().stream().map(p -> p.sheet() + "|" + p.row() + "|" + p.column())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void badValuesAreEachLocated() {
        assertEquals(Set.of("Điển hình tiên tiến|2|Loại", "Điển hình tiên tiến|3|Giai đoạn",
                "Điển hình tiên tiến|4|Tên điển hình", "Điển hình tiên tiến|5|Giới tính",
                "Công nhận điển hình|2|Năm", "Công nhận điển hình|3|Ngày quyết định",
                "Công nhận điển hình|4|Số quyết định"), located("exemplary-bad-values.xlsx"));
    }

    @Test
    void unknownCodesDuplicatesAndContradictionsAreEachLocated() {
        assertEquals(Set.of("Điển hình tiên tiến|2|Mã cán bộ", "Điển hình tiên tiến|3|Mã đơn vị",
                "Điển hình tiên tiến|4|Mã phong trào", "Điển hình tiên tiến|5|Mã đơn vị",
                "Điển hình tiên tiến|6|Giới tính", "Điển hình tiên tiến|7|Mã điển hình",
                "Công nhận điển hình|11|Mã điển hình", "Công nhận điển hình|12|Năm",
                "Công nhận điển hình|13|Ngày quyết định"), located("exemplary-unknown-codes.xlsx"));
        ImportPlan plan = ctx.workbook().analyze(BAD.resolve("exemplary-unknown-codes.xlsx"), Progress.NONE);
        Map<String, String> texts = plan.problems().stream().collect(Collectors.toMap(
                p -> p.sheet() + "|" + p.row() + "|" + p.column(), Problem::describe));
        assertEquals("Sheet 'Điển hình tiên tiến', dòng 2, cột 'Mã cán bộ': mã cán bộ CB999 không có ở trang tính Cán bộ và "
                + "chưa có trong dữ liệu", texts.get("Điển hình tiên tiến|2|Mã cán bộ"));
        assertEquals("Sheet 'Điển hình tiên tiến', dòng 5, cột 'Mã đơn vị': chỉ điển hình tập thể hoặc doanh nghiệp mới ghi "
                + "mã đơn vị (đơn vị ấy là điển hình); điển hình này là Cá nhân", texts.get("Điển hình tiên tiến|5|Mã đơn vị"));
        assertEquals("Sheet 'Công nhận điển hình', dòng 12, cột 'Năm': điển hình DH02 được công nhận năm 2023 hai lần trong "
                + "trang tính", texts.get("Công nhận điển hình|12|Năm"));
    }

    @Test
    void aMissingColumnIsReportedAndTheRestStillChecked() {
        assertEquals(Set.of("Điển hình tiên tiến|1|Giai đoạn", "Công nhận điển hình|2|Ngày quyết định"),
                located("exemplary-missing-column.xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"exemplary-bad-values.xlsx", "exemplary-unknown-codes.xlsx", "exemplary-missing-column.xlsx"})
    void aBadFileWritesNothingAtAll(String file) {
        String before = TestWorkbooks.fingerprint(db);
        assertThrows(ValidationException.class, () -> ctx.workbook().importFile(BAD.resolve(file), Progress.NONE));
        assertEquals(before, TestWorkbooks.fingerprint(db), "not even the good sheets");
        assertTrue(ctx.exemplary().list().isEmpty());
        assertTrue(ctx.movements().list().isEmpty());
    }

    @Test
    void theTemplateHasBothSheetsAndTheirInstructions() throws IOException {
        Path file = tmp.resolve("mau.xlsx");
        ctx.workbook().writeTemplate(file);
        Map<String, List<List<String>>> cells = TestWorkbooks.cells(file);
        List<String> modelHeaders = new java.util.ArrayList<>(ExemplarySheets.MODEL_HEADERS);
        modelHeaders.add(ExemplarySheets.STAGE_DATE);
        assertEquals(modelHeaders.stream().map(h -> "STRING:" + h).toList(), cells.get(ExemplarySheets.MODELS).get(0));
        assertEquals(ExemplarySheets.HISTORY_HEADERS.stream().map(h -> "STRING:" + h).toList(),
                cells.get(ExemplarySheets.HISTORY).get(0));
        assertEquals(ExemplarySheets.RECOGNITION_HEADERS.stream().map(h -> "STRING:" + h).toList(),
                cells.get(ExemplarySheets.RECOGNITIONS).get(0));
        assertTrue(cells.get("Hướng dẫn").stream().anyMatch(r -> r.size() > 3 && r.get(1).equals("STRING:Giai đoạn")
                && r.get(3).contains("Phát hiện / Bồi dưỡng / Tổng kết / Nhân rộng")));
        ImportPlan plan = ctx.workbook().analyze(file, Progress.NONE);
        assertTrue(plan.valid(), () -> plan.problems().toString());
    }

    @Test
    void exportImportExportGivesTheSameWorkbook() throws IOException {
        ctx.workbook().importFile(withHistory().write(tmp.resolve("history.xlsx")), Progress.NONE);
        Path first = tmp.resolve("export-1.xlsx");
        Path second = tmp.resolve("export-2.xlsx");
        ctx.workbook().exportTo(first, Progress.NONE);
        try (AppContext empty = AppContext.inMemory()) {
            ImportResult r = empty.workbook().importFile(first, Progress.NONE);
            assertEquals(new SheetCount(ExemplarySheets.MODELS, 5, 0, 0), count(r, ExemplarySheets.MODELS));
            assertEquals(new SheetCount(ExemplarySheets.HISTORY, 8, 0, 0), count(r, ExemplarySheets.HISTORY));
            empty.workbook().exportTo(second, Progress.NONE);
            ImportResult again = empty.workbook().importFile(second, Progress.NONE);
            assertEquals(new SheetCount(ExemplarySheets.HISTORY, 0, 0, 8), count(again, ExemplarySheets.HISTORY));
            assertEquals(new SheetCount(ExemplarySheets.MODELS, 0, 0, 5), count(again, ExemplarySheets.MODELS));
        }
        Map<String, List<List<String>>> a = TestWorkbooks.cells(first);
        Map<String, List<List<String>>> b = TestWorkbooks.cells(second);
        assertEquals(a, b);
        assertEquals(List.of("STRING:DH04", "STRING:Bà Lò Thị Xuân, nghệ nhân hát then", "STRING:Cá nhân", "", "",
                "STRING:Văn hóa", "STRING:KH90-05", "STRING:Nhân rộng", "STRING:Nữ", "NUMERIC:05/06/2024"),
                a.get(ExemplarySheets.MODELS).get(4));
        assertEquals(List.of("STRING:DH04", "STRING:Bồi dưỡng", "NUMERIC:15/01/2022", "STRING:" + ExemplaryService.who(null),
                "STRING:Mở lớp truyền dạy"), a.get(ExemplarySheets.HISTORY).get(5));
        assertEquals(List.of("STRING:DH01", "STRING:Nguyễn Văn An", "STRING:Cá nhân", "STRING:CB001", "",
                "STRING:Cải cách hành chính", "STRING:KH90", "STRING:Bồi dưỡng", "",
                "NUMERIC:" + vn.tdkt.common.domain.VnFormat.date(LocalDate.now())), a.get(ExemplarySheets.MODELS).get(1));
        assertEquals(List.of("STRING:DH01", "NUMERIC:2025", "STRING:12/QĐ-SVH", "NUMERIC:08/01/2026"),
                a.get(ExemplarySheets.RECOGNITIONS).get(1));
        assertEquals(10, a.get(ExemplarySheets.RECOGNITIONS).size());
        assertTrue(Files.size(first) > 0);
    }
}
