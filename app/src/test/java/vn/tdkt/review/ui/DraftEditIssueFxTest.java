package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.ui.DecisionDialogModel;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.Title;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * Bình xét → "Lập quyết định" → the draft opened from its row → "Sửa dự thảo…" in the full decision dialog (header
 * filled, saved back, still a draft) → "Ban hành…" with its number and date → the decision in the register and the
 * rows showing "Đã có quyết định", headless, through the screens' controls.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DraftEditIssueFxTest {

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

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    /** Presses the OK button of the dialog that holds the control of that id. */
    private void ok(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        while (!(n instanceof DialogPane)) {
            n = n.getParent();
        }
        DialogPane pane = (DialogPane) n;
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        robot.interact(ok::fire);
        FxTestSupport.awaitIdle(ui);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDraftIsEditedInTheDecisionDialogThenIssued(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Choice<Title>> titles = robot.lookup("#titleFilter").queryAs(ComboBox.class);
            titles.setValue(titles.getItems().stream().filter(c -> c.value() == Title.LDTT).findFirst().orElseThrow());
        });
        tick(robot, "CB001");
        tick(robot, "CB002");
        robot.clickOn("#draftDecisionsButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(ProposalStage.DU_THAO_QD, row(robot, "CB001").proposalProperty().get().stage());

        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().getSelectionModel().select(row(robot, "CB001")));
        robot.clickOn("#showDecisionButton");
        FxTestSupport.awaitIdle(ui);
        TableView<DraftSummary> table = robot.lookup("#draftsTable").queryTableView();
        long draftId = table.getSelectionModel().getSelectedItem().id();

        robot.clickOn("#editDraftButton");
        FxTestSupport.awaitIdle(ui);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#decisionNoField").query().isDisabled(), "the number is given at issue");
        assertTrue(!robot.lookup("#signerForField").query().isDisabled(), "a draft with no signer yet signs KT.");
        type(robot, "#issuerField", "SỞ NỘI VỤ\nTỈNH HƯNG YÊN");
        type(robot, "#placeField", "Hưng Yên");
        type(robot, "#authorityField", "Giám đốc Sở Nội vụ tỉnh Hưng Yên");
        type(robot, "#signerForField", "Giám đốc");
        type(robot, "#signerPositionField", "Phó Giám đốc");
        type(robot, "#signerNameField", "Trần Văn Bốn");
        type(robot, "#executorsField", "Chánh Văn phòng Sở");
        FxTestSupport.snapshot(robot.lookup("#placeField").query().getScene(), "sua-du-thao.png");
        ok(robot, "#placeField");

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
        type(robot, "#issueNumberField", "12/QĐ-SNV");
        ok(robot, "#issueNumberField");

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
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Choice<Title>> titles = robot.lookup("#titleFilter").queryAs(ComboBox.class);
            titles.setValue(titles.getItems().stream().filter(c -> c.value() == Title.LDTT).findFirst().orElseThrow());
        });
        tick(robot, "CB003");
        robot.clickOn("#draftDecisionsButton");
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().getSelectionModel().select(row(robot, "CB003")));
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
        ok(robot, "#draftTable");
        assertTrue(robot.lookup("#draftTable").tryQuery().isPresent(), "refused: the dialog stays open");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText() != null
                && l.getText().contains("bình xét thấy không đủ điều kiện")), "the review's refusal is shown");
        assertEquals("LDTT", ctx.decisions().drafting().draft(draftId).orElseThrow().draft().recipients().get(0).kindCode(),
                "nothing written");

        String reason = "Có thành tích đột xuất trong phòng, chống thiên tai";
        robot.interact(() -> list.getItems().get(0).overrideReasonProperty().set(reason));
        type(robot, "#issuerField", "SỞ NỘI VỤ\nTỈNH HƯNG YÊN");
        type(robot, "#placeField", "Hưng Yên");
        type(robot, "#authorityField", "Giám đốc Sở Nội vụ tỉnh Hưng Yên");
        type(robot, "#signerForField", "Giám đốc");
        type(robot, "#signerPositionField", "Phó Giám đốc");
        type(robot, "#signerNameField", "Trần Văn Bốn");
        type(robot, "#executorsField", "Chánh Văn phòng Sở");
        ok(robot, "#draftTable");
        assertEquals(reason, ctx.decisions().drafting().draft(draftId).orElseThrow().draft().recipients().get(0).overrideReason(),
                () -> robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList().toString());
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#draftLines").queryAs(ListView.class);
        robot.interact(() -> drafts.getSelectionModel().select(0));
        assertTrue(lines.getItems().get(0).contains(reason), lines.getItems().toString());

        robot.clickOn("#issueDraftButton");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#issueNumberField", "13/QĐ-SNV");
        ok(robot, "#issueNumberField");
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
