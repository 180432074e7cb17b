package vn.tdkt.home.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.ui.BlocScoringViewModel.CriterionRow;
import vn.tdkt.movement.ui.BlocScoringViewModel.ScoreRow;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/** Creates a movement under a parent plan in the window, adds a milestone and sees it on the start screen. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class HomeViewFxTest {

    private AppContext ctx;
    private Ui ui;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        ctx.org().saveUnit(new Unit(0, "SKHCN", "Sở Khoa học và Công nghệ", null, null));
        long parent = ctx.movements().save(MovementDetails.of(Movement.draft("KH90", "Tuyên truyền phong trào thi đua yêu "
                + "nước, xây dựng điển hình tiên tiến giai đoạn 2021-2025", MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH)
                .withPlan("90/KH-UBND", LocalDate.of(2021, 6, 11))), "u").movement().id();
        ctx.movements().move(parent, MovementStatus.PHAT_DONG, LocalDate.of(2021, 6, 11), null, "u");
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
    void aNewPlanUnderItsParentShowsItsMilestoneOnTheStartScreen(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        TableView<DueItem> due = robot.lookup("#homeDueTable").query();
        // the ministry's yearly dates come and go with today's date (README decision 171): the office's lines only
        assertEquals(0, due.getItems().stream().filter(d -> d.kind() != DueKind.CENTRAL).count());

        robot.clickOn("#navMovements");
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#newMovementButton");
        robot.clickOn("#movementCodeField").write("KH34");
        robot.clickOn("#movementNameField").write("Tuyen truyen phong trao thi dua cua So");
        robot.interact(() -> {
            ComboBox<Movement> parent = robot.lookup("#movementParentCombo").query();
            parent.getSelectionModel().select(0);
        });
        robot.clickOn("#movementPlanNoField").write("34/KH-SKHCN");
        robot.clickOn("#movementPlanDateField").write("16/09/2021");
        robot.clickOn("#saveMovementButton");
        FxTestSupport.awaitIdle(ui);
        ComboBox<Movement> parentCombo = robot.lookup("#movementParentCombo").query();
        assertEquals("KH90", parentCombo.getValue().code(), problems(robot, "#movementProblems"));
        robot.interact(() -> ((ComboBox<MovementStatus>) robot.lookup("#nextStatusCombo").query())
                .getSelectionModel().select(MovementStatus.PHAT_DONG));
        robot.interact(() -> ((TextField) robot.lookup("#moveDateField").query()).setText("16/09/2021"));
        robot.clickOn("#moveButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(ui.messages().label(MovementStatus.PHAT_DONG),
                robot.lookup("#movementStatusLabel").queryLabeled().getText(), problems(robot, "#movementProblems"));

        robot.clickOn(robot.lookup(".tab").nth(3).queryAs(javafx.scene.Node.class));
        robot.clickOn("#milestoneContentField").write("Gui danh sach dien hinh tien tien");
        robot.clickOn("#milestoneDueField").write(VnFormat.date(LocalDate.now().plusDays(3)));
        robot.clickOn("#addMilestoneButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, robot.lookup("#milestoneTable").queryTableView().getItems().size(),
                problems(robot, "#movementProblems"));
        FxTestSupport.snapshot(stage.getScene(), "phong-trao.png");
        for (String table : List.of("#movementTable", "#milestoneTable")) {
            TableView<?> t = robot.lookup(table).query();
            for (javafx.scene.control.TableColumn<?, ?> c : t.getColumns()) {
                // the milestones' headers wrap onto two lines (decision 156): there each word must fit, elsewhere the text
                String shown = table.equals("#milestoneTable")
                        ? java.util.Arrays.stream(c.getText().split(" ")).max(java.util.Comparator.comparingDouble(
                                w -> new javafx.scene.text.Text(w).getLayoutBounds().getWidth())).orElse("")
                        : c.getText();
                double text = new javafx.scene.text.Text(shown).getLayoutBounds().getWidth();
                assertTrue(c.getWidth() >= text, table + ": the header \"" + c.getText() + "\" is cut (" + c.getWidth() + " < "
                        + text + ")");
            }
        }

        robot.clickOn("#navHome");
        FxTestSupport.awaitIdle(ui);
        due = robot.lookup("#homeDueTable").query();
        List<DueItem> mine = due.getItems().stream().filter(d -> d.kind() != DueKind.CENTRAL).toList();
        assertEquals(1, mine.size());
        assertEquals("Gui danh sach dien hinh tien tien", mine.get(0).title());
        assertTrue(mine.get(0).detail().startsWith("KH34"));
        FxTestSupport.snapshot(stage.getScene(), "tong-quan.png");

        int row = due.getItems().indexOf(mine.get(0));
        robot.doubleClickOn(robot.lookup("#homeDueTable .table-row-cell").nth(row).queryAs(javafx.scene.Node.class));
        FxTestSupport.awaitIdle(ui);
        assertEquals(MainWindow.Page.MOVEMENTS, window.page());
        assertEquals("KH34", robot.lookup("#movementCodeField").queryTextInputControl().getText());
    }

    @Test
    void theBlocScoringScreenRanksTheSigningUnits(FxRobot robot) {
        vn.tdkt.org.domain.Bloc khoi = ctx.org().saveBloc(new vn.tdkt.org.domain.Bloc(0, "Khối các phòng, đơn vị thuộc Sở"));
        ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, khoi.id()));
        ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, khoi.id()));
        robot.clickOn("#navBlocScoring");
        FxTestSupport.awaitIdle(ui);
        TableView<CriterionRow> criteria = robot.lookup("#criterionTable").query();
        robot.interact(() -> {
            robot.lookup("#blocYearField").queryTextInputControl().setText("2023");
            robot.lookup("#covenantSignedField").queryTextInputControl().setText("10/02/2023");
            criteria.getItems().add(new CriterionRow("Thực hiện nhiệm vụ chuyên môn", "60"));
            criteria.getItems().add(new CriterionRow("Công tác thi đua, khen thưởng", "40"));
        });
        robot.clickOn("#saveCovenantButton");
        FxTestSupport.awaitIdle(ui);
        TableView<ScoreRow> scores = robot.lookup("#scoreTable").query();
        robot.interact(() -> {
            scores.getItems().get(0).points(1).set("55");
            scores.getItems().get(0).points(2).set("38");
            scores.getItems().get(1).points(1).set("50");
            scores.getItems().get(1).points(2).set("39,5");
        });
        robot.clickOn("#saveScoresButton");
        FxTestSupport.awaitIdle(ui);
        TableView<?> ranking = robot.lookup("#rankingTable").query();
        assertEquals(2, ranking.getItems().size(), problems(robot, "#blocProblems"));
        TableView<?> grid = robot.lookup("#scoreTable").query();
        assertEquals(3, grid.getColumns().size(), "the unit and one column per criterion");
        assertTrue(robot.lookup("#blocProposalButton").queryButton().isDisabled(), "no Tờ trình before the confirmation");
        assertFalse(robot.lookup("#scoreTemplateButton").queryButton().isDisabled());
        robot.clickOn("#confirmRankingButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, ctx.org().blocLeaders().size(), problems(robot, "#blocProblems"));
        assertFalse(robot.lookup("#blocProposalButton").queryButton().isDisabled(), "the Tờ trình once confirmed");
        FxTestSupport.snapshot(stage.getScene(), "cham-diem-khoi-moi.png");
    }

    /** The problems the screen shows, by the label's id (the message of a failed assertion). */
    private static String problems(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }
}
