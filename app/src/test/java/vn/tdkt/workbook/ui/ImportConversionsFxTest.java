package vn.tdkt.workbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.samples.LegacySample;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/** The import screen with a sheet typed in TCVN3: the preview of every converted cell, then the clerk's acceptance. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ImportConversionsFxTest {

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        file = LegacySample.write(Files.createTempDirectory("tdkt-legacy-fx").resolve(LegacySample.FILE));
        ctx = new AppContext(Database.inMemory());
        ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        ui = FxTestSupport.uiOpening(stage, () -> file);
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.IMPORT);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @Test
    void theConvertedCellsAreShownAndWrittenOnlyOnceAccepted(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#chooseFileButton");
        FxTestSupport.awaitIdle(ui);

        TableView<LegacyConverter.Conversion> table = robot.lookup("#conversionsTable").queryTableView();
        assertTrue(table.isVisible());
        assertEquals(30, table.getItems().size());
        assertEquals("Nguyễn Thị Hường", table.getItems().get(1).after());
        String status = robot.lookup("#importStatus").queryAs(Label.class).getText();
        assertTrue(status.contains("30 ô gõ bằng bảng mã cũ"), status);
        Button apply = robot.lookup("#applyButton").queryButton();
        assertTrue(apply.isVisible() && apply.isDisabled(), "nothing can be written before the acceptance");
        FxTestSupport.snapshot(stage.getScene(), "nhap-du-lieu-chuyen-ma.png");

        robot.clickOn("#acceptConversions");
        assertFalse(apply.isDisabled());
        robot.clickOn("#applyButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(robot.lookup("#importStatus").queryAs(Label.class).getText().startsWith("Đã nhập xong"));
        assertTrue(ctx.people().index().all().stream().anyMatch(r -> r.person().fullName().equals("Hoàng Thị Mỹ Duyên")));
    }
}
