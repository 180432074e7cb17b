package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.Title;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * Bình xét → "Lập quyết định", headless: two people ticked of the three eligible for Lao động tiên tiến, one press,
 * one draft decision of the head of the Sở holding those two and no one else; the rows show the draft and open it on
 * the decisions screen with its people listed.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DraftDecisionsFxTest {

    private static final int YEAR = LocalDate.now().getYear() - 1; // the review screen's year
    private static final String[][] STAFF = {{"CB001", "Nguyễn Văn An"}, {"CB002", "Trần Văn Bình"}, {"CB003", "Lê Văn Cường"}};

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private long[] ids = new long[STAFF.length];

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        for (int i = 0; i < STAFF.length; i++) {
            Person p = ctx.people().save(new Person(0, STAFF[i][0], STAFF[i][1], Gender.MALE, LocalDate.of(1980 + i, 2, 10),
                    null, "Chuyên viên", vp.id(), LocalDate.of(2012, 3, 1), null));
            ctx.records().saveRating(new Rating(0, p.id(), null, YEAR, RatingLevel.HTTNV));
            ids[i] = p.id();
        }
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        MainWindow window = FxTestSupport.mainWindow(stage, ctx, ui, 800, null);
        window.show(MainWindow.Page.REVIEW);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private static List<ReviewRow> rows(FxRobot robot) {
        TableView<ReviewRow> table = robot.lookup("#reviewTable").queryTableView();
        return List.copyOf(table.getItems());
    }

    private static ReviewRow row(FxRobot robot, String code) {
        return rows(robot).stream().filter(r -> r.assessment().subject().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code));
    }

    private void tick(FxRobot robot, String code) {
        ReviewRow row = row(robot, code);
        CheckBox box = robot.lookup(".proposal-check").queryAllAs(CheckBox.class).stream().filter(b -> {
            Node parent = b.getParent();
            return parent instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                    && cell.getTableRow().getItem() == row;
        }).findFirst().orElseThrow(() -> new AssertionError("no box for " + code));
        robot.clickOn(box);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, row::proposed);
        } catch (TimeoutException e) {
            throw new AssertionError(code + " was not proposed", e);
        }
        FxTestSupport.awaitIdle(ui);
    }

    @Test
    void theTickedPeopleBecomeOneDraftThatTheirRowsOpen(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Choice<Title>> titles = robot.lookup("#titleFilter").queryAs(ComboBox.class);
            titles.setValue(titles.getItems().stream().filter(c -> c.value() == Title.LDTT).findFirst().orElseThrow());
        });
        assertEquals(3, rows(robot).size(), "three people eligible for LĐTT");
        tick(robot, "CB001");
        tick(robot, "CB003");

        robot.clickOn("#draftDecisionsButton");
        FxTestSupport.awaitIdle(ui);
        List<DraftSummary> drafts = ctx.decisions().drafting().drafts();
        assertEquals(1, drafts.size(), "one Quyết định draft for the title and its deciding level");
        StoredDraft draft = ctx.decisions().drafting().draft(drafts.get(0).id()).orElseThrow();
        assertEquals("GIAM_DOC_SO", draft.decidingLevel());
        assertEquals(List.of(ids[0], ids[2]), draft.draft().recipients().stream().map(RecipientDraft::personId).sorted()
                .toList(), "the people ticked, and only they");
        assertTrue(robot.lookup("#reviewStatus").queryAs(Label.class).getText()
                .startsWith("Đã lập 1 dự thảo quyết định với 2 người nhận"));
        assertEquals(ProposalStage.DU_THAO_QD, row(robot, "CB001").proposalProperty().get().stage());
        assertEquals(null, row(robot, "CB002").proposalProperty().get(), "a row not ticked stays out");
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof Label l
                && "Trong dự thảo quyết định".equals(l.getText()) || n instanceof TableCell<?, ?> c
                && "Trong dự thảo quyết định".equals(c.getText())), "the row shows its stage");
        FxTestSupport.snapshot(stage.getScene(), "binh-xet-lap-quyet-dinh.png");

        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().getSelectionModel().select(row(robot, "CB003")));
        robot.clickOn("#showDecisionButton");
        FxTestSupport.awaitIdle(ui);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("draftsTab", tabs.getSelectionModel().getSelectedItem().getId());
        TableView<DraftSummary> table = robot.lookup("#draftsTable").queryTableView();
        assertEquals(draft.id(), table.getSelectionModel().getSelectedItem().id(), "the row's draft is the one shown");
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#draftLines").queryAs(ListView.class);
        assertEquals(List.of("Nguyễn Văn An (Văn phòng Sở) — Lao động tiên tiến", "Lê Văn Cường (Văn phòng Sở) — Lao động tiên tiến"),
                List.copyOf(lines.getItems()));
        assertEquals("Giám đốc Sở", table.getColumns().get(0).getCellData(0));
        FxTestSupport.snapshot(stage.getScene(), "du-thao-quyet-dinh.png");
    }
}
