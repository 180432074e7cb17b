package vn.tdkt.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.AppContext;
import vn.tdkt.StartSequence;
import vn.tdkt.WindowStart;
import vn.tdkt.backup.ui.BackupView;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.StartupProbe;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;

/**
 * The window. Opens the data folder in the background (a locked folder gets a clear message and the app ends),
 * takes the automatic backup, offers the sample data on an empty database, and closes the database on exit.
 */
public class TdktApp extends Application {

    private static final Logger LOGGER = LoggerFactory.getLogger(TdktApp.class);

    private Ui ui;
    private Stage stage;
    private Scene scene;
    private AppContext ctx;
    private WindowShell shell;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Messages messages = Messages.of(LanguagePreference.forUser().load());
        Locale.setDefault(messages.locale());
        DialogService dialogs = new DialogService(messages);
        dialogs.setOwner(primary);
        ui = new Ui(messages, dialogs, new TaskRunner());
        installUncaughtHandlers();

        Label opening = new Label(messages.get("window.opening"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(new StackPane(opening), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(stylesheet());
        primary.setTitle(messages.get("window.title"));
        primary.setScene(scene);
        primary.show();
        StartSequence.forWindow(ui.tasks(), messages.get("window.opening"), new StartPrompts(ui))
                .start(this::opened, Platform::exit);
    }

    /** The data is open: the sign-in when the store has accounts (Thoát ends the app), then the window. */
    private void opened(AppContext opened) {
        ctx = opened;
        shell = new WindowShell(stage, scene, ctx, ui, backupActions(), LanguagePreference.forUser());
        if (!shell.signInIfNeeded()) {
            Platform.exit();
            return;
        }
        shell.showMain(MainWindow.Page.HOME);
        afterOpen();
        offerRestoreOfOpenedFile();
    }

    /** The app's stylesheet (also used by the tests' windows). */
    public static String stylesheet() {
        return TdktApp.class.getResource("app.css").toExternalForm();
    }

    /** The current texts, dialogs and runner (the language may have been switched since the start). */
    private Ui ui() {
        return shell == null ? ui : shell.ui();
    }

    private void afterOpen() {
        // the automatic backup waits until the first list is on screen (at most 10 s), so it does not slow the start
        AtomicBoolean backupStarted = new AtomicBoolean();
        Runnable backup = () -> {
            if (backupStarted.compareAndSet(false, true)) {
                ui().tasks().run(ui().text("backup.auto.running"), p -> {
                    ctx.autoBackup();
                    return Boolean.TRUE;
                }, done -> LOGGER.info("Automatic backup taken"), error -> LOGGER.warn("Automatic backup failed", error));
            }
        };
        StartupProbe.whenUsable(backup);
        PauseTransition fallback = new PauseTransition(Duration.seconds(10));
        fallback.setOnFinished(e -> backup.run());
        fallback.play();
        SampleOffer.offerIfEmpty(ui(), ctx, () -> shell.window().show(MainWindow.Page.HOME));
    }

    /** Started on a backup file (opened from the desktop): show the backup page and offer to restore it. */
    private void offerRestoreOfOpenedFile() {
        WindowStart.of(getParameters().getRaw().toArray(String[]::new)).flatMap(WindowStart::backupFile).ifPresent(zip -> {
            shell.showMain(MainWindow.Page.BACKUP);
            Ui ui = ui();
            if (ui.dialogs().confirm(ui.text("backup.restoreConfirmTitle"),
                    ui.format("backup.restoreConfirm", zip.getFileName().toString()))) {
                restoreFrom(zip);
            }
        });
    }

    private BackupView.Actions backupActions() {
        return new BackupView.Actions() {
            @Override
            public List<Path> autoBackups() {
                return ctx.autoBackups();
            }

            @Override
            public Path backupTo(Path file) {
                return ctx.backupTo(file);
            }

            @Override
            public void restore(Path zip) {
                restoreFrom(zip);
            }

            @Override
            public List<Path> safetyCopies() {
                return ctx.safetyCopies();
            }
        };
    }

    private record Reopened(AppContext ctx, Optional<RuntimeException> failure) {
    }

    /** Closes the data, restores the backup (the service keeps a safety copy), reopens, and rebuilds the window. */
    private void restoreFrom(Path zip) {
        AppContext old = ctx;
        Path dataDir = old.dataDir();
        Ui ui = ui();
        ui.tasks().run(ui.text("backup.restoring"), p -> {
            if (old.serverDisplay() != null) {
                // a server store: its logical dump replaces every row in one transaction; the store stays open
                try {
                    old.restoreOnServer(zip);
                    return new Reopened(old, Optional.empty());
                } catch (RuntimeException e) {
                    LOGGER.warn("Restore from {} failed; the data on the server stays", zip, e);
                    return new Reopened(old, Optional.of(e));
                }
            }
            old.close();
            Optional<RuntimeException> failure = Optional.empty();
            try {
                AppContext.restore(dataDir, zip);
            } catch (RuntimeException e) {
                LOGGER.warn("Restore from {} failed; the previous data stays", zip, e);
                failure = Optional.of(e);
            }
            return new Reopened(AppContext.open(dataDir), failure);
        }, reopened -> {
            ctx = reopened.ctx();
            shell.setContext(ctx);
            if (!shell.signInIfNeeded()) { // a reopened store starts signed out, like a new start
                Platform.exit();
                return;
            }
            shell.showMain(MainWindow.Page.BACKUP);
            reopened.failure().ifPresentOrElse(ui.dialogs()::error,
                    () -> ui.dialogs().info(ui.text("backup.restoreConfirmTitle"), ui.format("backup.restored", zip.getFileName())));
        }, error -> {
            ui.dialogs().error(error);
            Platform.exit();
        });
    }

    private void installUncaughtHandlers() {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOGGER.error("Uncaught exception in {}", thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                ui().dialogs().error(error);
            } else {
                Platform.runLater(() -> ui().dialogs().error(error));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.tasks().close();
        }
        if (ctx != null) {
            ctx.close();
        }
    }
}
