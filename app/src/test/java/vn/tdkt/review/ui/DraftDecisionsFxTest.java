package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.Title;
import vn.tdkt.shell.FxTestSupport;

/**
 * Bình xét → "Lập quyết định", headless: two people ticked of the three eligible for Lao động tiên tiến, one press,
 * one draft decision of the head of the Sở holding those two and no one else; the rows show the draft and open it on
 * the decisions screen with its people listed.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DraftDecisionsFxTest {

    private final ReviewFxFixture fx = ReviewFxFixture.staff(Database.inMemory());
    private final AppContext ctx = fx.ctx;
    private final Ui ui = fx.ui;
    private final long[] ids = fx.ids;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx.show(stage);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theTickedPeopleBecomeOneDraftThatTheirRowsOpen(FxRobot robot) {
        fx.title(robot, Title.LDTT);
        assertEquals(3, ReviewFxFixture.rows(robot).size(), "three people eligible for LĐTT");
        fx.tick(robot, "CB001");
        fx.tick(robot, "CB003");

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
        assertEquals(ProposalStage.DU_THAO_QD, ReviewFxFixture.row(robot, "CB001").proposalProperty().get().stage());
        assertEquals(null, ReviewFxFixture.row(robot, "CB002").proposalProperty().get(), "a row not ticked stays out");
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof Label l
                && "Trong dự thảo quyết định".equals(l.getText()) || n instanceof TableCell<?, ?> c
                && "Trong dự thảo quyết định".equals(c.getText())), "the row shows its stage");
        FxTestSupport.snapshot(stage.getScene(), "binh-xet-lap-quyet-dinh.png");

        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().getSelectionModel().select(ReviewFxFixture.row(robot, "CB003")));
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
