package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.common.ui.CutText;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.samples.MovementSamples;

/**
 * Tổng quan and the movement page's milestones at the default window (1280 × 800) on the first-start sample loaded
 * today (decisions 156–157): no labelled text of the start screen elided — the due list's Nội dung and Chi tiết wrap
 * — the movements list showing every name whole (wrapped, decision 174) and the milestones table of the year's
 * movement fitting its pane, with no sideways scroll bar and no text cut.
 * Screenshots: target/test-out/home-1280.png, movements-list-1280.png, movement-milestones-1280.png.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class MovementHomeLayoutFxTest {

    private final AppContext ctx = sample();
    private Stage stage;
    private Ui ui;
    private MainWindow window;

    private static AppContext sample() {
        AppContext c = AppContext.inMemory();
        FxTestSupport.loadFirstStartSample(c, LocalDate.now());
        return c;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.HOME);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    private void size(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        FxTestSupport.awaitIdle(ui);
        assertEquals(1280, stage.getScene().getWidth());
    }

    @Test
    void noTextOfTheStartScreenIsElidedAt1280x800(FxRobot robot) {
        size(robot);
        robot.interact(() -> window.show(MainWindow.Page.HOME));
        FxTestSupport.awaitIdle(ui);
        TableView<?> due = robot.lookup("#homeDueTable").queryTableView();
        assertTrue(due.getItems().size() >= 3, "the sample's overdue and near milestones are listed: " + due.getItems());
        List<String> found = new ArrayList<>(scan());
        found.addAll(cut(due));
        FxTestSupport.snapshot(stage.getScene(), "home-1280.png");
        assertEquals(List.of(), found, "elided on Tổng quan at 1280 × 800");
    }

    @Test
    void theMilestonesOfTheYearsMovementFitTheirPaneAt1280x800(FxRobot robot) {
        size(robot);
        robot.interact(() -> window.show(MainWindow.Page.MOVEMENTS));
        FxTestSupport.awaitIdle(ui);
        @SuppressWarnings("unchecked")
        TableView<Movement> list = robot.lookup("#movementTable").queryTableView();
        int current = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).code().equals(MovementSamples.CURRENT)) {
                current = i;
            }
        }
        assertEquals(0, current, "the running year's movement heads the list (newest year first)");
        robot.interact(() -> list.getSelectionModel().select(0));
        FxTestSupport.awaitIdle(ui);
        TabPane tabs = robot.lookup("#movementTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        FxTestSupport.awaitIdle(ui);
        TableView<?> table = robot.lookup("#milestoneTable").queryTableView();
        assertEquals(12, table.getItems().size(), "the 2026 plan's milestones");
        List<String> found = new ArrayList<>(scan());
        found.addAll(cut(table));
        FxTestSupport.snapshot(stage.getScene(), "movement-milestones-checked-1280.png");
        found.addAll(sideways(table));
        found.addAll(sideways(list));
        found.addAll(tabsOverflow());
        FxTestSupport.snapshot(stage.getScene(), "movement-milestones-1280.png");
        assertEquals(List.of(), found, "cut or scrolling on the movement page at 1280 × 800");
    }

    @Test
    void theMovementsListShowsEveryNameWholeAt1280x800(FxRobot robot) {
        size(robot);
        robot.interact(() -> window.show(MainWindow.Page.MOVEMENTS));
        FxTestSupport.awaitIdle(ui);
        @SuppressWarnings("unchecked")
        TableView<Movement> list = robot.lookup("#movementTable").queryTableView();
        int rows = list.getItems().size();
        assertTrue(rows >= 20, "the sample's movements: " + rows);
        robot.interact(() -> list.getSelectionModel().select(0));
        FxTestSupport.awaitIdle(ui);
        FxTestSupport.snapshot(stage.getScene(), "movements-list-1280.png");
        List<String> found = new ArrayList<>(scan());
        found.addAll(sideways(list));
        found.addAll(tabsOverflow());
        // every row in turn: scrolled to, its name drawn whole in its wrapped cell (not only in a tooltip)
        for (int i = 0; i < rows; i += 8) {
            int row = i;
            robot.interact(() -> list.scrollTo(row));
            found.addAll(cut(list));
            FxTestSupport.snapshot(stage.getScene(), "movements-list-" + row + "-1280.png");
        }
        javafx.scene.control.TableColumn<Movement, ?> name = list.getColumns().get(2);
        assertTrue(name.getWidth() >= list.getWidth() / 3, "the name takes the list's remaining width: " + name.getWidth()
                + " of " + list.getWidth());
        assertEquals(List.of(), found.stream().distinct().toList(), "cut or scrolling in the movements list at 1280 × 800");
        // the check sees tabs that do not fit: the list widened past what the form's tabs leave
        Node n = robot.lookup("#movementTabs").query();
        while (!(n instanceof javafx.scene.control.SplitPane)) {
            n = n.getParent();
        }
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) n;
        robot.interact(() -> split.setDividerPositions(0.6));
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, tabsOverflow().size(), "the form's tabs clipped with the list at 60 %");
    }

    /** A tab pane whose tabs do not all fit its width (its overflow menu button shown, the last tab clipped). */
    private List<String> tabsOverflow() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                List<String> found = new ArrayList<>();
                for (Node n : stage.getScene().getRoot().lookupAll(".tab-pane")) {
                    Node menu = n.lookup(".control-buttons-tab");
                    if (n.isVisible() && menu != null && menu.isVisible()) {
                        found.add("#" + n.getId() + ": its tabs do not fit (the overflow menu shows)");
                    }
                }
                return found;
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The table's horizontal scroll bar when shown: a column pushed past the table's right edge. */
    private static List<String> sideways(TableView<?> table) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                List<String> bars = new ArrayList<>();
                for (Node n : table.lookupAll(".scroll-bar")) {
                    if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()) {
                        bars.add("#" + table.getId() + " scrolls sideways");
                    }
                }
                return bars;
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * On a day with one of the ministry's dates in the list (22/12/2026: the statistics report of 15/12/2026, 7 days
     * overdue, README decision 171), in both languages: the kind, the name and the legal reference fit their cells.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"vi", "en"})
    void theMinistrysDatesFitTheDueListAt1280x800(String lang, FxRobot robot) {
        size(robot);
        vn.tdkt.common.ui.Messages messages = vn.tdkt.common.ui.Messages.of(lang);
        Ui shown = new Ui(messages, new vn.tdkt.common.ui.DialogService(messages), ui.tasks());
        LocalDate day = LocalDate.of(2026, 12, 22);
        robot.interact(() -> {
            vn.tdkt.home.ui.HomeView home = new vn.tdkt.home.ui.HomeView(shown, new vn.tdkt.home.ui.HomeViewModel(ctx.home(),
                    ctx.movementReports(), ui.tasks(), messages, () -> day, link -> { }));
            stage.getScene().setRoot(new javafx.scene.layout.StackPane(home.view()));
            home.refresh();
        });
        FxTestSupport.awaitIdle(ui);
        TableView<?> due = robot.lookup("#homeDueTable").queryTableView();
        long central = due.getItems().stream()
                .filter(i -> ((vn.tdkt.home.domain.DueItem) i).kind() == vn.tdkt.home.domain.DueKind.CENTRAL).count();
        assertEquals(1, central, due.getItems().toString());
        List<String> found = new ArrayList<>(scan());
        found.addAll(cut(due));
        FxTestSupport.snapshot(stage.getScene(), "home-central-" + lang + "-1280.png");
        assertEquals(List.of(), found, "elided on Tổng quan with the ministry's dates at 1280 × 800");
    }

    /** Labels, buttons, tabs and column titles drawn elided in the whole scene. */
    private List<String> scan() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
                List<String> found = new ArrayList<>();
                LayoutFxTest.scan(root, "", found);
                found.addAll(ExemplaryLayoutFxTest.pastTheWindow(root, stage.getScene().getWidth()));
                return found;
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The table's shown cells drawn cut: a plain cell's text elided, a wrapped cell's text taller than its cell. */
    private static List<String> cut(TableView<?> table) {
        // a wrapped cell's height follows its column's width, which CellWidths sets a pulse later: let the rows settle
        for (int i = 0; i < 4; i++) {
            try {
                WaitForAsyncUtils.asyncFx(() -> {
                    table.applyCss();
                    table.layout();
                }).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                table.applyCss();
                table.layout();
                List<String> found = new ArrayList<>();
                Node viewport = table.lookup(".clipped-container");
                javafx.geometry.Bounds view = viewport.localToScene(viewport.getLayoutBounds());
                for (Node node : table.lookupAll(".table-cell")) {
                    if (!(node instanceof TableCell<?, ?> cell) || !cell.isVisible() || cell.isEmpty()
                            || cell.getTableRow() == null || !cell.getTableRow().isVisible()
                            || cell.getTableColumn() == null || cell.getText() == null || cell.getText().isBlank()) {
                        // (a row the table keeps out of sight to measure cells is not drawn)
                        continue;
                    }
                    javafx.geometry.Bounds b = cell.localToScene(cell.getLayoutBounds());
                    if (b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5) {
                        continue; // a row scrolled (partly) out of sight: the rows in sight are the ones shown
                    }
                    String where = "#" + table.getId() + " " + cell.getTableColumn().getText() + " row " + cell.getIndex();
                    if (cell.getGraphic() instanceof Text t) {
                        // the text may run into the cell's padding, never past the cell
                        if (t.getLayoutBounds().getHeight() > cell.getHeight() + 1
                                || t.getLayoutBounds().getWidth() > cell.getWidth() + 1) {
                            found.add(where + ": «" + cell.getText() + "» does not fit its cell (" + t.getLayoutBounds()
                                    + " in " + cell.getWidth() + " × " + cell.getHeight() + ")");
                        }
                    } else if (CutText.isCut(cell)) {
                        found.add(where + ": «" + cell.getText() + "» shows «" + CutText.shown(cell) + "»");
                    }
                }
                return found;
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
