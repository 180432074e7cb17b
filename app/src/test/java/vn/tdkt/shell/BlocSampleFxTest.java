package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
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
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.org.domain.Bloc;

/**
 * The sample offered at first start carries seed 001's bloc covenant: its six units scored on five criteria, the
 * ranking confirmed, the Văn phòng leading the bloc in 2023; the Chấm điểm khối screen shows it whole at 1280 × 800.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class BlocSampleFxTest {

    static final String TN_BLOC = "Khối thi đua các phòng, đơn vị thuộc Sở Khoa học và Công nghệ tỉnh Tây Ninh";

    private AppContext ctx;
    private Ui ui;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        SampleOffer.loadSample(ctx, Path.of("..", "samples").resolve(SampleData.WORKBOOK), Progress.NONE);
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.BLOC_SCORING);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @Test
    void theFirstStartSampleHasTheTayNinhCovenantRankedAndConfirmed(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        ComboBox<Bloc> blocs = robot.lookup("#blocCombo").query();
        robot.interact(() -> {
            blocs.setValue(blocs.getItems().stream().filter(b -> b.name().equals(TN_BLOC)).findFirst().orElseThrow());
            robot.lookup("#blocYearField").queryTextInputControl().setText("2023");
        });
        robot.clickOn("#blocOpenButton");
        FxTestSupport.awaitIdle(ui);
        String problems = robot.lookup("#blocProblems").queryLabeled().getText();
        TableView<BlocRanking.Ranked> ranking = robot.lookup("#rankingTable").query();
        assertEquals(6, ranking.getItems().size(), problems);
        assertEquals("Văn phòng Sở Khoa học và Công nghệ tỉnh Tây Ninh", ranking.getItems().get(0).unitName());
        assertEquals(List.of(1, 2, 3, 4, 4, 6), ranking.getItems().stream().map(BlocRanking.Ranked::rank).toList());
        assertTrue(robot.lookup("#saveScoresButton").queryButton().isDisabled(),
                "the sample's ranking is confirmed: its scores can no longer be saved");
        assertTrue(ctx.org().blocLeaders().stream().anyMatch(l -> l.year() == 2023
                && ctx.org().units().stream().anyMatch(u -> u.id() == l.unitId() && u.code().equals("TN-SKHCN-VP"))));
        assertFalse(robot.lookup("#blocProposalButton").queryButton().isDisabled(), "the Tờ trình can be written");
        TableView<?> grid = robot.lookup("#scoreTable").query();
        assertEquals(6, grid.getColumns().size(), "the unit and the five criteria");
        double width = 0;
        for (TableColumn<?, ?> c : grid.getColumns()) {
            width += c.getWidth();
        }
        assertTrue(width <= grid.getWidth(), "every criterion in view without scrolling: " + width + " > " + grid.getWidth());
        FxTestSupport.snapshot(stage.getScene(), "cham-diem-khoi.png");
    }
}
