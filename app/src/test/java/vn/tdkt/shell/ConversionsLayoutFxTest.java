package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.LegacyConverter.Conversion;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.common.ui.CutText;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.samples.LegacySample;

/**
 * The conversion preview ({@code ConversionsTable}, shared by the workbook import's pane and the dialog of the unit
 * sheets, the bloc scoring and the tally imports) at the default window, 1280 × 800: no title and no cell is drawn
 * cut — long column headers of the clerks' files and long values wrap onto more lines in their column (the row grows),
 * the row, the encoding and the sheet are as wide as their widest text, and the dialog of a folder's files stays inside
 * the window. Screenshots: target/test-out/chuyen-ma-hop-thoai-1280.png and nhap-du-lieu-chuyen-ma-1280.png.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ConversionsLayoutFxTest {

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        file = LegacySample.write(Files.createTempDirectory("tdkt-legacy-layout").resolve(LegacySample.FILE));
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

    /** Long headers and values, as the clerks' files have them, from two files of a folder. */
    private static List<Conversion> longCells() {
        List<Conversion> cells = new ArrayList<>();
        String[][] rows = {
            {"Tên cơ quan, đơn vị chủ trì tổ chức phong trào thi đua", "Ban Thi đua - Khen thưởng tỉnh Hưng Yên và Hội đồng "
                + "Thi đua - Khen thưởng các sở, ban, ngành, đoàn thể cấp tỉnh"},
            {"Danh hiệu thi đua đăng ký (cá nhân)", "Chiến sĩ thi đua cơ sở"},
            {"Chức vụ, đơn vị công tác hiện nay", "Trưởng phòng Tiếp nhận và trả kết quả thủ tục hành chính, Trung tâm Phục "
                + "vụ hành chính công tỉnh"},
            {"Họ và tên", "Nguyễn Thị Hường"},
        };
        int row = 7;
        for (String[] r : rows) {
            for (String f : List.of("dang-ky-thi-dua-SNV-TCCB-2026.xlsx", "syt.xlsx")) {
                LegacyEncoding e = row % 2 == 0 ? LegacyEncoding.VNI : LegacyEncoding.TCVN3;
                cells.add(new Conversion("Đăng ký thi đua", row++, r[0], e.encode(r[1]), r[1], e, f));
            }
        }
        return cells;
    }

    @Test
    void theDialogOfAFoldersCellsShowsEveryTitleAndEveryCellWholeAt1280x800(FxRobot robot) {
        assertEquals(1280, stage.getScene().getWidth());
        assertEquals(800, stage.getScene().getHeight());
        Platform.runLater(() -> ui.dialogs().acceptConversions(longCells()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Conversion> table = robot.lookup("#conversionsPreview").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = table.getScene();
        Window dialog = scene.getWindow();
        assertTrue(dialog.getWidth() <= 1280 && dialog.getHeight() <= 800,
                "the dialog inside the window: " + dialog.getWidth() + " × " + dialog.getHeight());
        assertTrue(table.getColumns().get(0).isVisible(), "the Tệp column of a folder's cells");
        List<String> cut = cut(scene, table);
        FxTestSupport.snapshot(scene, "chuyen-ma-hop-thoai-1280.png");
        assertEquals(List.of(), cut, "texts drawn cut in the preview dialog");
        robot.interact(() -> ((Stage) dialog).close());
    }

    @Test
    void theWorkbookImportsPaneShowsEveryTitleAndEveryCellWholeAt1280x800(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#chooseFileButton");
        FxTestSupport.awaitIdle(ui);
        TableView<Conversion> table = robot.lookup("#conversionsTable").queryTableView();
        assertTrue(!table.getColumns().get(0).isVisible(), "one file: no Tệp column");
        robot.interact(() -> table.getItems().addAll(0, longCells().stream().map(c -> new Conversion(c.sheet(), c.row(),
                c.column(), c.before(), c.after(), c.encoding())).toList()));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = cut(stage.getScene(), table);
        FxTestSupport.snapshot(stage.getScene(), "nhap-du-lieu-chuyen-ma-1280.png");
        assertEquals(List.of(), cut, "texts drawn cut in the import page's preview");
    }

    /** Every cut title or label of the scene, and every cell of the table drawn cut or clipped. */
    private static List<String> cut(Scene scene, TableView<Conversion> table) {
        List<String> found = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                LayoutFxTest.scan(scene.getRoot(), "", found);
                int cells = 0;
                for (Node n : table.lookupAll(".table-cell")) {
                    if (!(n instanceof TableCell<?, ?> cell) || !cell.isVisible() || cell.isEmpty() || cell.getTableColumn() == null
                            || cell.getTableRow() == null || !cell.getTableRow().isVisible() || !cell.getTableColumn().isVisible()) {
                        continue;
                    }
                    cells++;
                    String where = cell.getTableColumn().getText() + " row " + cell.getIndex() + ": «" + cell.getText() + "»";
                    if (cell.getGraphic() instanceof Text t) {
                        // a wrapped text: all its lines inside the cell, none wider than the column
                        if (t.getBoundsInParent().getMaxY() > cell.getHeight() + 0.5
                                || t.getLayoutBounds().getWidth() > cell.getWidth() + 0.5) {
                            found.add(where + " clipped (" + t.getLayoutBounds() + " in " + cell.getWidth() + " × "
                                    + cell.getHeight() + ")");
                        }
                    } else if (CutText.isCut(cell)) {
                        found.add(where + " shows «" + CutText.shown(cell) + "»");
                    }
                }
                if (cells == 0) {
                    found.add("no cell drawn");
                }
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return found;
    }
}
