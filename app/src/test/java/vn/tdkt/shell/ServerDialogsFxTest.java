package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import vn.tdkt.StartSequence;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ConnectionLostException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.ui.CutText;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.connection.domain.ConnectionChoice;

/**
 * The start's dialogs on a remembered server and the lost connection's (issue #14, record 0133): their text wraps at
 * about 520 px, nothing is cut, each fits 1280 × 800; the lost connection is a dialog once, then one line in the status
 * bar until the next action (record 0132). Snapshots: target/test-out/server-*.png (copied to samples/screens/).
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ServerDialogsFxTest {

    private static final String SERVER = "127.0.0.1:55482/tdkt";

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.UNITS);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    @Test
    void anUnreachableServerAtTheStartIsSaidInANarrowDialogWithItsThreeChoices(FxRobot robot) {
        AppException unreachable = new AppException(Msg.of("db.server.unreachable", SERVER));
        AtomicReference<StartSequence.AfterFailure> chosen = new AtomicReference<>();
        Platform.runLater(() -> chosen.set(new StartPrompts(ui).afterFailure(unreachable, true)));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.window(ui.text("connection.title"));
        DialogPane pane = pane(dialog);
        List<String> buttons = pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
        assertTrue(buttons.containsAll(List.of("Thử lại", "Dùng dữ liệu trên máy này", "Hủy")), buttons.toString());
        Label text = (Label) pane.lookup("#dialogText");
        assertTrue(text.getText().startsWith("Không kết nối được máy chủ cơ sở dữ liệu " + SERVER), text.getText());
        fitsNarrow(dialog, text, "server-start-unreachable.png");
        closeWith(pane, ButtonBar.ButtonData.YES);
        assertEquals(StartSequence.AfterFailure.RETRY, chosen.get());
    }

    @Test
    void thePasswordAskedAtTheStartFitsAndWrapsItsHint(FxRobot robot) {
        // a 60-character address (record 0171): whole, on one line, in a field of its own, never broken inside a word
        ConnectionChoice choice = new ConnectionChoice(true, "may-chu-du-lieu.sonoivu.hungyen.gov.vn", 5432, "tdkt_snv_hungyen",
                "vanthu");
        assertEquals(60, choice.display().length(), choice.display());
        AtomicReference<Optional<char[]>> typed = new AtomicReference<>();
        Platform.runLater(() -> typed.set(new StartPrompts(ui).password(choice)));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.window(ui.text("connection.askTitle"));
        DialogPane pane = pane(dialog);
        assertEquals("Mật khẩu của vanthu trên máy chủ dữ liệu", pane.getHeaderText(), "the header holds no address to break");
        javafx.scene.control.TextField address = (javafx.scene.control.TextField) pane.lookup("#serverAddress");
        assertEquals(choice.display(), address.getText());
        assertFalse(address.isEditable(), "read-only: selected and copied, not changed");
        assertEquals(choice.display(), address.getTooltip().getText(), "the whole address in its tooltip");
        robot.interact(() -> ((javafx.scene.control.PasswordField) pane.lookup("#serverPassword")).setText("mk"));
        Label hint = robot.from(pane.getContent()).lookup((Label l) -> l.isWrapText()).query();
        fitsNarrow(dialog, hint, "server-start-password.png");
        javafx.scene.text.Text drawn = robot.from(address).lookup((javafx.scene.text.Text t) -> choice.display().equals(t.getText()))
                .query();
        double room = address.getWidth() - address.getInsets().getLeft() - address.getInsets().getRight();
        assertTrue(drawn.getLayoutBounds().getWidth() <= room, "the whole address shows on one line: "
                + drawn.getLayoutBounds().getWidth() + " in " + room);
        robot.interact(address::selectAll);
        assertEquals(choice.display(), address.getSelectedText(), "selectable");
        closeWith(pane, ButtonBar.ButtonData.OK_DONE);
        assertEquals("mk", new String(typed.get().orElseThrow()));
    }

    @Test
    void aLostConnectionIsADialogOnceThenOneLineInTheStatusBarUntilTheNextAction(FxRobot robot) {
        SQLTransientConnectionException cause = new SQLTransientConnectionException("Connection is not available");
        Platform.runLater(() -> ui.dialogs().error(new ConnectionLostException(SERVER, false, cause)));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.window(ui.text("dialog.error.title"));
        DialogPane pane = pane(dialog);
        Label text = (Label) pane.lookup("#dialogText");
        assertEquals(ui.format("db.server.connectionLost", SERVER), text.getText());
        fitsNarrow(dialog, text, "server-connection-lost-once.png");
        closeWith(pane, ButtonBar.ButtonData.OK_DONE);

        // the next page opened while the server is still down: no second dialog, the status bar's line
        robot.interact(() -> window.show(MainWindow.Page.PEOPLE));
        FxTestSupport.awaitIdle(ui);
        Platform.runLater(() -> ui.dialogs().error(new ConnectionLostException(SERVER, true, cause)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.listWindows().stream().noneMatch(w -> w.isShowing() && w != stage), "no second dialog");
        Label notice = robot.lookup("#statusNotice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertEquals(ui.format("db.server.stillLost", SERVER), notice.getText());
        assertFalse(CutText.isCut(notice), "the line is whole at 1280 × 800: " + CutText.shown(notice));
        FxTestSupport.snapshot(stage.getScene(), "server-connection-lost-again-on-the-next-page.png");

        robot.interact(() -> window.show(MainWindow.Page.UNITS));
        FxTestSupport.awaitIdle(ui);
        assertFalse(notice.isVisible(), "the next action (the page's read) clears the line");
    }

    /** Text wrapped at about 520 px on at least two lines, nothing cut, the dialog inside 1280 × 800. */
    private static void fitsNarrow(Window dialog, Label text, String shot) {
        WaitForAsyncUtils.waitForFxEvents();
        double width = dialog.getScene().getWidth();
        assertTrue(width >= 420 && width <= 660, "the dialog is about 520 px of text wide: " + width);
        assertTrue(dialog.getScene().getHeight() <= 800, "fits 800 px: " + dialog.getScene().getHeight());
        assertTrue(text.getWidth() <= 521, "the text wraps at 520 px: " + text.getWidth());
        assertTrue(text.getHeight() > 1.6 * text.getFont().getSize() * 1.2, "on two lines or more: " + text.getHeight());
        List<String> cut = new ArrayList<>();
        collectCut(dialog.getScene().getRoot(), cut);
        assertEquals(List.of(), cut, "nothing cut in the dialog");
        FxTestSupport.snapshot(dialog.getScene(), shot);
    }

    private static void collectCut(Node n, List<String> cut) {
        if (n instanceof Labeled l && n.isVisible() && CutText.isCut(l)) {
            cut.add(l.getText() + " → " + CutText.shown(l));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectCut(c, cut));
        }
    }

    private static void closeWith(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        Platform.runLater(() -> ((Button) pane.lookupButton(type)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane pane(Window w) {
        return (DialogPane) w.getScene().getRoot();
    }
}
