package vn.tdkt.exemplary.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.exemplary.Fixture;
import vn.tdkt.exemplary.domain.DelegateLine;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.shell.FxTestSupport;

/**
 * Moving a model through the stages on its page, the delegate screen's ranked list with the tie at the cut, and its
 * tab of the lists due by a date.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ExemplaryViewFxTest {

    private final AppContext ctx = data();
    private Ui ui;
    private javafx.stage.Stage stage;

    /** The models, built before the toolkit's set-up (whose time limit a busy machine would overrun). */
    private static AppContext data() {
        AppContext ctx = new AppContext(Database.inMemory());
        Fixture f = new Fixture(ctx);
        Fixture.recognise(ctx, f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheo,
                f.hoiPn.id()), 2021, 2022, 2023);
        Fixture.recognise(ctx, f.model(ctx, "DH02", "Hộ ông Đỗ Văn Tùng", ModelKind.HO_GIA_DINH, null, null, null, f.ngheo,
                f.snv.id()), 2022, 2023, 2024);
        Fixture.recognise(ctx, f.model(ctx, "DH03", "Trần Văn Nam", ModelKind.CA_NHAN, f.nam.id(), null, null, f.yte,
                f.syt.id()), 2021, 2022, 2023, 2024);
        return ctx;
    }

    /** The file the "open a file" dialog answers, and the files given to the system's program to open. */
    private java.nio.file.Path chosen;
    private final List<java.nio.file.Path> opened = new java.util.ArrayList<>();

    @Start
    void start(javafx.stage.Stage s) {
        stage = s;
        vn.tdkt.common.ui.Messages messages = vn.tdkt.common.ui.Messages.of("vi");
        vn.tdkt.common.ui.DialogService dialogs = new vn.tdkt.common.ui.DialogService(messages) {
            @Override
            public java.util.Optional<java.nio.file.Path> chooseOpen(String title, String filterName, String... patterns) {
                return java.util.Optional.ofNullable(chosen);
            }

            @Override
            public void open(java.nio.file.Path target) {
                opened.add(target);
            }
        };
        dialogs.setOwner(s);
        ui = new Ui(messages, dialogs, new vn.tdkt.common.ui.TaskRunner());
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private void show(FxRobot robot, vn.tdkt.common.ui.Screen screen) {
        robot.interact(() -> {
            stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 760));
            stage.show();
            screen.refresh();
        });
        FxTestSupport.awaitIdle(ui);
    }

    @Test
    void aModelIsMovedThroughTheStagesAndBackOnlyWithAReason(FxRobot robot) {
        show(robot, new ExemplaryView(ui, new ExemplaryViewModel(ctx.exemplary(), ctx.exemplaryRecords(), ctx.org(), ui.tasks(),
                ui.messages(), "vanthu")));
        TableView<ModelRow> list = robot.lookup("#exemplaryTable").query();
        assertEquals(3, list.getItems().size());
        robot.clickOn(robot.lookup("#exemplaryTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        FxTestSupport.awaitIdle(ui);
        Label now = robot.lookup("#stageLabel").query();
        assertEquals("Giai đoạn: Phát hiện", now.getText());
        for (Stage next : List.of(Stage.BOI_DUONG, Stage.TONG_KET, Stage.NHAN_RONG)) {
            ComboBox<Stage> target = robot.lookup("#targetStageCombo").query();
            assertEquals(next, target.getValue(), "the next stage is proposed");
            robot.clickOn("#moveStageButton");
            FxTestSupport.awaitIdle(ui);
            assertEquals("Giai đoạn: " + next.label(), now.getText());
        }
        ComboBox<Stage> target = robot.lookup("#targetStageCombo").query();
        robot.interact(() -> target.setValue(Stage.BOI_DUONG));
        robot.clickOn("#moveStageButton");
        FxTestSupport.awaitIdle(ui);
        Label problems = robot.lookup("#exemplaryProblems").query();
        assertTrue(problems.getText().contains("Chuyển lùi từ Nhân rộng về Bồi dưỡng cần ghi lý do."), problems.getText());
        assertEquals("Giai đoạn: Nhân rộng", now.getText());
        robot.clickOn("#moveNoteField").write("Mô hình cần củng cố");
        robot.clickOn("#moveStageButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Giai đoạn: Bồi dưỡng", now.getText());
        TableView<StageChange> log = robot.lookup("#stageTable").query();
        assertEquals(5, log.getItems().size());
        assertEquals("Mô hình cần củng cố", log.getItems().get(4).note());
        assertEquals(Stage.BOI_DUONG, ctx.exemplary().list().get(0).model().stage(), "stored");
    }

    /** An evidence file attached on the model's page is listed and opened from its button or a double click on its row. */
    @Test
    void anEvidenceFileIsAttachedAndOpenedFromTheModelsPage(FxRobot robot) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tdkt-minh-chung-");
        chosen = dir.resolve("Bài báo Hưng Yên 11-06-2024.pdf");
        java.nio.file.Files.write(chosen, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (AppContext own = AppContext.open(dir.resolve("data"))) { // evidence is stored in the data folder
            Fixture f = new Fixture(own);
            f.model(own, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheo, f.hoiPn.id());
            attachAndOpen(robot, own);
        }
    }

    private void attachAndOpen(FxRobot robot, AppContext own) throws Exception {
        show(robot, new ExemplaryView(ui, new ExemplaryViewModel(own.exemplary(), own.exemplaryRecords(), own.org(), ui.tasks(),
                ui.messages(), "vanthu")));
        robot.clickOn(robot.lookup("#exemplaryTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#evidenceTab");
        robot.clickOn("#attachEvidenceButton");
        FxTestSupport.awaitIdle(ui);
        TableView<?> files = robot.lookup("#evidenceTable").query();
        assertEquals(1, files.getItems().size());
        assertEquals(chosen.getFileName().toString(), files.getColumns().get(0).getCellData(0));
        assertTrue(robot.lookup("#openEvidenceButton").queryButton().isDisabled(), "no file chosen to open yet");
        robot.clickOn(robot.lookup("#evidenceTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#openEvidenceButton");
        robot.doubleClickOn(robot.lookup("#evidenceTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        FxTestSupport.awaitIdle(ui);
        assertEquals(2, opened.size(), "the button and the double click: " + opened);
        assertEquals(opened.get(0), opened.get(1));
        assertFalse(opened.get(0).equals(chosen), "the stored copy is opened, not the clerk's original");
        assertEquals(java.nio.file.Files.readString(chosen), java.nio.file.Files.readString(opened.get(0)));
    }

    @Test
    void theDelegateScreenShowsTheTieAtTheCut(FxRobot robot) {
        DelegateViewModel vm = new DelegateViewModel(ctx.delegates(), ctx.exemplary(), ctx.org(), ctx.exemplaryLists(),
                ui.tasks(), ui.messages());
        show(robot, new DelegateView(ui, vm));
        assertTrue(robot.lookup("#printDelegatesButton").queryButton().isDisabled(), "nothing to print before a ranking");
        robot.clickOn("#quotaField").write("2");
        robot.clickOn("#fromYearField").write("2021");
        robot.clickOn("#toYearField").write("2025");
        robot.clickOn("#runDelegatesButton");
        FxTestSupport.awaitIdle(ui);
        TableView<DelegateLine> table = robot.lookup("#delegateTable").query();
        assertEquals(3, table.getItems().size());
        assertEquals("DH03", table.getColumns().get(1).getCellData(0));
        assertEquals("Được chọn", table.getColumns().get(4).getCellData(0));
        assertEquals("Đồng hạng tại điểm cắt", table.getColumns().get(4).getCellData(1));
        assertEquals("Đồng hạng tại điểm cắt", table.getColumns().get(4).getCellData(2));
        assertTrue(String.valueOf(table.getColumns().get(5).getCellData(1)).contains("Nữ: được ưu tiên"));
        Label summary = robot.lookup("#delegateSummary").query();
        assertEquals("3 điển hình: 1 được chọn, 2 đồng hạng tại điểm cắt cho 1 chỗ còn lại.", summary.getText());
        assertFalse(robot.lookup("#printDelegatesButton").queryButton().isDisabled());
        assertFalse(robot.lookup("#printIntroductionButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#printReportButton").queryButton().isDisabled(), "the province is no movement to report on");
        robot.interact(() -> {
            vm.scope.set(vn.tdkt.exemplary.domain.Scope.Kind.MOVEMENT);
            vm.movement.set(vm.movements.stream().filter(m -> m.code().equals("KH90")).findFirst().orElseThrow());
        });
        robot.clickOn("#runDelegatesButton");
        FxTestSupport.awaitIdle(ui);
        assertFalse(robot.lookup("#printReportButton").queryButton().isDisabled(), "a movement's report can be written");
        javafx.scene.control.Button report = robot.lookup("#printReportButton").queryButton();
        assertTrue(report.localToScene(report.getBoundsInLocal()).getMaxX() <= report.getScene().getWidth(), "not cut");
        FxTestSupport.snapshot(report.getScene(), "dai-bieu-bao-cao-dien-hinh.png");
    }

    @Test
    void theListsTabAsksAUnitForItsListAndNamesItUntilItArrives(FxRobot robot) {
        DelegateViewModel vm = new DelegateViewModel(ctx.delegates(), ctx.exemplary(), ctx.org(), ctx.exemplaryLists(),
                ui.tasks(), ui.messages());
        ListRequestViewModel lists = new ListRequestViewModel(ctx.listRequests(), ctx.exemplary(), ctx.org(), ui.tasks(),
                ui.messages());
        show(robot, new DelegateView(ui, vm, lists));
        robot.clickOn("Danh sách theo hạn");
        robot.interact(() -> {
            lists.movement.set(lists.movements.stream().filter(m -> m.code().equals("KH90")).findFirst().orElseThrow());
            lists.unit.set(lists.units.stream().filter(u -> u.code().equals("SYT")).findFirst().orElseThrow());
        });
        robot.clickOn("#listContentField").write("Danh sách điển hình tiên tiến năm 2023");
        robot.clickOn("#listDueField").write("20/05/2023");
        robot.clickOn("#askListsButton");
        FxTestSupport.awaitIdle(ui);
        TableView<?> requests = robot.lookup("#listRequestTable").query();
        assertEquals(1, requests.getItems().size());
        ComboBox<?> unit = robot.lookup("#listUnitCombo").query();
        assertEquals("Mọi đơn vị tham gia", unit.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?>).map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .findFirst().orElse(null),
                "the unit box says whom the next request asks, not blank");
        Label missing = robot.lookup("#listMissing").query();
        assertEquals("Chưa gửi (1/1): Sở Y tế", missing.getText());
        assertTrue(robot.lookup("#receiveListButton").queryButton().isDisabled(), "no unit chosen yet");
        robot.clickOn(robot.lookup("#listStatusTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#listReceivedField").write("19/05/2023");
        robot.clickOn("#receiveListButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Mọi đơn vị đã gửi danh sách.", missing.getText());
        TableView<?> status = robot.lookup("#listStatusTable").query();
        assertEquals("Đã gửi", status.getColumns().get(5).getCellData(0));
        FxTestSupport.snapshot(status.getScene(), "danh-sach-theo-han.png");
    }
}
