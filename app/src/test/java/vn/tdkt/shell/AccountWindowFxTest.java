package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/**
 * The window with accounts, at 1280 × 800: the sign-in dialog (wrong password, then in), the account in the status
 * bar with Đăng xuất, the Tài khoản screen (every problem at once; a clerk's refusal), a person's Lịch sử thay đổi
 * and the Kết nối dữ liệu screen, in Vietnamese and English; snapshots under target/test-out.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class AccountWindowFxTest {

    private static final char[] PW = "mat-khau-1".toCharArray();
    private AppContext ctx;
    private Stage stage;
    private Scene scene;
    private Ui ui;
    private long personId;

    @Start
    void start(Stage s) {
        stage = s;
        ctx = AppContext.inMemory();
        Unit snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        ctx.accounts().add("admin", "Nguyễn Quản Trị", Role.QUAN_TRI, PW, PW);
        ctx.accounts().signIn("admin", PW);
        ctx.accounts().add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, PW, PW);
        ctx.accounts().signOut();
        ctx.accounts().signIn("vanthu", PW); // a clerk edits people (the administrator does not)
        Session.source("window:people");
        Person p = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null,
                "Chuyên viên", snv.id(), LocalDate.of(2015, 1, 1), null));
        ctx.people().save(new Person(p.id(), "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null,
                "Trưởng phòng Tổ chức cán bộ", snv.id(), LocalDate.of(2015, 1, 1), null), ctx.people().find(p.id()).orElseThrow());
        personId = p.id();
        ctx.accounts().signOut();
        scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().add(TdktApp.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
        Session.accountsExist(false);
        Session.source("app");
    }

    private WindowShell shell(String lang) {
        Messages m = Messages.of(lang);
        ui = new Ui(m, new DialogService(m), new TaskRunner());
        ui.dialogs().setOwner(stage);
        return new WindowShell(stage, scene, ctx, ui, FxTestSupport.NO_BACKUPS,
                new LanguagePreference(java.util.prefs.Preferences.userRoot().node("vn/tdkt/test-accounts")));
    }

    private CompletableFuture<Boolean> askSignIn(WindowShell shell) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> done.complete(shell.signInIfNeeded()));
        WaitForAsyncUtils.waitForFxEvents();
        return done;
    }

    private void type(FxRobot robot, String login, String password) {
        robot.interact(() -> {
            robot.lookup("#signInLogin").queryAs(TextField.class).setText(login);
            robot.lookup("#signInPassword").queryAs(PasswordField.class).setText(password);
            robot.lookup("#signInButton").queryButton().fire();
        });
        FxTestSupport.awaitIdle(ui);
    }

    @Test
    void signsInBeforeAnyDataThenShowsTheAccountWithSignOut(FxRobot robot) throws Exception {
        WindowShell shell = shell("vi");
        CompletableFuture<Boolean> signedIn = askSignIn(shell);
        type(robot, "admin", "sai-mat-khau");
        Label message = robot.lookup("#signInMessage").queryAs(Label.class);
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", message.getText());
        assertFalse(signedIn.isDone());
        FxTestSupport.snapshot(message.getScene(), "dang-nhap-sai-mat-khau.png");
        type(robot, "admin", new String(PW));
        assertTrue(signedIn.get(10, TimeUnit.SECONDS));
        robot.interact(() -> shell.showMain(MainWindow.Page.ACCOUNTS));
        FxTestSupport.awaitIdle(ui);
        assertEquals("Đăng nhập: admin — Nguyễn Quản Trị (Quản trị)", robot.lookup("#signedInLabel").queryLabeled().getText());
        assertTrue(robot.lookup("#signOutButton").queryButton().isVisible());
        TableView<?> table = robot.lookup("#accountTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        FxTestSupport.snapshot(scene, "tai-khoan.png");

        // every problem of the add form at once
        robot.interact(() -> {
            robot.lookup("#accountLogin").queryAs(TextField.class).setText("x");
            robot.lookup("#accountPassword").queryAs(PasswordField.class).setText("ngan");
            robot.lookup("#addAccountButton").queryButton().fire();
        });
        FxTestSupport.awaitIdle(ui);
        String problems = robot.lookup("#accountProblems").queryLabeled().getText();
        assertEquals(4, problems.split("\n").length, problems);
        assertTrue(problems.contains("Vai trò: Chưa chọn vai trò."), problems);
        ComboBox<?> roles = robot.lookup("#accountRole").queryAs(ComboBox.class);
        assertEquals(5, roles.getItems().size());
        FxTestSupport.snapshot(scene, "tai-khoan-loi.png");

        // Đăng xuất: the data leaves the screen and the dialog asks again
        CompletableFuture<Void> out = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            shell.signOut();
            out.complete(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Session.user().isEmpty());
        assertEquals(List.of(), robot.lookup("#accountTable").queryAll().stream().filter(n -> n.getScene() == scene).toList());
        type(robot, "vanthu", new String(PW));
        out.get(10, TimeUnit.SECONDS);
        FxTestSupport.awaitIdle(ui);
        assertEquals("Đăng nhập: vanthu — Trần Văn Thư (Văn thư / chuyên viên)",
                robot.lookup("#signedInLabel").queryLabeled().getText());
        assertEquals("Tài khoản vanthu (Văn thư / chuyên viên) không có quyền quản lý tài khoản.",
                robot.lookup("#accountsRefusal").queryLabeled().getText());
        FxTestSupport.snapshot(scene, "tai-khoan-tu-choi.png");
    }

    @Test
    void thePersonPageShowsTheChangeHistoryAndTheSettingsMenuOpensTheConnection(FxRobot robot) {
        ctx.accounts().signIn("admin", PW);
        WindowShell shell = shell("vi");
        robot.interact(() -> shell.showMain(MainWindow.Page.PEOPLE));
        robot.interact(() -> shell.window().showPerson(personId));
        FxTestSupport.awaitIdle(ui);
        TableView<?> changes = robot.lookup("#personChangeTable").queryAs(TableView.class);
        robot.interact(() -> {
            javafx.scene.Node n = changes;
            while (!(n instanceof TabPane)) {
                n = n.getParent();
            }
            ((TabPane) n).getSelectionModel().select(1);
        });
        FxTestSupport.awaitIdle(ui);
        assertTrue(changes.getItems().size() >= 2, String.valueOf(changes.getItems().size()));
        vn.tdkt.audit.ui.ChangeRow edit = changes.getItems().stream().map(vn.tdkt.audit.ui.ChangeRow.class::cast)
                .filter(r -> r.what().startsWith("Sửa cán bộ: ")).findFirst().orElseThrow();
        assertTrue(edit.what().contains("Chức vụ: Chuyên viên → Trưởng phòng Tổ chức cán bộ"), edit.what());
        assertEquals("vanthu", edit.who());
        assertEquals("Màn hình Cán bộ", edit.where());
        FxTestSupport.snapshot(scene, "lich-su-thay-doi.png");

        MenuButton settings = robot.lookup("#settingsMenu").queryAs(MenuButton.class);
        MenuItem connection = settings.getItems().stream().filter(i -> "menuConnection".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(connection::fire);
        FxTestSupport.awaitIdle(ui);
        assertEquals(MainWindow.Page.CONNECTION, shell.window().page());
        Button test = robot.lookup("#connectionTestButton").queryButton();
        assertEquals("Kiểm tra kết nối", test.getText());
        FxTestSupport.snapshot(scene, "ket-noi-du-lieu.png");
    }

    @Test
    void theNewScreensSpeakEnglish(FxRobot robot) {
        ctx.accounts().signIn("admin", PW);
        WindowShell shell = shell("en");
        robot.interact(() -> shell.showMain(MainWindow.Page.ACCOUNTS));
        FxTestSupport.awaitIdle(ui);
        assertEquals("Signed in: admin — Nguyễn Quản Trị (Administrator)", robot.lookup("#signedInLabel").queryLabeled().getText());
        assertEquals("Sign out", robot.lookup("#signOutButton").queryButton().getText());
        List<String> found = new java.util.ArrayList<>();
        EnglishScreensFxTest.scan(scene.getRoot(), "", found);
        assertEquals(List.of(), found); // the account's name is data (UiText.data), not a label
        FxTestSupport.snapshot(scene, "en-accounts.png");
        robot.interact(() -> shell.window().show(MainWindow.Page.CONNECTION));
        FxTestSupport.awaitIdle(ui);
        found.clear();
        EnglishScreensFxTest.scan(scene.getRoot(), "", found);
        assertEquals(List.of(), found);
        FxTestSupport.snapshot(scene, "en-connection.png");
        robot.interact(() -> shell.window().showPerson(personId));
        FxTestSupport.awaitIdle(ui);
        FxTestSupport.snapshot(scene, "en-person-history.png");
    }
}
