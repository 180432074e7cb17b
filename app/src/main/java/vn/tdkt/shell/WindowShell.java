package vn.tdkt.shell;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.tdkt.AppContext;
import vn.tdkt.backup.ui.BackupView;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.Ui;

/**
 * What the stage shows: the main window over the open context, in the chosen language. Switching the language
 * remembers it ({@link LanguagePreference}) and rebuilds every screen in the new language on the same page.
 */
public final class WindowShell {

    private final Stage stage;
    private final Scene scene;
    private final BackupView.Actions backupActions;
    private final LanguagePreference language;
    private AppContext ctx;
    private Ui ui;
    private MainWindow window;

    public WindowShell(Stage stage, Scene scene, AppContext ctx, Ui ui, BackupView.Actions backupActions,
                       LanguagePreference language) {
        this.stage = stage;
        this.scene = scene;
        this.ctx = ctx;
        this.ui = ui;
        this.backupActions = backupActions;
        this.language = language;
    }

    /** Builds a new main window over the current context and shows the page. */
    public MainWindow showMain(MainWindow.Page page) {
        if (window != null) {
            window.detach();
        }
        window = new MainWindow(ctx, ui, backupActions, this::switchLanguage, this::signOut);
        scene.setRoot(window.root());
        scene.getAccelerators().clear();
        window.installShortcuts(scene);
        stage.setTitle(ui.text("window.title"));
        window.show(page);
        return window;
    }

    /** Remembers the language and rebuilds the window in it, on the page shown before. */
    public MainWindow switchLanguage(String languageTag) {
        language.save(languageTag);
        Messages messages = Messages.of(languageTag);
        Locale.setDefault(messages.locale());
        ui = ui.withMessages(messages);
        MainWindow.Page page = window == null ? MainWindow.Page.PEOPLE : window.page();
        return showMain(page);
    }

    /**
     * Asks for a sign-in when the store has accounts and nobody is signed in (before any data is shown), as the command
     * line does with {@code TDKT_USER} / {@code TDKT_PASSWORD}; the account then sits in {@code Session}, where every
     * {@code Permission.require} reads it. False when the person chose Thoát.
     */
    public boolean signInIfNeeded() {
        vn.tdkt.account.service.AccountService accounts = ctx.accounts();
        if (!accounts.loginRequired() || accounts.current().isPresent()) {
            return true;
        }
        return new vn.tdkt.account.ui.SignInDialog(ui, new vn.tdkt.account.ui.SignInModel(accounts, ui.tasks(), ui.messages()))
                .ask().isPresent();
    }

    /** Đăng xuất: the data leaves the screen and the sign-in is asked again (Thoát ends the app). */
    public void signOut() {
        MainWindow.Page page = window == null ? MainWindow.Page.HOME : window.page();
        ctx.accounts().signOut();
        window.detach();
        window = null;
        scene.setRoot(new javafx.scene.layout.StackPane(new javafx.scene.control.Label(ui.text("account.window.signedOut"))));
        if (signInIfNeeded()) {
            showMain(page);
        } else {
            javafx.application.Platform.exit();
        }
    }

    /** A new context after a restore; the caller rebuilds with {@link #showMain}. */
    public void setContext(AppContext ctx) {
        this.ctx = ctx;
    }

    public Ui ui() {
        return ui;
    }

    public MainWindow window() {
        return window;
    }
}
