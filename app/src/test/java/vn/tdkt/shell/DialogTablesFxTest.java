package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.Ui;

/**
 * "In danh sách…" where a table is not on a page (record 0135): a table with a context menu of its own gets the item at
 * its menu's end, and a table in one of the window's dialogs gets the shared menu and Ctrl+P, its list titled by the
 * dialog.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DialogTablesFxTest {

    private AppContext ctx;
    private Ui ui;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(Database.inMemory());
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.HOME);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    private TableView<String> table(boolean ownMenu) {
        TableView<String> t = new TableView<>();
        t.setId("dialogTable");
        TableColumn<String, String> c = new TableColumn<>("Danh hiệu");
        c.setCellValueFactory(v -> new SimpleStringProperty(v.getValue()));
        t.getColumns().add(c);
        t.getItems().setAll("Chiến sĩ thi đua cơ sở", "Lao động tiên tiến");
        t.setPrefSize(400, 200);
        if (ownMenu) {
            MenuItem own = new MenuItem("Đổi tên");
            own.setId("ownItem");
            t.setContextMenu(new ContextMenu(own));
        }
        return t;
    }

    private Window show(FxRobot robot, TableView<String> t) {
        Platform.runLater(() -> {
            Dialog<ButtonType> d = new Dialog<>();
            d.setTitle("Danh hiệu công đoàn");
            ui.dialogs().prepare(d);
            d.getDialogPane().setContent(t);
            d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
            d.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.window("Danh hiệu công đoàn");
    }

    @Test
    void aTableWithItsOwnMenuInADialogGetsInDanhSachAtItsEnd(FxRobot robot) {
        TableView<String> t = table(true);
        Window dialog = show(robot, t);
        rightClick(robot, t);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> items = t.getContextMenu().getItems().stream().map(i -> i.getId() == null ? "—" : i.getId()).toList();
        assertEquals(List.of("ownItem", "—", "tablePrint"), items, "its own item kept, then In danh sách…");
        assertEquals("In danh sách… (Ctrl+P)", t.getContextMenu().getItems().get(2).getText());
        robot.interact(() -> t.getContextMenu().hide());
        rightClick(robot, t);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, t.getContextMenu().getItems().size(), "added once");
        robot.interact(() -> t.getContextMenu().hide());
        closeDialog(dialog);
    }

    @Test
    void aTableInADialogGetsTheSharedMenuAndCtrlPTitledByTheDialog(FxRobot robot) {
        TableView<String> t = table(false);
        Window dialog = show(robot, t);
        rightClick(robot, t);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menuShown(robot), "the shared menu on a dialog's table");
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof ContextMenu).forEach(Window::hide));
        robot.clickOn(t).press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Window preview = robot.window("Xem trước khi in: Danh hiệu công đoàn");
        DialogPane pane = (DialogPane) preview.getScene().getRoot();
        ButtonType close = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow();
        Platform.runLater(() -> ((Button) pane.lookupButton(close)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        closeDialog(dialog);
    }

    /** A right-click's request for a menu (Monocle's robot sends no context-menu event of its own). */
    private static void rightClick(FxRobot robot, TableView<String> t) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = t.localToScreen(t.getBoundsInLocal());
            javafx.event.Event.fireEvent(t, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 40, b.getMinX() + 20, b.getMinY() + 40,
                    false, null));
        });
    }

    private static boolean menuShown(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .anyMatch(w -> ((ContextMenu) w).getItems().stream().anyMatch(i -> "tablePrint".equals(i.getId())));
    }

    private static void closeDialog(Window dialog) {
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        Platform.runLater(() -> ((Button) pane.lookupButton(ButtonType.CLOSE)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
