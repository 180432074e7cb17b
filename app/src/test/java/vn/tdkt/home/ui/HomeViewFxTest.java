package vn.tdkt.home.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.ui.MovementsView;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/** Creates a movement under a parent plan in the window, adds a milestone and sees it on the start screen. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class HomeViewFxTest {

    private AppContext ctx;
    private Ui ui;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        ctx.org().saveUnit(new Unit(0, "SKHCN", "Sở Khoa học và Công nghệ", null, null));
        long parent = ctx.movements().save(MovementDetails.of(Movement.draft("KH90", "Tuyên truyền phong trào thi đua yêu "
                + "nước, xây dựng điển hình tiên tiến giai đoạn 2021-2025", MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH)
                .withPlan("90/KH-UBND", LocalDate.of(2021, 6, 11))), "u").movement().id();
        ctx.movements().move(parent, MovementStatus.PHAT_DONG, LocalDate.of(2021, 6, 11), null, "u");
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.HOME);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @Test
    void aNewPlanUnderItsParentShowsItsMilestoneOnTheStartScreen(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        TableView<DueItem> due = robot.lookup("#homeDueTable").query();
        assertEquals(0, due.getItems().size());

        robot.clickOn("#navMovements");
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#newMovementButton");
        robot.clickOn("#movementCodeField").write("KH34");
        robot.clickOn("#movementNameField").write("Tuyen truyen phong trao thi dua cua So");
        robot.interact(() -> {
            ComboBox<Movement> parent = robot.lookup("#movementParentCombo").query();
            parent.getSelectionModel().select(0);
        });
        robot.clickOn("#movementPlanNoField").write("34/KH-SKHCN");
        robot.clickOn("#movementPlanDateField").write("16/09/2021");
        robot.clickOn("#saveMovementButton");
        FxTestSupport.awaitIdle(ui);
        MovementsView view = (MovementsView) window.shown();
        assertEquals("KH90", view.model().parent.get().code(), view.model().problemText());
        robot.interact(() -> ((ComboBox<MovementStatus>) robot.lookup("#nextStatusCombo").query())
                .getSelectionModel().select(MovementStatus.PHAT_DONG));
        robot.interact(() -> ((TextField) robot.lookup("#moveDateField").query()).setText("16/09/2021"));
        robot.clickOn("#moveButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(MovementStatus.PHAT_DONG, view.model().status.get(), view.model().problemText());

        robot.clickOn(robot.lookup(".tab").nth(3).queryAs(javafx.scene.Node.class));
        robot.clickOn("#milestoneContentField").write("Gui danh sach dien hinh tien tien");
        robot.clickOn("#milestoneDueField").write(VnFormat.date(LocalDate.now().plusDays(3)));
        robot.clickOn("#addMilestoneButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, view.model().milestones.size(), view.model().problemText());
        FxTestSupport.snapshot(stage.getScene(), "phong-trao.png");

        robot.clickOn("#navHome");
        FxTestSupport.awaitIdle(ui);
        due = robot.lookup("#homeDueTable").query();
        assertEquals(1, due.getItems().size());
        assertEquals("Gui danh sach dien hinh tien tien", due.getItems().get(0).title());
        assertTrue(due.getItems().get(0).detail().startsWith("KH34"));
        FxTestSupport.snapshot(stage.getScene(), "tong-quan.png");

        robot.doubleClickOn(robot.lookup("#homeDueTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        FxTestSupport.awaitIdle(ui);
        assertTrue(window.shown() instanceof MovementsView);
        assertEquals("KH34", ((MovementsView) window.shown()).model().code.get());
    }
}
