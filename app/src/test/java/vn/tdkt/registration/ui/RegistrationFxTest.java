package vn.tdkt.registration.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/** Registers a whole unit in the grid (title combo, fill-down, save) and sees the coverage move on the start screen. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class RegistrationFxTest {

    private AppContext ctx;
    private Ui ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        Unit snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        Unit syt = ctx.org().saveUnit(new Unit(0, "SYT", "Sở Y tế", null, null));
        LocalDate start = LocalDate.of(LocalDate.now().getYear() - 5, 1, 1);
        String[][] people = {{"CB01", "Nguyễn Văn An"}, {"CB02", "Trần Văn Bình"}, {"CB03", "Lê Văn Cường"}};
        for (String[] p : people) {
            ctx.people().save(new Person(0, p[0], p[1], Gender.MALE, LocalDate.of(1985, 1, 1), null, "Chuyên viên", snv.id(),
                    start, null));
        }
        ctx.people().save(new Person(0, "CB04", "Phạm Văn Dũng", Gender.MALE, LocalDate.of(1985, 1, 1), null, "Chuyên viên",
                syt.id(), start, null));
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.HOME);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void registeringAUnitInTheGridMovesTheCoverageOnTheStartScreen(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        int year = LocalDate.now().getYear();
        javafx.scene.control.Labeled home = robot.lookup("#homeRegistrations").query();
        assertEquals("Đăng ký thi đua năm " + year + ": 0/4 cán bộ (0,00 %), 0/2 tập thể đã đăng ký.", home.getText());

        robot.clickOn("#navRegistrations");
        FxTestSupport.awaitIdle(ui);
        // the first cell: a table wider than its view (titles on two lines keep their columns' widths) scrolls sideways
        robot.clickOn(robot.lookup("#registrationCoverageTable .table-row-cell").nth(0).lookup(".table-cell").nth(0)
                .queryAs(Node.class));
        FxTestSupport.awaitIdle(ui);
        TableView<GridRow> grid = robot.lookup("#registrationGrid").query();
        assertEquals(3, grid.getItems().size());

        // the first row's title in its combo box, then fill-down from it
        Node cell = robot.lookup("#registrationGrid .table-row-cell").nth(0).lookup(".table-cell").nth(4).queryAs(Node.class);
        robot.doubleClickOn(cell);
        ComboBox<TitleOption> combo = robot.lookup("#registrationGrid .combo-box").queryAs(ComboBox.class);
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> "Lao động tiên tiến".equals(c.getText())).queryAs(Node.class));
        assertEquals("LDTT", grid.getItems().get(0).title.get().code());
        // select-all, then fill-down: every row takes the topmost row's title
        robot.clickOn("#registrationSelectAllButton");
        assertEquals(3, grid.getSelectionModel().getSelectedIndices().size());
        robot.clickOn("#registrationFillDownButton");
        assertTrue(grid.getItems().stream().allMatch(r -> "LDTT".equals(r.title.get().code())));
        // one row selected and Ctrl+D: its title goes down to the rows below it only
        robot.interact(() -> {
            grid.getItems().get(1).title.set(TitleOption.NONE);
            grid.getSelectionModel().clearAndSelect(1);
        });
        robot.clickOn(robot.lookup("#registrationGrid .table-row-cell").nth(1).lookup(".table-cell").nth(1).queryAs(Node.class));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.D)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals("LDTT", grid.getItems().get(0).title.get().code());
        assertEquals(null, grid.getItems().get(2).title.get().code());
        robot.clickOn("#registrationSelectAllButton");
        robot.clickOn("#registrationFillDownButton");
        assertTrue(grid.getItems().stream().allMatch(r -> "LDTT".equals(r.title.get().code())));
        ComboBox<TitleOption> collective = robot.lookup("#registrationCollectiveCombo").query();
        robot.interact(() -> collective.getSelectionModel().select(collective.getItems().stream()
                .filter(t -> "TTLDTT".equals(t.code())).findFirst().orElseThrow()));
        robot.clickOn("#saveRegistrationButton");
        FxTestSupport.awaitIdle(ui);
        Label error = robot.lookup("#registrationError").query();
        assertEquals("", error.getText());
        Label missing = robot.lookup("#registrationMissingLabel").query();
        assertEquals("Mọi cán bộ của đơn vị đã đăng ký.", missing.getText());
        FxTestSupport.snapshot(stage.getScene(), "dang-ky-thi-dua.png");

        robot.clickOn("#navHome");
        FxTestSupport.awaitIdle(ui);
        home = robot.lookup("#homeRegistrations").query();
        assertEquals("Đăng ký thi đua năm " + year + ": 3/4 cán bộ (75,00 %), 1/2 tập thể đã đăng ký.", home.getText());
        FxTestSupport.snapshot(stage.getScene(), "tong-quan-dang-ky.png");
        assertFalse(home.getText().isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRoundBarSetsTheMovementAndDeadlineAndShowsThemOnReopening(FxRobot robot) {
        int year = LocalDate.now().getYear();
        robot.interact(() -> ctx.movements().save(new vn.tdkt.movement.domain.MovementDetails(
                vn.tdkt.movement.domain.Movement.draft("TD" + year, "Thi đua năm " + year,
                        vn.tdkt.movement.domain.MovementKind.THUONG_XUYEN, vn.tdkt.movement.domain.LaunchLevel.BO_TINH),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.Map.of()), "test"));
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#navRegistrations");
        FxTestSupport.awaitIdle(ui);
        Label round = robot.lookup("#registrationRoundLabel").query();
        assertEquals("Đợt đăng ký năm " + year + ": chưa chọn phong trào, chưa có hạn.", round.getText());
        // nothing chosen and an impossible date: both problems at once
        robot.clickOn("#registrationRoundDeadlinePicker .text-field").write("31/02/" + year);
        robot.clickOn("#registrationRoundSaveButton");
        FxTestSupport.awaitIdle(ui);
        Label error = robot.lookup("#registrationRoundError").query();
        assertEquals(2, error.getText().split("\n").length, error.getText());

        ComboBox<vn.tdkt.movement.domain.MovementChoice> movement = robot.lookup("#registrationRoundMovementCombo").query();
        robot.interact(() -> movement.getSelectionModel().select(0));
        javafx.scene.control.TextField deadline = robot.lookup("#registrationRoundDeadlinePicker .text-field").query();
        robot.interact(deadline::clear);
        robot.clickOn(deadline).write("31/03/" + year);
        robot.clickOn("#registrationRoundSaveButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("", error.getText());
        String shown = "Đợt đăng ký năm " + year + ": TD" + year + " — Thi đua năm " + year + ", hạn 31/03/" + year + ".";
        assertEquals(shown, round.getText());
        assertEquals(LocalDate.of(year, 3, 31), ctx.registrations().round(year).deadline());
        FxTestSupport.snapshot(stage.getScene(), "dang-ky-dot.png");

        robot.clickOn("#navHome");
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#navRegistrations");
        FxTestSupport.awaitIdle(ui);
        assertEquals(shown, robot.lookup("#registrationRoundLabel").queryAs(Label.class).getText());
        assertEquals("31/03/" + year, robot.lookup("#registrationRoundDeadlinePicker .text-field")
                .queryAs(javafx.scene.control.TextField.class).getText());
    }

    @Test
    void theUnionTitlesAreAddedInTheirOwnCatalogueAndOfferedOnTheGrid(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#navRegistrations");
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#registrationUnionTitlesButton");
        FxTestSupport.awaitIdle(ui);
        TableView<?> titles = robot.lookup("#unionTitlesTable").query();
        assertEquals(6, titles.getItems().size());
        robot.clickOn("#unionTitleCodeField").write("CD_CO_SO_VM");
        robot.clickOn("#unionTitleNameField").write("Công đoàn cơ sở vững mạnh");
        ComboBox<vn.tdkt.catalog.domain.AwardSubject> subject = robot.lookup("#unionTitleSubjectCombo").query();
        robot.interact(() -> subject.setValue(vn.tdkt.catalog.domain.AwardSubject.TAP_THE));
        robot.clickOn("#unionTitleSaveButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("", robot.lookup("#unionTitlesError").queryAs(Label.class).getText());
        assertEquals(7, titles.getItems().size());
        javafx.stage.Window dialog = robot.lookup("#unionTitlesTable").queryAs(Node.class).getScene().getWindow();
        FxTestSupport.snapshot(dialog.getScene(), "danh-hieu-cong-doan.png");
        robot.interact(() -> ((javafx.stage.Stage) dialog).close());
        FxTestSupport.awaitIdle(ui);
        ComboBox<TitleOption> union = robot.lookup("#registrationUnionCollectiveCombo").query();
        assertTrue(union.getItems().stream().anyMatch(t -> "CD_CO_SO_VM".equals(t.code())), "offered for the unit");
        ComboBox<TitleOption> state = robot.lookup("#registrationCollectiveCombo").query();
        assertTrue(state.getItems().stream().noneMatch(t -> "CD_CO_SO_VM".equals(t.code())), "never among the state titles");
    }
}
