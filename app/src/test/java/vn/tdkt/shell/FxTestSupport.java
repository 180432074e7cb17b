package vn.tdkt.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.backup.ui.BackupView;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;

/** Shared pieces of the headless TestFX tests: the Vietnamese Ui, waiting for background work, PNG snapshots. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static Ui ui() {
        Messages m = Messages.of("vi");
        return new Ui(m, new DialogService(m), new TaskRunner());
    }

    /**
     * A Vietnamese {@link Ui} owned by the stage whose "open a file" and "choose a folder" dialogs answer what
     * {@code chosen} gives (empty: the clerk cancelled): the import pages' tests choose their files and folders through it.
     */
    public static Ui uiOpening(Stage owner, java.util.function.Supplier<Path> chosen) {
        Messages messages = Messages.of("vi");
        DialogService dialogs = new DialogService(messages) {
            @Override
            public java.util.Optional<Path> chooseOpen(String title, String filterName, String... patterns) {
                return java.util.Optional.ofNullable(chosen.get());
            }

            @Override
            public java.util.Optional<Path> chooseFolder(String title, String kind) {
                return java.util.Optional.ofNullable(chosen.get());
            }
        };
        dialogs.setOwner(owner);
        return new Ui(messages, dialogs, new TaskRunner());
    }

    /** Waits until every background task has finished and its callbacks have run on the FX thread. */
    public static void awaitIdle(Ui ui) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> ui.tasks().currentProperty().get()).get() == null);
        } catch (TimeoutException e) {
            throw new AssertionError("background work did not finish in 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Backup actions for tests that never open the backup screen. */
    public static final BackupView.Actions NO_BACKUPS = new BackupView.Actions() {
        @Override
        public List<Path> autoBackups() {
            return List.of();
        }

        @Override
        public Path backupTo(Path file) {
            return file;
        }

        @Override
        public void restore(Path zip) {
            throw new AssertionError("restore is not exercised by this test");
        }
    };

    /** The main window on the stage (1280 × height), styled, with shortcuts, showing a page. */
    public static MainWindow mainWindow(Stage stage, AppContext ctx, Ui ui, int height, MainWindow.Page page) {
        MainWindow window = new MainWindow(ctx, ui, NO_BACKUPS);
        Scene scene = new Scene(window.root(), 1280, height);
        scene.getStylesheets().add(TdktApp.stylesheet());
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        if (page != null) {
            window.show(page);
        }
        return window;
    }

    /** The sample workbook the first start offers (samples/data/so-noi-vu-hung-yen.xlsx). */
    public static Path sampleWorkbook() {
        return SampleData.locate().orElseThrow(() -> new AssertionError("the sample workbook is not found"));
    }

    /** Loads everything the first start loads when the sample is accepted, as if on that day (movements moved to it). */
    public static void loadFirstStartSample(vn.tdkt.AppContext ctx, java.time.LocalDate today) {
        SampleOffer.loadSample(ctx, sampleWorkbook(), today, vn.tdkt.common.domain.Progress.NONE);
    }

    /** Writes the scene as a PNG under target/test-out/ and returns the file. */
    public static Path snapshot(Scene scene, String name) {
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            Path dir = Path.of(System.getProperty("tdkt.testOut", "target/test-out"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
