package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
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
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.TableActions;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonRow;

/** The window's everyday habits: Vietnamese dialog buttons, every table's menu and copy, Ctrl+N, F1. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class WindowHabitsFxTest {

    private AppContext ctx;
    private Ui ui;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(Database.inMemory());
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vp.id(), LocalDate.of(2010, 1, 1), null));
        ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9), null,
                "Chuyên viên", vp.id(), LocalDate.of(2012, 1, 1), null));
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.PEOPLE);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    /** The 0603.N year dialog is a ChoiceDialog: its buttons are created when it shows, and then speak Vietnamese. */
    @Test
    void aChoiceDialogAndAnInformationShowVietnameseButtons(FxRobot robot) {
        AtomicReference<List<String>> texts = new AtomicReference<>();
        robot.interact(() -> {
            ChoiceDialog<Integer> d = new ChoiceDialog<>(2025, List.of(2024, 2025));
            ui.dialogs().prepare(d);
            d.setOnShown(e -> {
                DialogPane pane = d.getDialogPane();
                texts.set(pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList());
                d.setResult(null);
                d.close();
            });
            d.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Đồng ý", "Hủy"), texts.get());
        robot.interact(() -> javafx.application.Platform.runLater(() -> ui.dialogs().info("Thông báo", "Đã ghi")));
        WaitForAsyncUtils.waitForFxEvents();
        Window info = robot.window("Thông báo");
        DialogPane pane = pane(info);
        assertEquals("Đồng ý", ((Button) pane.lookupButton(ButtonType.OK)).getText());
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
    }

    @Test
    void everyTableHasTheMenuAndCopyPastesIntoExcel(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        @SuppressWarnings("unchecked")
        TableView<PersonRow> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        AtomicReference<List<String>> items = new AtomicReference<>();
        robot.interact(() -> {
            ContextMenu m = TableActions.menu(table, ui, (f, t, h, r, p) -> f);
            items.set(m.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList());
        });
        assertEquals(List.of("Mở", "Sửa…", "Xóa…", "Sao chép (Ctrl+C)", "Chọn tất cả (Ctrl+A)", "Xuất các dòng đã chọn…",
                "Xuất cả bảng…", "In danh sách… (Ctrl+P)"), items.get(), "Cán bộ also removes a person (decision 134)");
        robot.clickOn(table).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertEquals(2, table.getSelectionModel().getSelectedItems().size(), "Ctrl+A chooses every row");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        String[] lines = copied.get().split("\n");
        assertEquals(3, lines.length, copied.get());
        assertTrue(lines[0].startsWith("Mã\tHọ và tên"), lines[0]);
        assertTrue(copied.get().contains("CB01\tNguyễn Văn An\tNam\t02/03/1980\tChánh Văn phòng\tVăn phòng Sở"), copied.get());
    }

    @Test
    void ctrlNOpensTheAddFormAndF1TheHelp(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#peopleTable").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Window add = robot.window("Thêm cán bộ");
        assertTrue(add.isShowing());
        robot.interact(() -> ((Button) (pane(add)).lookupButton(
                (pane(add)).getButtonTypes().get(1))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Window help = robot.window("Trợ giúp");
        String text = ((javafx.scene.control.Label) (pane(help)).getContent()).getText();
        assertTrue(text.startsWith("Trang đang mở: Danh sách cán bộ") && text.contains("Ctrl+N"), text);
        robot.interact(() -> ((Button) (pane(help)).lookupButton(ButtonType.OK)).fire());
    }

    /** An impossible date stays as typed and every problem of the form is listed on the first OK, without "cột". */
    @Test
    void theAddFormKeepsAnImpossibleDateAndListsEveryProblemAtOnce(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#addButton");
        robot.clickOn("#birthPicker").write("31/02/1990");
        robot.clickOn("#startPicker").write("01/09/2010");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        Window dialog = robot.window("Thêm cán bộ");
        assertTrue(dialog.isShowing());
        assertEquals("31/02/1990", robot.lookup("#birthPicker").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .getText(), "the typed text is kept");
        String problems = robot.lookup("#formProblems").queryAs(javafx.scene.control.Label.class).getText();
        for (String expected : List.of("Mã cán bộ: chưa nhập mã cán bộ", "Họ và tên: chưa nhập họ và tên",
                "Giới tính: chưa chọn giới tính", "Ngày sinh: ngày 31/02/1990 không có thật: tháng 2 năm 1990 chỉ có 28 ngày",
                "Đơn vị: chưa chọn đơn vị")) {
            assertTrue(problems.contains(expected), () -> expected + " in " + problems);
        }
        assertTrue(!problems.contains("cột"), problems);
        FxTestSupport.snapshot(dialog.getScene(), "them-can-bo-moi-loi.png");
        robot.interact(() -> robot.lookup("#birthPicker").queryAs(javafx.scene.control.DatePicker.class).getEditor().clear());
        robot.interact(() -> robot.lookup("#startPicker").queryAs(javafx.scene.control.DatePicker.class).getEditor().clear());
        robot.interact(() -> ((Button) (pane(dialog)).lookupButton(
                (pane(dialog)).getButtonTypes().get(1))).fire());
    }

    /** The dialog's pane (a form's scene root is the ControlsFX decoration around it). */
    private static DialogPane pane(Window w) {
        return (DialogPane) w.getScene().getRoot().lookup(".dialog-pane");
    }
}
