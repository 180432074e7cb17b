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
        window = new MainWindow(ctx, ui, backupActions, this::switchLanguage);
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
