package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.CellWidths;
import vn.tdkt.common.ui.CutText;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.org.domain.Unit;

/**
 * Điển hình tiên tiến and Đại biểu điển hình at the default window (1280 × 800) on the first-start sample (the
 * department and the seeds' movements with their 17 models): no label, button, tab or column title drawn elided
 * ({@link LayoutFxTest#scan}), no cell of the models list but a name drawn cut, no tab hidden behind the tab pane's
 * overflow arrow, and the lists tab's unit box saying whom a request asks once one is made. Screenshots go to
 * target/test-out/exemplary-*.png.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ExemplaryLayoutFxTest {

    private final AppContext ctx = sample();
    private Stage stage;
    private Ui ui;
    private MainWindow window;

    /** The first start's sample: the department, then the seeds' movements and models. */
    private static AppContext sample() {
        AppContext c = AppContext.inMemory();
        Path workbook = SampleData.locate().orElseThrow();
        c.workbook().importFile(workbook, Progress.NONE);
        c.workbook().importFile(SampleData.movements(workbook).orElseThrow(), Progress.NONE);
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
    void theModelsListAndEveryTabOfAModelShowWholeAt1280x800(FxRobot robot) {
        size(robot);
        robot.interact(() -> window.show(MainWindow.Page.EXEMPLARY));
        FxTestSupport.awaitIdle(ui);
        TableView<ModelRow> list = robot.lookup("#exemplaryTable").queryTableView();
        assertEquals(17, list.getItems().size(), "the sample's models");
        int enterprise = indexOf(list, ModelKind.DOANH_NGHIEP);
        robot.interact(() -> list.getSelectionModel().select(enterprise));
        FxTestSupport.awaitIdle(ui);
        List<String> found = new ArrayList<>(cutCells(robot, list));
        TabPane tabs = robot.lookup("#exemplaryTabs").queryAs(TabPane.class);
        assertEquals(7, tabs.getTabs().size(), "the form and six tabs");
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            FxTestSupport.awaitIdle(ui);
            found.addAll(scanScene().stream().map(f -> tab.getText() + ": " + f).toList());
            FxTestSupport.snapshot(stage.getScene(), "exemplary-" + tab.getId() + ".png");
        }
        robot.interact(() -> tabs.getSelectionModel().selectFirst());
        FxTestSupport.awaitIdle(ui);
        FxTestSupport.snapshot(stage.getScene(), "exemplary.png");
        assertEquals(List.of(), found, "shown cut or hidden at 1280 × 800");
    }

    /**
     * A person model of the database (DHTT-08, cán bộ CB00006): the awards of her award history and the review's path
     * toward the next titles, each line with what is missing, shown whole on the model's page at 1280 × 800.
     */
    @Test
    void aPersonModelsAwardsAndPathShowWholeOnItsPage(FxRobot robot) {
        size(robot);
        robot.interact(() -> window.show(MainWindow.Page.EXEMPLARY));
        FxTestSupport.awaitIdle(ui);
        TableView<ModelRow> list = robot.lookup("#exemplaryTable").queryTableView();
        int quynh = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).model().code().equals("DHTT-08")) {
                quynh = i;
            }
        }
        int at = quynh;
        robot.interact(() -> {
            list.getSelectionModel().select(at);
            list.scrollTo(at);
        });
        FxTestSupport.awaitIdle(ui);
        TabPane tabs = robot.lookup("#exemplaryTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "awardsTab".equals(t.getId())).findFirst().orElseThrow()));
        FxTestSupport.awaitIdle(ui);
        assertTrue(robot.lookup("#awardTable").queryTableView().getItems().size() > 0, "her awards from the award history");
        robot.clickOn("#nextTitleButton");
        FxTestSupport.awaitIdle(ui);
        javafx.scene.control.ListView<?> next = robot.lookup("#nextTitleList").queryAs(javafx.scene.control.ListView.class);
        assertTrue(next.getItems().size() > 0, "the review's next titles with what is missing");
        List<String> found = new ArrayList<>(scanScene());
        FxTestSupport.snapshot(stage.getScene(), "exemplary-path.png");
        assertEquals(List.of(), found, "shown cut or hidden at 1280 × 800");
    }

    @Test
    void theDelegateScreenAndItsListsTabShowWholeAndTheUnitBoxSaysWhomARequestAsks(FxRobot robot) {
        size(robot);
        robot.interact(() -> window.show(MainWindow.Page.DELEGATES));
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#quotaField").write("5");
        robot.clickOn("#runDelegatesButton");
        FxTestSupport.awaitIdle(ui);
        List<String> found = new ArrayList<>(scanScene());
        @SuppressWarnings("unchecked")
        ComboBox<Scope.Kind> scope = robot.lookup("#scopeCombo").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Movement> scopeMovement = robot.lookup("#scopeMovementCombo").queryAs(ComboBox.class);
        robot.interact(() -> {
            scope.setValue(Scope.Kind.MOVEMENT);
            scopeMovement.setValue(scopeMovement.getItems().stream().filter(m -> m.code().equals("HY-KH90-2021")).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#fromYearField").write("2021");
        robot.clickOn("#toYearField").write("2025");
        robot.clickOn("#runDelegatesButton");
        FxTestSupport.awaitIdle(ui);
        found.addAll(scanScene());
        found.addAll(squeezed(robot, "#quotaField", "#scopeCombo", "#fromYearField", "#toYearField"));
        FxTestSupport.snapshot(stage.getScene(), "exemplary-delegates.png");
        robot.clickOn("#listsTab");
        FxTestSupport.awaitIdle(ui);
        @SuppressWarnings("unchecked")
        ComboBox<Movement> movement = robot.lookup("#listMovementCombo").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Unit> unit = robot.lookup("#listUnitCombo").queryAs(ComboBox.class);
        assertEquals("Mọi đơn vị tham gia", shown(unit), "before a request");
        robot.interact(() -> {
            movement.setValue(movement.getItems().stream().filter(m -> m.code().equals("HY-KH90-2021")).findFirst().orElseThrow());
            unit.setValue(unit.getItems().get(1));
        });
        String asked = unit.getItems().get(1).name();
        assertEquals(asked, shown(unit));
        robot.clickOn("#listContentField").write("Danh sách giới thiệu điển hình tiên tiến năm 2026");
        robot.clickOn("#listDueField").write("20/05/2026");
        robot.clickOn("#askListsButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, robot.lookup("#listRequestTable").queryTableView().getItems().size(), "the request is made");
        assertEquals("Mọi đơn vị tham gia", shown(unit), "the box says whom the next request asks, not blank");
        found.addAll(scanScene().stream().map(f -> "Danh sách theo hạn: " + f).toList());
        FxTestSupport.snapshot(stage.getScene(), "exemplary-lists.png");
        assertEquals(List.of(), found, "shown cut or hidden at 1280 × 800");
    }

    /** The fields and boxes narrower than their own width (a movement's long name beside them squeezing them). */
    private static List<String> squeezed(FxRobot robot, String... ids) {
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            javafx.scene.layout.Region r = robot.lookup(id).queryAs(javafx.scene.layout.Region.class);
            double pref = r.prefWidth(-1);
            if (r.getWidth() < pref - 0.5) {
                found.add(id + " squeezed to " + Math.round(r.getWidth()) + " of " + Math.round(pref) + " px");
            }
        }
        return found;
    }

    private static int indexOf(TableView<ModelRow> list, ModelKind kind) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).model().kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("the sample has a model of kind " + kind);
    }

    /** The text the combo's box shows (its button cell). */
    private static String shown(ComboBox<?> combo) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                combo.applyCss();
                combo.layout();
                // the box's own cell, not one of the hidden list's below it
                ListCell<?> cell = (ListCell<?>) combo.getChildrenUnmodifiable().stream().filter(n -> n instanceof ListCell<?>)
                        .findFirst().orElse(null);
                return cell == null ? null : cell.getText();
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Labels and titles drawn elided, and tabs hidden behind their pane's overflow arrow, in the whole scene. */
    private List<String> scanScene() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
                List<String> found = new ArrayList<>();
                LayoutFxTest.scan(root, "", found);
                found.addAll(hiddenTabs(root));
                found.addAll(pastTheWindow(root, stage.getScene().getWidth()));
                return found;
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Tab headers not wholly inside their header row, or a header row showing its overflow arrow. */
    static List<String> hiddenTabs(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node n : root.lookupAll(".tab-pane")) {
            if (!(n instanceof TabPane pane) || !shownInTree(pane)) {
                continue;
            }
            Node area = pane.lookup(".tab-header-area");
            Bounds row = area.localToScene(area.getLayoutBounds());
            Node arrow = area.lookup(".tab-down-button");
            if (arrow != null && shownInTree(arrow)) {
                found.add("#" + pane.getId() + ": the overflow arrow is shown");
            }
            for (Node header : area.lookupAll(".tab")) {
                Bounds b = header.localToScene(header.getLayoutBounds());
                Labeled label = (Labeled) header.lookup(".tab-label");
                if (b.getMaxX() > row.getMaxX() + 0.5 || b.getMinX() < row.getMinX() - 0.5
                        || arrow != null && shownInTree(arrow)
                        && b.getMaxX() > arrow.localToScene(arrow.getLayoutBounds()).getMinX() + 0.5) {
                    found.add("#" + pane.getId() + ": tab «" + (label == null ? "?" : label.getText()) + "» hidden");
                }
            }
        }
        return found;
    }

    /** Labels and buttons drawn (partly) beyond the window's right edge: a row wider than the page. */
    static List<String> pastTheWindow(Parent root, double width) {
        List<String> found = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            addIfPast(n, width, found);
        }
        for (Node n : root.lookupAll(".button")) {
            addIfPast(n, width, found);
        }
        return found;
    }

    private static void addIfPast(Node n, double width, List<String> found) {
        if (n instanceof Labeled l && shownInTree(n) && l.getText() != null && !l.getText().isBlank()
                && n.localToScene(n.getLayoutBounds()).getMaxX() > width + 0.5) {
            found.add("«" + l.getText() + "» drawn past the window's right edge");
        }
    }

    private static boolean shownInTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The list scrolled through its rows: every cell of a column that is not flexible (a name) drawn whole. */
    private List<String> cutCells(FxRobot robot, TableView<ModelRow> table) {
        List<String> found = new ArrayList<>();
        for (int first = 0; first < table.getItems().size(); first += 3) {
            int at = first;
            robot.interact(() -> table.scrollTo(at));
            WaitForAsyncUtils.waitForFxEvents();
            try {
                found.addAll(WaitForAsyncUtils.asyncFx(() -> {
                    table.applyCss();
                    table.layout();
                    List<String> cut = new ArrayList<>();
                    for (Node node : table.lookupAll(".table-cell")) {
                        if (node instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                                && cell.getTableColumn() != null && !CellWidths.flexible(cell.getTableColumn())
                                && CutText.isCut(cell)) {
                            cut.add(cell.getTableColumn().getText() + " row " + cell.getIndex() + ": «" + cell.getText()
                                    + "» shows «" + CutText.shown(cell) + "»");
                        }
                    }
                    return cut;
                }).get());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return found.stream().distinct().toList();
    }
}
