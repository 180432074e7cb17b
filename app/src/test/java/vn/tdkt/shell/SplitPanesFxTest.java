package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
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
import vn.tdkt.common.ui.Ui;

/**
 * #12 "resizable split panes": on Bình xét at 1280 × 800 (sample data) the clerk drags the divider between the list and
 * the criteria; both sides follow the pointer, fill the split between them, and no label, button or column title of the
 * page is drawn cut before or after ({@link LayoutFxTest#scan}). Every page with a split pane shares the mechanism: its
 * divider set by the program resizes its sides the same way.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class SplitPanesFxTest {

    private final AppContext ctx = sample();
    private Stage stage;
    private Ui ui;
    private MainWindow window;

    private static AppContext sample() {
        AppContext c = AppContext.inMemory();
        c.workbook().importFile(SampleData.locate().orElseThrow(), Progress.NONE);
        return c;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.REVIEW);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    @Test
    void draggingTheReviewDividerResizesBothSidesAndCutsNothing(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        SplitPane split = robot.lookup(n -> n instanceof SplitPane && n.isVisible()).queryAs(SplitPane.class);
        assertEquals(List.of(), cut(), "cut on Bình xét before the drag");
        double[] before = widths(split);
        Node divider = split.lookup(".split-pane-divider");
        Bounds d = divider.localToScreen(divider.getBoundsInLocal());
        robot.drag(d.getCenterX(), d.getCenterY()).moveBy(-240, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        FxTestSupport.awaitIdle(ui);
        double[] after = widths(split);
        assertTrue(before[0] - after[0] > 200, "the list narrows with the drag: " + before[0] + " → " + after[0]);
        assertTrue(after[1] - before[1] > 200, "the criteria widen with the drag: " + before[1] + " → " + after[1]);
        assertEquals(before[0] + before[1], after[0] + after[1], 1.0, "the two sides still fill the split");
        // narrowed by the clerk, the table scrolls sideways: a title past its edge is reached by scrolling, not cut
        assertEquals(List.of(), cut().stream().filter(f -> !f.endsWith("clipped at the edge of its pane")).toList(),
                "cut on Bình xét after the drag");
        FxTestSupport.snapshot(stage.getScene(), "split-review-dragged.png");
    }

    @Test
    void everySplitPaneOfTheWindowResizesItsSidesWithItsDivider(FxRobot robot) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (MainWindow.Page page : MainWindow.Page.values()) {
            robot.interact(() -> window.show(page));
            FxTestSupport.awaitIdle(ui);
            for (Node n : robot.lookup(x -> x instanceof SplitPane && x.getScene() != null && x.isVisible()).queryAll()) {
                SplitPane split = (SplitPane) n;
                if (split.getWidth() <= 0 || split.getItems().size() < 2) {
                    continue; // a split pane on a page's hidden tab
                }
                double[] before = widths(split);
                double at = split.getDividerPositions()[0];
                List<String> ways = new ArrayList<>();
                for (double to : new double[] {at + 0.2, at - 0.2}) {
                    robot.interact(() -> split.setDividerPosition(0, Math.max(0.05, Math.min(0.95, to))));
                    double[] after = widths(split);
                    assertEquals(before[0] + before[1], after[0] + after[1], 1.0, page + ": the sides still fill the split");
                    if (Math.abs(after[0] - before[0]) > 0.1 * length(split)) {
                        ways.add((int) before[0] + "→" + (int) after[0]);
                    }
                    robot.interact(() -> split.setDividerPosition(0, at));
                    widths(split);
                }
                pages.put(page.name(), split.getOrientation() + " " + ways + " of " + (int) length(split));
                assertFalse(ways.isEmpty(), page + ": the divider moves neither way " + pages.get(page.name()));
            }
        }
        System.out.println("split panes: " + pages);
        assertTrue(pages.keySet().containsAll(List.of("MOVEMENTS", "REGISTRATIONS", "EXEMPLARY", "BLOCS", "BLOC_SCORING",
                "REVIEW", "DECISIONS")), "the seven pages with a split pane: " + pages);
    }

    /** The sizes of a split's two first sides along its orientation (widths side by side, heights one above the other). */
    private static double[] widths(SplitPane split) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                split.applyCss();
                split.layout();
                Bounds a = split.getItems().get(0).getBoundsInParent();
                Bounds b = split.getItems().get(1).getBoundsInParent();
                return split.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                        ? new double[] {a.getWidth(), b.getWidth()} : new double[] {a.getHeight(), b.getHeight()};
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static double length(SplitPane split) {
        return split.getOrientation() == javafx.geometry.Orientation.HORIZONTAL ? split.getWidth() : split.getHeight();
    }

    private List<String> cut() {
        List<String> found = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                LayoutFxTest.scan(stage.getScene().getRoot(), "", found);
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return found;
    }
}
