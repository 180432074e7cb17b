package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.backup.domain.BackupContents;
import vn.tdkt.backup.service.BackupService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;

/** #12: accepting the first start's sample leaves an automatic backup the backup screen lists, holding the sample. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class SampleBackupFxTest {

    @TempDir
    Path dir;

    private final AtomicReference<String> offered = new AtomicReference<>();
    private final AtomicReference<String> told = new AtomicReference<>();
    private final AtomicReference<Throwable> failed = new AtomicReference<>();
    private AppContext ctx;
    private Ui ui;

    @Start
    void start(Stage stage) {
        Messages m = Messages.of("vi");
        DialogService dialogs = new DialogService(m) {
            @Override
            public boolean confirm(String title, String text) {
                offered.set(text);
                return true; // the clerk accepts the sample
            }

            @Override
            public void info(String title, String text) {
                told.set(text);
            }

            @Override
            public void error(Throwable error) {
                failed.set(error);
            }
        };
        dialogs.setOwner(stage);
        ui = new Ui(m, dialogs, new TaskRunner());
        ctx = new AppContext(Database.open(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void loadingTheSampleLeavesAnAutomaticBackupOfIt(FxRobot robot) throws TimeoutException {
        assertEquals(List.of(), ctx.autoBackups(), "an empty new database has no automatic backup yet");
        AtomicBoolean imported = new AtomicBoolean();
        robot.interact(() -> SampleOffer.offerIfEmpty(ui, ctx, () -> imported.set(true)));
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> imported.get() || failed.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, failed.get(), "loading the sample failed");
        assertEquals(ui.text("sample.offer"), offered.get());
        assertEquals(ui.text("sample.done"), told.get());

        List<Path> listed = BackupService.autoBackups(dir.resolve("data"));
        assertEquals(1, listed.size(), "one automatic backup after the sample: " + listed);
        assertEquals(listed, ctx.autoBackups(), "the backup screen lists what the backup service lists");
        assertTrue(listed.get(0).getFileName().toString().startsWith(BackupService.AUTO_PREFIX));
        BackupContents c = BackupService.describe(listed.get(0));
        assertEquals(ctx.org().units().size(), c.units(), "the backup holds the sample's units");
        assertTrue(c.people() > 0 && c.awards() > 0, "the backup holds the sample's people and awards: " + c);
    }
}
