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

    @Start
    void start(javafx.stage.Stage s) {
        stage = s;
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(s);
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
