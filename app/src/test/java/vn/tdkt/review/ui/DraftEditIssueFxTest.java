package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.ui.DecisionDialogModel;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.Title;
import vn.tdkt.shell.FxTestSupport;

/**
 * Bình xét → "Lập quyết định" → the draft opened from its row → "Sửa dự thảo…" in the full decision dialog (header
 * filled, saved back, still a draft) → "Ban hành…" with its number and date → the decision in the register and the
 * rows showing "Đã có quyết định", headless, through the screens' controls.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DraftEditIssueFxTest {

    private final ReviewFxFixture fx = ReviewFxFixture.staff(Database.inMemory());
    private final AppContext ctx = fx.ctx;
    private final Ui ui = fx.ui;
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
    void theDraftIsEditedInTheDecisionDialogThenIssued(FxRobot robot) {
        fx.title(robot, Title.LDTT);
        fx.tick(robot, "CB001");
        fx.tick(robot, "CB002");
        robot.clickOn("#draftDecisionsButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(ProposalStage.DU_THAO_QD, ReviewFxFixture.row(robot, "CB001").proposalProperty().get().stage());

        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().getSelectionModel().select(ReviewFxFixture.row(robot, "CB001")));
        robot.clickOn("#showDecisionButton");
        FxTestSupport.awaitIdle(ui);
        TableView<DraftSummary> table = robot.lookup("#draftsTable").queryTableView();
        long draftId = table.getSelectionModel().getSelectedItem().id();

        robot.clickOn("#editDraftButton");
        FxTestSupport.awaitIdle(ui);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#decisionNoField").query().isDisabled(), "the number is given at issue");
        assertTrue(!robot.lookup("#signerForField").query().isDisabled(), "a draft with no signer yet signs KT.");
        ReviewFxFixture.header(robot);
        FxTestSupport.snapshot(robot.lookup("#placeField").query().getScene(), "sua-du-thao.png");
        fx.ok(robot, "#placeField");

        StoredDraft saved = ctx.decisions().drafting().draft(draftId).orElseThrow();
        assertEquals("Hưng Yên", saved.draft().info().place());
        assertEquals("Trần Văn Bốn", saved.draft().info().signerName());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), saved.draft().info().signerTitle());
        assertEquals(2, saved.draft().recipients().size());
        assertEquals(1, table.getItems().size(), "still a draft");
        assertTrue(robot.lookup("#draftsResult").queryAs(Label.class).getText().startsWith("Đã lưu dự thảo (2 dòng)"));
        assertTrue(ctx.decisions().reports().register().isEmpty());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#issueDraftButton");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewFxFixture.type(robot, "#issueNumberField", "12/QĐ-SNV");
        fx.ok(robot, "#issueNumberField");

        assertTrue(robot.lookup("#draftsResult").queryAs(Label.class).getText()
                .startsWith("Đã ban hành Quyết định số 12/QĐ-SNV: 2 người nhận"),
                robot.lookup("#draftsResult").queryAs(Label.class).getText());
        assertTrue(table.getItems().isEmpty(), "the draft became the decision");
        assertEquals(1, ctx.decisions().reports().register().size());
        assertEquals("12/QĐ-SNV", ctx.decisions().reports().register().get(0).decisionNo());
        FxTestSupport.snapshot(stage.getScene(), "du-thao-ban-hanh.png");
    }
    @Test
    void aLineTheReviewFindsNotEligibleIsKeptOnlyWithTheReasonTypedAndTheDraftShowsIt(FxRobot robot) {
        fx.title(robot, Title.LDTT);
        fx.tick(robot, "CB003");
        robot.clickOn("#draftDecisionsButton");
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().getSelectionModel().select(ReviewFxFixture.row(robot, "CB003")));
        robot.clickOn("#showDecisionButton");
        FxTestSupport.awaitIdle(ui);
        TableView<DraftSummary> drafts = robot.lookup("#draftsTable").queryTableView();
        long draftId = drafts.getSelectionModel().getSelectedItem().id();
        robot.clickOn("#editDraftButton");
        FxTestSupport.awaitIdle(ui);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#decisionTabs .tab").nth(1).queryAs(Node.class));
        TableView<DecisionDialogModel.Line> list = robot.lookup("#draftTable").queryTableView();
        @SuppressWarnings("unchecked")
        ComboBox<AwardKind> kind = robot.lookup("#draftTable .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> {
            kind.setValue(kind.getItems().stream().filter(k -> k.code().equals("CSTDCS")).findFirst().orElseThrow());
            kind.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("CSTDCS", list.getItems().get(0).kindProperty().get().code());
        fx.ok(robot, "#draftTable");
        assertTrue(robot.lookup("#draftTable").tryQuery().isPresent(), "refused: the dialog stays open");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText() != null
                && l.getText().contains("bình xét thấy không đủ điều kiện")), "the review's refusal is shown");
        assertEquals("LDTT", ctx.decisions().drafting().draft(draftId).orElseThrow().draft().recipients().get(0).kindCode(),
                "nothing written");

        String reason = "Có thành tích đột xuất trong phòng, chống thiên tai";
        robot.interact(() -> list.getItems().get(0).overrideReasonProperty().set(reason));
        ReviewFxFixture.header(robot);
        fx.ok(robot, "#draftTable");
        assertEquals(reason, ctx.decisions().drafting().draft(draftId).orElseThrow().draft().recipients().get(0).overrideReason(),
                () -> robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList().toString());
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#draftLines").queryAs(ListView.class);
        robot.interact(() -> drafts.getSelectionModel().select(0));
        assertTrue(lines.getItems().get(0).contains(reason), lines.getItems().toString());

        robot.clickOn("#issueDraftButton");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewFxFixture.type(robot, "#issueNumberField", "13/QĐ-SNV");
        fx.ok(robot, "#issueNumberField");
        assertTrue(drafts.getItems().isEmpty(), "issued");
        robot.clickOn(robot.lookup(".tab").match(n -> "registerTab".equals(n.getId())
                || n.getStyleClass().contains("tab") && n.lookup(".tab-label") != null
                && "Số quyết định".equals(((Label) n.lookup(".tab-label")).getText())).queryAs(Node.class));
        FxTestSupport.awaitIdle(ui);
        TableView<?> register = robot.lookup("#decisionTable").queryTableView();
        robot.interact(() -> register.getSelectionModel().select(0));
        robot.clickOn("#viewDecisionButton");
        FxTestSupport.awaitIdle(ui);
        TableView<?> recipients = robot.lookup("#recipientTable").queryTableView();
        assertEquals(1, recipients.getItems().size());
        String note = String.valueOf(recipients.getColumns().get(recipients.getColumns().size() - 1).getCellData(0));
        boolean shown = robot.lookup("#recipientTable .table-cell").queryAll().stream().anyMatch(n -> n instanceof
                javafx.scene.control.Labeled l && l.getText() != null && l.getText().contains("vẫn đưa vào quyết định vì: "
                + reason));
        assertTrue(shown, "the register's decision shows the reason: " + note);
        FxTestSupport.snapshot(stage.getScene(), "quyet-dinh-giu-lai-ly-do.png");
    }
}
