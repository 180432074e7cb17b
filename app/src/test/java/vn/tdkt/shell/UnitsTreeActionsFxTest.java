package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Pagination;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;

/**
 * The units tree has the menu and keys of every table (record 0170): right-click Sửa / Xóa / Sao chép / Chọn tất cả /
 * Xuất / In danh sách, Ctrl+C the chosen rows indented as the tree shows them, Ctrl+P the preview of the tree as
 * shown, Delete asks before removing, and the export writes the tree's shown rows. Snapshot:
 * target/test-out/units-tree-menu.png (copied to samples/screens/).
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class UnitsTreeActionsFxTest {

    private static final String PREVIEW = "Xem trước khi in: Đơn vị";

    @TempDir
    static Path dir;

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        ctx.org().saveUnit(new Unit(0, "TCCB", "Phòng Tổ chức cán bộ", so.id(), null));
        ctx.org().saveUnit(new Unit(0, "HCTH", "Bộ phận Hành chính tổng hợp", vp.id(), null));
        ctx.org().saveUnit(new Unit(0, "BTG", "Ban Tôn giáo", null, null));
        Messages m = Messages.of("vi");
        DialogService dialogs = new DialogService(m) {
            @Override
            public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
                return Optional.of(dir.resolve("don-vi.xlsx"));
            }
        };
        dialogs.setOwner(stage);
        ui = new Ui(m, dialogs, new TaskRunner());
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.UNITS);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    @Test
    void aRightClickOnTheTreeShowsTheSharedMenuAndCtrlCCopiesTheRowsIndented(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        TreeTableView<?> tree = robot.lookup("#unitTree").queryAs(TreeTableView.class);
        assertEquals(5, tree.getExpandedItemCount(), "five units, every branch open");
        rightClick(robot, robot.from(tree).lookup((Text t) -> "Văn phòng Sở".equals(t.getText())).queryAs(Node.class));
        ContextMenu menu = robot.listWindows().stream().filter(w -> w instanceof ContextMenu c && "tableMenu".equals(c.getId()))
                .map(w -> (ContextMenu) w).findFirst().orElseThrow(() -> new AssertionError("no menu on the tree"));
        assertEquals("Văn phòng Sở", ((Unit) tree.getSelectionModel().getSelectedItem().getValue()).name(),
                "the right-click chose the row");
        List<String> items = menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertEquals(List.of("Sửa…", "Xóa…", "Sao chép (Ctrl+C)", "Chọn tất cả (Ctrl+A)", "Xuất các dòng đã chọn…",
                "Xuất cả bảng…", "In danh sách… (Ctrl+P)"), items);
        assertTrue(menu.getItems().stream().filter(i -> i.getText() != null).noneMatch(MenuItem::isDisable),
                "a row is chosen: every item can be used");
        snapshotWithMenu(stage.getScene().getWindow(), menu, "units-tree-menu.png");
        robot.interact(menu::hide);

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String[] one = clipboard(robot).split("\n");
        assertEquals(2, one.length, String.join("|", one));
        assertTrue(one[0].startsWith("Tên đơn vị\tMã"), one[0]);
        assertTrue(one[1].startsWith("    Văn phòng Sở\tVP\t"), "the chosen row, one level in: " + one[1]);

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        List<String> names = firstCells(clipboard(robot));
        assertEquals(List.of("Ban Tôn giáo", "Sở Nội vụ", "    Phòng Tổ chức cán bộ", "    Văn phòng Sở",
                "        Bộ phận Hành chính tổng hợp"), names, "every row shown, in the tree's order, indented by depth");

        // a closed branch: its rows are not shown, so not copied
        robot.interact(() -> tree.getRoot().getChildren().stream().filter(i -> "SNV".equals(((Unit) i.getValue()).code()))
                .forEach(i -> i.setExpanded(false)));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertEquals(List.of("Ban Tôn giáo", "Sở Nội vụ"), firstCells(clipboard(robot)), "the tree as it is shown");
    }

    @Test
    void ctrlPOnTheTreeAndOnThePagePreviewsTheTreeIndentedAndTheExportWritesIt(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        TreeTableView<?> tree = robot.lookup("#unitTree").queryAs(TreeTableView.class);
        robot.clickOn(robot.from(tree).lookup((Text t) -> "Ban Tôn giáo".equals(t.getText())).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = pane(robot.window(PREVIEW));
        List<String> shown = texts((Pagination) pane.lookup("#printPages"));
        assertTrue(shown.contains("Đơn vị"), "the page's title: " + shown);
        assertTrue(shown.containsAll(List.of("Tên đơn vị", "Mã", "Sở Nội vụ", "    Văn phòng Sở", "        Bộ phận Hành chính tổng hợp",
                "Ban Tôn giáo", "Trang 1 / 1")), "the tree printed as shown, indentation kept: " + shown);
        List<String> order = List.of("Ban Tôn giáo", "Sở Nội vụ", "    Phòng Tổ chức cán bộ", "    Văn phòng Sở",
                "        Bộ phận Hành chính tổng hợp");
        assertEquals(order, shown.stream().filter(order::contains).toList(), "in the tree's order");
        closeWith(pane, ButtonBar.ButtonData.CANCEL_CLOSE);

        // Ctrl+P away from the tree (the focus on a button of the page): the page's list, the tree
        robot.interact(() -> robot.lookup("#addUnitButton").queryButton().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        pane = pane(robot.window(PREVIEW));
        assertTrue(texts((Pagination) pane.lookup("#printPages")).contains("        Bộ phận Hành chính tổng hợp"));
        closeWith(pane, ButtonBar.ButtonData.CANCEL_CLOSE);

        // Xuất cả bảng… writes the tree's rows, indented, through the window's export
        AtomicReference<ContextMenu> menu = new AtomicReference<>();
        robot.interact(() -> menu.set(vn.tdkt.common.ui.TableActions.menu(tree, ui, ctx.lists()::write)));
        MenuItem all = menu.get().getItems().stream().filter(i -> "tableExportAll".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(all::fire);
        FxTestSupport.awaitIdle(ui);
        Window written = robot.listWindows().stream().filter(w -> w.isShowing() && w != stage).findFirst()
                .orElseThrow(() -> new AssertionError("no word after the export"));
        robot.interact(() -> ((Stage) written).close());
        Path file = dir.resolve("don-vi.xlsx");
        assertTrue(Files.size(file) > 0, file.toString());
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> cells = new ArrayList<>();
            sheet.forEach(r -> cells.add(f.formatCellValue(r.getCell(0))));
            assertTrue(cells.containsAll(List.of("Tên đơn vị", "Sở Nội vụ", "    Văn phòng Sở", "        Bộ phận Hành chính tổng hợp")),
                    "the tree's rows in the file: " + cells);
        }
    }

    @Test
    void deleteOnAChosenUnitAsksFirst(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        TreeTableView<?> tree = robot.lookup("#unitTree").queryAs(TreeTableView.class);
        robot.clickOn(robot.from(tree).lookup((Text t) -> "Ban Tôn giáo".equals(t.getText())).queryAs(Node.class));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = pane(robot.window("Xóa đơn vị"));
        closeWith(pane, ButtonBar.ButtonData.CANCEL_CLOSE);
        FxTestSupport.awaitIdle(ui);
        TreeItem<?> kept = tree.getRoot().getChildren().stream().filter(i -> "BTG".equals(((Unit) i.getValue()).code()))
                .findFirst().orElse(null);
        assertFalse(kept == null, "Hủy keeps the unit");
    }

    /** Issue #12: each unit's own headcount and its total with every unit under it, at any depth. */
    @Test
    void eachUnitShowsItsTotalWithItsSubUnits(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        ctx.org().units().forEach(u -> ids.put(u.code(), u.id()));
        int n = 0;
        for (String code : List.of("HCTH", "HCTH", "VP", "BTG")) {
            n++;
            ctx.people().save(new vn.tdkt.people.domain.Person(0, "CB0" + n, "Người Thứ " + n, vn.tdkt.common.domain.Gender.FEMALE,
                    java.time.LocalDate.of(1985, 5, 5), null, "Chuyên viên", ids.get(code), java.time.LocalDate.of(2015, 1, 1), null));
        }
        robot.interact(() -> window.show(MainWindow.Page.PEOPLE));
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> window.show(MainWindow.Page.UNITS));
        FxTestSupport.awaitIdle(ui);
        TreeTableView<?> tree = robot.lookup("#unitTree").queryAs(TreeTableView.class);
        robot.interact(() -> {
            tree.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
            tree.getSelectionModel().selectAll();
            vn.tdkt.common.ui.TableActions.copy(tree, ui.messages());
        });
        String[] lines = clipboard(robot).split("\n");
        assertTrue(lines[0].endsWith("Số cán bộ\tTổng (cả trực thuộc)"), lines[0]);
        java.util.Map<String, String> counts = new java.util.LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split("\t", -1);
            counts.put(c[1], c[4] + "/" + c[5]);
        }
        assertEquals(java.util.Map.of("BTG", "1/1", "SNV", "0/3", "TCCB", "0/0", "VP", "1/3", "HCTH", "2/2"), counts,
                "own people / with the units under it");
    }

    /** Issue #12: the blocs screen shows this year's leading unit, not another year's. */
    @Test
    void theBlocsScreenShowsTheCurrentYearsLeader(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        int year = java.time.Year.now().getValue();
        vn.tdkt.org.domain.Bloc bloc = ctx.org().saveBloc(new vn.tdkt.org.domain.Bloc(0, "Khối các cơ quan tổng hợp"));
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        ctx.org().units().forEach(u -> ids.put(u.code(), u.id()));
        ctx.org().setBlocLeader(new vn.tdkt.org.domain.BlocLeader(bloc.id(), year - 1, ids.get("BTG")));
        ctx.org().setBlocLeader(new vn.tdkt.org.domain.BlocLeader(bloc.id(), year, ids.get("SNV")));
        robot.interact(() -> window.show(MainWindow.Page.BLOCS));
        FxTestSupport.awaitIdle(ui);
        javafx.scene.control.TableView<?> blocs = robot.lookup("#blocTable").queryTableView();
        javafx.scene.control.TableColumn<?, ?> leader = blocs.getColumns().get(2);
        assertEquals("Trưởng khối năm " + year, leader.getText());
        assertEquals("Sở Nội vụ", leader.getCellData(0), "this year's leader, not last year's");
    }

    /** A right-click on a node: the row chosen, then the request for a menu (Monocle's robot sends none of its own). */
    private static void rightClick(FxRobot robot, Node cell) {
        robot.clickOn(cell);
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        return copied.get();
    }

    private static List<String> firstCells(String copied) {
        String[] lines = copied.split("\n");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            out.add(lines[i].split("\t", -1)[0]);
        }
        return out;
    }

    /** The window with its open menu drawn where it shows (a popup is a window of its own, so two snapshots). */
    private static void snapshotWithMenu(Window window, ContextMenu menu, String name) throws IOException {
        Path main = FxTestSupport.snapshot(window.getScene(), name);
        BufferedImage base = javax.imageio.ImageIO.read(main.toFile());
        AtomicReference<BufferedImage> popup = new AtomicReference<>();
        AtomicReference<double[]> at = new AtomicReference<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                popup.set(SwingFXUtils.fromFXImage(menu.getScene().snapshot(null), null));
                at.set(new double[] {menu.getX() - window.getX() - window.getScene().getX(),
                    menu.getY() - window.getY() - window.getScene().getY()});
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        java.awt.Graphics2D g = base.createGraphics();
        g.drawImage(popup.get(), (int) Math.round(at.get()[0]), (int) Math.round(at.get()[1]), null);
        g.dispose();
        javax.imageio.ImageIO.write(base, "png", main.toFile());
    }

    private static void closeWith(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        Platform.runLater(() -> ((Button) pane.lookupButton(type)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane pane(Window w) {
        return (DialogPane) w.getScene().getRoot();
    }

    private static List<String> texts(Pagination pages) {
        List<String> out = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> collect(pages, out)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static Void collect(Node n, List<String> out) {
        if (n instanceof Text t && t.isVisible()) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
        return null;
    }
}
