package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/**
 * #12 "Mở tệp" / "Mở thư mục" after every export: "Xuất cả bảng…" from Cán bộ's right-click menu writes the list and
 * ends with the window's written-file dialog ({@link DialogService#written}), whose buttons say Mở tệp, Mở thư mục,
 * In and Đóng.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class TableExportWrittenFxTest {

    @TempDir
    Path dir;

    private AppContext ctx;
    private Ui ui;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(Database.inMemory());
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vp.id(), LocalDate.of(2010, 1, 1), null));
        ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9), null,
                "Chuyên viên", vp.id(), LocalDate.of(2012, 1, 1), null));
        Messages m = Messages.of("vi");
        DialogService dialogs = new DialogService(m) {
            @Override
            public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
                return Optional.of(dir.resolve("danh-sach-can-bo.xlsx")); // the clerk names the file
            }
        };
        dialogs.setOwner(stage);
        ui = new Ui(m, dialogs, new TaskRunner());
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.PEOPLE);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void exportingTheWholeTableFromItsMenuOffersToOpenTheFileAndItsFolder(FxRobot robot) throws Exception {
        FxTestSupport.awaitIdle(ui);
        TableView<?> table = robot.lookup("#peopleTable").queryTableView();
        javafx.scene.Node cell = robot.from(table).lookup(".table-cell").query();
        robot.clickOn(cell);
        robot.interact(() -> { // a right-click's request for a menu (Monocle's robot sends no context-menu event of its own)
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem exportAll = robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream()).filter(i -> "tableExportAll".equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("Cán bộ's right-click menu has no Xuất cả bảng…"));
        assertEquals("Xuất cả bảng…", exportAll.getText());
        robot.interact(() -> {
            exportAll.getParentPopup().hide();
            exportAll.fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w.isShowing() && pane(w) != null && ui.text("window.written.title").equals(title(w))));
        Window written = robot.listWindows().stream().filter(w -> w.isShowing() && pane(w) != null).findFirst().orElseThrow();
        DialogPane pane = pane(written);
        List<String> buttons = pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
        assertEquals(List.of("Mở tệp", "Mở thư mục", "In", "Đóng"), buttons);
        Path file = dir.resolve("danh-sach-can-bo.xlsx");
        assertTrue(((javafx.scene.control.Label) pane.getContent()).getText().contains(file.toAbsolutePath().toString()),
                "the dialog names the file written");
        FxTestSupport.snapshot(written.getScene(), "da-ghi-tep-xuat-ca-bang.png");
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(3))).fire());
        FxTestSupport.awaitIdle(ui);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            String all = sheet.getRow(0).getCell(0).getStringCellValue() + sheet.getLastRowNum();
            assertTrue(sheet.getLastRowNum() >= 2, "the title or header and both people are written: " + all);
        }
    }

    private static String title(Window w) {
        return w instanceof Stage s ? s.getTitle() : null;
    }

    private static DialogPane pane(Window w) {
        return w.getScene() == null ? null : (DialogPane) w.getScene().getRoot().lookup(".dialog-pane");
    }
}
