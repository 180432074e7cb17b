package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
import vn.tdkt.movement.ui.BlocScoringView;

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
        BlocScoringView view = (BlocScoringView) window.shown();
        robot.interact(() -> {
            view.model().bloc.set(view.model().blocList.stream().filter(b -> b.name().equals(TN_BLOC)).findFirst().orElseThrow());
            view.model().year.set("2023");
            view.model().open();
        });
        FxTestSupport.awaitIdle(ui);
        TableView<BlocRanking.Ranked> ranking = robot.lookup("#rankingTable").query();
        assertEquals(6, ranking.getItems().size(), view.model().problemText());
        assertEquals("Văn phòng Sở Khoa học và Công nghệ tỉnh Tây Ninh", ranking.getItems().get(0).unitName());
        assertEquals(List.of(1, 2, 3, 4, 4, 6), ranking.getItems().stream().map(BlocRanking.Ranked::rank).toList());
        assertTrue(view.model().confirmed.get(), "the sample's ranking is confirmed");
        assertTrue(ctx.org().blocLeaders().stream().anyMatch(l -> l.year() == 2023
                && ctx.org().units().stream().anyMatch(u -> u.id() == l.unitId() && u.code().equals("TN-SKHCN-VP"))));
        assertFalse(robot.lookup("#blocProposalButton").queryButton().isDisabled(), "the Tờ trình can be written");
        TableView<?> grid = robot.lookup("#scoreTable").query();
        assertEquals(6, grid.getColumns().size(), "the unit and the five criteria");
        double width = grid.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(width <= grid.getWidth(), "every criterion in view without scrolling: " + width + " > " + grid.getWidth());
        FxTestSupport.snapshot(stage.getScene(), "cham-diem-khoi.png");
    }
}
