package vn.tdkt.home.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
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
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.record.domain.AwardEntry;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * Clicks through Tổng quan on the sample as a clerk would: a status of the movements card, a bar of the awards chart,
 * a slice of the pie and the decisions card each open the screen they name with its filter.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class HomeLinksFxTest {

    private AppContext ctx;
    private Ui ui;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        ctx.workbook().importFile(Path.of("..", "samples", "data", "so-noi-vu-hung-yen.xlsx"), Progress.NONE);
        ctx.workbook().importFile(Path.of("..", "samples", "data", "phong-trao-mau.xlsx"), Progress.NONE);
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.HOME);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @Test
    void everyCardOpensWhatItNames(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        long launched = ctx.movements().list().stream().filter(m -> m.status() == MovementStatus.PHAT_DONG).count();
        assertTrue(launched > 1, "the sample has several launched plans");
        robot.clickOn("#homeStatus-PHAT_DONG");
        FxTestSupport.awaitIdle(ui);
        assertEquals(MainWindow.Page.MOVEMENTS, window.page());
        TableView<Movement> movements = robot.lookup("#movementTable").query();
        assertEquals(launched, movements.getItems().size());
        assertTrue(movements.getItems().stream().allMatch(m -> m.status() == MovementStatus.PHAT_DONG));
        assertTrue(robot.lookup("#movementStatusFilter").queryButton().isVisible());
        robot.clickOn("#movementStatusFilter");
        assertEquals(ctx.movements().list().size(), movements.getItems().size(), "the filter's button lifts it");

        robot.clickOn("#navHome");
        FxTestSupport.awaitIdle(ui);
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#homeAwardsChart").queryAs(BarChart.class);
        XYChart.Series<Number, String> series = chart.getData().get(chart.getData().size() - 1);
        XYChart.Data<Number, String> bar = series.getData().get(0);
        robot.clickOn(bar.getNode());
        FxTestSupport.awaitIdle(ui);
        TableView<AwardEntry> awards = robot.lookup("#awardRegisterTable").query();
        assertEquals(bar.getXValue().intValue(), awards.getItems().size(), "the register lists what the bar counts");
        assertTrue(awards.getItems().stream().allMatch(a -> bar.getYValue().equals(a.unitName())
                && a.period().endsWith(series.getName())), "the bar's unit and year");
        assertTrue(robot.lookup("#awardRegisterFilter").queryLabeled().getText().contains(bar.getYValue()));
        FxTestSupport.snapshot(stage.getScene(), "so-khen-thuong-don-vi.png");

        robot.clickOn("#awardRegisterBack");
        FxTestSupport.awaitIdle(ui);
        PieChart pie = robot.lookup("#homeTitlesChart").queryAs(PieChart.class);
        PieChart.Data first = pie.getData().get(0);
        robot.clickOn(first.getNode());
        FxTestSupport.awaitIdle(ui);
        awards = robot.lookup("#awardRegisterTable").query();
        assertEquals((int) first.getPieValue(), awards.getItems().size(), first.getName());
        assertTrue(first.getName().startsWith(awards.getItems().get(0).kindName()));

        robot.clickOn("#awardRegisterBack");
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#homeDecisions");
        FxTestSupport.awaitIdle(ui);
        assertEquals(MainWindow.Page.DECISIONS, window.page());
        int year = LocalDate.now().getYear();
        assertTrue(robot.lookup("#decisionYearFilter").queryButton().getText().contains(String.valueOf(year)));
        TableView<?> decisions = robot.lookup("#decisionTable").query();
        for (int i = 0; i < decisions.getItems().size(); i++) {
            assertEquals(year, ((LocalDate) decisions.getColumns().get(1).getCellData(i)).getYear(), "a decision of the year");
        }
        int all = ctx.decisions().reports().register().size();
        robot.clickOn("#decisionYearFilter");
        assertEquals(all, decisions.getItems().size(), "the year's button lifts the filter");
        assertFalse(robot.lookup("#decisionYearFilter").queryButton().isVisible());
    }
}
