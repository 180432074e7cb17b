package vn.tdkt.shell;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.Ui;

/**
 * The status bar's right side: the signed-in account ("admin — Nguyễn Văn A (Quản trị)") with Đăng xuất, and the
 * Cài đặt menu that opens Tài khoản and Kết nối dữ liệu. Nothing about an account in single-user mode.
 */
final class AccountBar {

    private final Ui ui;
    private final Label signedIn = new Label();
    private final Button signOut;
    private final HBox box;
    private final boolean canSignOut;

    /** @param onSignOut Đăng xuất (null: no button, as in windows without a shell) */
    AccountBar(Ui ui, Runnable onSignOut, Consumer<MainWindow.Page> open) {
        this.ui = ui;
        signedIn.setId("signedInLabel");
        vn.tdkt.common.ui.UiText.data(signedIn); // a person's name: data, in either language
        signOut = new Button(ui.text("account.window.signOut"));
        signOut.setId("signOutButton");
        signOut.setOnAction(e -> onSignOut.run());
        canSignOut = onSignOut != null;
        MenuButton settings = new MenuButton(ui.text("window.settings"));
        settings.setId("settingsMenu");
        MenuItem accounts = new MenuItem(ui.text("account.window.title"));
        accounts.setId("menuAccounts");
        accounts.setOnAction(e -> open.accept(MainWindow.Page.ACCOUNTS));
        MenuItem connection = new MenuItem(ui.text("connection.title"));
        connection.setId("menuConnection");
        connection.setOnAction(e -> open.accept(MainWindow.Page.CONNECTION));
        settings.getItems().addAll(accounts, connection);
        box = new HBox(8, signedIn, signOut, settings);
        box.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        update();
    }

    HBox view() {
        return box;
    }

    /** Shows who is signed in now (after a sign-in, the first account's creation, a sign-out). */
    void update() {
        Session.User u = Session.user().orElse(null);
        signedIn.setText(u == null ? "" : ui.format("account.window.signedIn", u.login(), u.fullName(), u.role()));
        signedIn.setVisible(u != null);
        signedIn.setManaged(u != null);
        signOut.setVisible(u != null && canSignOut);
        signOut.setManaged(signOut.isVisible());
    }

    /** Where this window's data is, in words: the server, the data folder, or memory. */
    static String where(Ui ui, AppContext ctx) {
        return ctx.serverDisplay() != null ? ui.format("status.server", ctx.serverDisplay())
                : ctx.dataDir() == null ? ui.text("status.inMemory") : ui.format("status.dataDir", ctx.dataDir());
    }
}
