package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.ui.DecisionDialogModel;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.Title;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The whole thread on the sample data (Sở Nội vụ tỉnh Hưng Yên, as the first start loads it), through the window: two
 * officers the review finds eligible for Lao động tiên tiến 2025 ticked in Bình xét → "Lập hồ sơ" → every component
 * attached and Đủ hồ sơ → the meeting's agenda → the tally (both Đạt) → "Lập quyết định" → in the draft a third person
 * the review finds not eligible (CB00002: no rating for 2025) is refused, then kept with the reason the clerk types in
 * the Lý do giữ lại cell → issued → the register's decision shows the reason on that line → the award list written
 * from the decision lists the three; after every step the rows in Bình xét show the proposal's stage.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class SampleThreadFxTest {

    private static final String NUMBER = "998/QĐ-SNV"; // no decision of the sample has it
    private static final String REASON = "Có thành tích đột xuất trong phòng, chống dịch bệnh";
    private static final String[] PASSED = {"CB00001", "CB00004"};
    private static final String KEPT = "CB00002";

    private final Path dir;
    private final ReviewFxFixture fx;
    private final Meeting meeting;

    SampleThreadFxTest() throws IOException {
        dir = Files.createTempDirectory("tdkt-sample-thread-fx");
        AppContext ctx = new AppContext(Database.open(dir.resolve("data")));
        FxTestSupport.loadFirstStartSample(ctx, ctx.movements().today()); // all the first start loads, with 2026's decisions
        fx = ReviewFxFixture.on(ctx);
        meeting = meeting();
    }

    @Start
    void start(Stage stage) {
        fx.show(stage);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** The council of the sample's Sở, 11 members, a meeting where all attend. */
    private Meeting meeting() {
        Council hd = fx.ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ",
                "45/QĐ-SNV", LocalDate.of(ReviewFxFixture.YEAR, 1, 5), "Sở Nội vụ tỉnh Hưng Yên"));
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            MemberRole role = i == 0 ? MemberRole.CHU_TICH : i == 10 ? MemberRole.UY_VIEN_THU_KY : MemberRole.UY_VIEN;
            members.add(fx.ctx.council().admin().saveMember(new CouncilMember(0, hd.id(), "Thành viên " + (i + 1), null,
                    role, LocalDate.of(ReviewFxFixture.YEAR, 1, 5), null)));
        }
        Meeting m = fx.ctx.council().meetings().saveMeeting(new Meeting(0, hd.id(), LocalDate.now(), null,
                "Phòng họp tầng 3", SessionKind.XET_KHEN_THUONG, null, members.get(0).id(), members.get(10).id()));
        fx.ctx.council().meetings().setAttendance(m.id(), members.stream().map(x -> new Attendance(x.id(),
                AttendanceStatus.CO_MAT, null)).toList());
        return m;
    }

    private long person(String code) {
        return fx.ctx.people().index().all().stream().map(PersonRow::person).filter(p -> p.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(code)).id();
    }

    private void assertStage(FxRobot robot, ProposalStage expected, String... codes) {
        robot.interact(() -> fx.window().show(MainWindow.Page.REVIEW));
        FxTestSupport.awaitIdle(fx.ui);
        fx.title(robot, Title.LDTT);
        for (String code : codes) {
            assertEquals(expected, ReviewFxFixture.row(robot, code).proposalProperty().get().stage(), code);
            String label = fx.ui.messages().label(expected);
            assertTrue(ReviewFxFixture.shown(robot, code).stream().anyMatch(t -> t.startsWith(label)),
                    code + " shows " + label + ": " + ReviewFxFixture.shown(robot, code));
        }
    }

    private Dossier dossier() {
        List<Dossier> all = fx.ctx.dossiers().list(DossierFilter.all());
        assertEquals(1, all.size(), "one dossier for the two proposals");
        return all.get(0);
    }

    private void tab(FxRobot robot, String id, int index) {
        robot.interact(() -> robot.lookup(id).queryAs(TabPane.class).getSelectionModel().select(index));
        FxTestSupport.awaitIdle(fx.ui);
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).filter(t -> t != null).toList();
    }

    @Test
    void fromATickInBinhXetToThePaidAwardListWithOneRecipientKeptForAReason(FxRobot robot) throws IOException {
        fx.title(robot, Title.LDTT);
        assertEquals("Không đủ điều kiện", fx.ui.messages().label(ReviewFxFixture.row(robot, KEPT).assessment().verdict()));
        for (String code : PASSED) {
            fx.tick(robot, code);
        }
        assertStage(robot, ProposalStage.DE_XUAT, PASSED);

        // Lập hồ sơ: one dossier for both, in Dự thảo
        robot.clickOn("#openDossiersButton");
        FxTestSupport.awaitIdle(fx.ui);
        Dossier d = dossier();
        assertEquals(DossierStatus.DU_THAO, d.status());
        assertEquals(2, fx.ctx.dossiers().subjects(d.id()).size());
        assertStage(robot, ProposalStage.TRONG_HO_SO, PASSED);

        // its page from the row: every component attached, then Đủ hồ sơ
        ReviewFxFixture.select(robot, PASSED[0]);
        robot.clickOn("#showDossierButton");
        FxTestSupport.awaitIdle(fx.ui);
        TableView<ComponentStatus> checklist = robot.lookup("#checklistTable").queryTableView();
        fx.dialogs.pick(Files.write(dir.resolve("giay-to.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < checklist.getItems().size(); i++) {
            int row = i;
            robot.interact(() -> checklist.getSelectionModel().select(row));
            if (!robot.lookup("#attachButton").queryButton().isDisabled()) {
                robot.clickOn("#attachButton");
                FxTestSupport.awaitIdle(fx.ui);
            }
        }
        robot.clickOn("#move_DU_HO_SO");
        FxTestSupport.awaitIdle(fx.ui);
        fx.ok(robot, "#moveNote");
        assertEquals(DossierStatus.DU_HO_SO, dossier().status(), () -> labels(robot).toString());

        // the meeting's agenda takes the dossier
        robot.interact(() -> fx.window().show(MainWindow.Page.COUNCIL));
        FxTestSupport.awaitIdle(fx.ui);
        tab(robot, "#councilTabs", 1);
        robot.interact(() -> {
            TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
            meetings.getSelectionModel().select(meetings.getItems().stream().filter(m -> m.id() == meeting.id())
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#openMeetingButton");
        FxTestSupport.awaitIdle(fx.ui);
        tab(robot, "#meetingTabs", 1);
        robot.clickOn("#addFromDossierButton");
        FxTestSupport.awaitIdle(fx.ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Dossier> choice = robot.lookup("#dossierCombo").queryAs(ComboBox.class);
            choice.setValue(choice.getItems().stream().filter(x -> x.id() == d.id()).findFirst().orElseThrow());
        });
        fx.ok(robot, "#dossierCombo");
        assertEquals(2, robot.lookup("#agendaTable").queryTableView().getItems().size(), fx.dialogs.infos().toString());
        assertEquals(DossierStatus.TRINH_HOI_DONG, dossier().status());
        assertStage(robot, ProposalStage.TRINH_HOI_DONG, PASSED);

        // the tally: 10 and 9 of 11, both Đạt; the dossier moves to Đã bỏ phiếu
        ReviewFxFixture.select(robot, PASSED[0]);
        robot.clickOn("#showMeetingButton");
        FxTestSupport.awaitIdle(fx.ui);
        tab(robot, "#meetingTabs", 2);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<AgendaGroup> title = robot.lookup("#tallyTitleChoice").queryAs(ComboBox.class);
            title.setValue(title.getItems().stream().filter(g -> g.titleCode().equals("LDTT")).findFirst().orElseThrow());
        });
        robot.clickOn("#enterTallyButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (String[] v : new String[][] {{"#count_ISSUED", "11"}, {"#count_RETURNED", "11"}, {"#count_VALID", "11"},
                    {"#count_INVALID", "0"}, {"#votes_" + PASSED[0], "10"}, {"#votes_" + PASSED[1], "9"}}) {
                robot.lookup(v[0]).queryAs(TextField.class).setText(v[1]);
            }
        });
        fx.ok(robot, "#votes_" + PASSED[0]);
        assertEquals(DossierStatus.DA_BO_PHIEU, dossier().status(), "the council's result moves the dossier");
        assertStage(robot, ProposalStage.DAT, PASSED);

        // Lập quyết định: both in one draft
        robot.clickOn("#draftDecisionsButton");
        FxTestSupport.awaitIdle(fx.ui);
        List<DraftSummary> drafts = fx.ctx.decisions().drafting().drafts();
        assertEquals(1, drafts.size());
        long draftId = drafts.get(0).id();
        assertEquals(2, fx.ctx.decisions().drafting().draft(draftId).orElseThrow().draft().recipients().size());
        assertStage(robot, ProposalStage.DU_THAO_QD, PASSED);

        // the draft opened from the row; a third person, not eligible, added: refused, then kept with a reason
        ReviewFxFixture.select(robot, PASSED[0]);
        robot.clickOn("#showDecisionButton");
        FxTestSupport.awaitIdle(fx.ui);
        robot.clickOn("#editDraftButton");
        FxTestSupport.awaitIdle(fx.ui);
        WaitForAsyncUtils.waitForFxEvents();
        ReviewFxFixture.header(robot);
        robot.clickOn(robot.lookup("#decisionTabs .tab").nth(1).queryAs(Node.class));
        ReviewFxFixture.type(robot, "#personSearch", KEPT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<PersonRow> found = robot.lookup("#personList").queryAs(ListView.class);
            found.getSelectionModel().select(found.getItems().stream().filter(r -> r.person().code().equals(KEPT))
                    .findFirst().orElseThrow());
            @SuppressWarnings("unchecked")
            ComboBox<AwardKind> kind = robot.lookup("#kindChoice").queryAs(ComboBox.class);
            kind.setValue(kind.getItems().stream().filter(k -> k.code().equals("LDTT")).findFirst().orElseThrow());
        });
        robot.interact(() -> robot.lookup("#addRecipientButton").queryButton().fire()); // the dialog is taller than the screen
        FxTestSupport.awaitIdle(fx.ui);
        TableView<DecisionDialogModel.Line> lines = robot.lookup("#draftTable").queryTableView();
        assertEquals(3, lines.getItems().size(), () -> "the person is added: " + lines.getItems().stream()
                .map(DecisionDialogModel.Line::name).toList());
        fx.ok(robot, "#draftTable");
        assertTrue(robot.lookup("#draftTable").tryQuery().isPresent(), "refused: the dialog stays open");
        assertTrue(labels(robot).stream().anyMatch(t -> t.contains("bình xét thấy không đủ điều kiện")),
                "the review's refusal is shown: " + labels(robot));
        assertEquals(2, fx.ctx.decisions().drafting().draft(draftId).orElseThrow().draft().recipients().size(),
                "nothing written");

        int kept = lines.getItems().indexOf(lines.getItems().stream().filter(l -> l.name().equals(name(KEPT)))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        TableColumn<DecisionDialogModel.Line, String> reasonColumn = (TableColumn<DecisionDialogModel.Line, String>)
                lines.getColumns().stream().filter(c -> "keptReasonColumn".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            lines.layout();
            lines.edit(kept, reasonColumn);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField editor = robot.lookup("#draftTable .text-field").queryAs(TextField.class);
        robot.interact(() -> {
            editor.setText(REASON);
            editor.fireEvent(new ActionEvent());
        });
        assertEquals(REASON, lines.getItems().get(kept).overrideReasonProperty().get(), "the reason typed in its cell");
        FxTestSupport.snapshot(robot.lookup("#draftTable").query().getScene(), "mach-mau-giu-lai-ly-do.png");
        fx.ok(robot, "#draftTable");
        StoredDraft saved = fx.ctx.decisions().drafting().draft(draftId).orElseThrow();
        assertEquals(3, saved.draft().recipients().size(), () -> labels(robot).toString());
        assertEquals(List.of(REASON), saved.draft().recipients().stream().map(r -> r.overrideReason())
                .filter(r -> r != null).toList(), "one line kept for its reason");

        // issued with its number
        TableView<DraftSummary> table = robot.lookup("#draftsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#issueDraftButton");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewFxFixture.type(robot, "#issueNumberField", NUMBER);
        fx.ok(robot, "#issueNumberField");
        assertTrue(table.getItems().isEmpty(), "the draft became the decision");
        assertStage(robot, ProposalStage.DA_QUYET_DINH, PASSED);

        // the register: the decision opened, the kept line shows its reason; its award list lists the three
        robot.interact(() -> fx.window().show(MainWindow.Page.DECISIONS));
        FxTestSupport.awaitIdle(fx.ui);
        ReviewFxFixture.type(robot, "#decisionSearch", NUMBER);
        FxTestSupport.awaitIdle(fx.ui);
        TableView<?> register = robot.lookup("#decisionTable").queryTableView();
        assertEquals(1, register.getItems().size(), "the search finds the decision");
        robot.interact(() -> register.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#viewDecisionButton").queryButton().fire());
        FxTestSupport.awaitIdle(fx.ui);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> recipients = robot.lookup("#recipientTable").queryTableView();
        assertEquals(3, recipients.getItems().size());
        assertTrue(robot.lookup("#recipientTable .table-cell").queryAll().stream().anyMatch(n -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("vẫn đưa vào quyết định vì: " + REASON)),
                "the register's decision shows the reason");
        FxTestSupport.snapshot(fx.stage().getScene(), "mach-mau-so-quyet-dinh.png");

        Path list = dir.resolve("danh-sach.xlsx");
        fx.dialogs.pick(list);
        robot.interact(() -> robot.lookup("#exportAwardListButton").queryButton().fire());
        FxTestSupport.awaitIdle(fx.ui);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx.dialogs.infos().contains(list.toString()), "Mở tệp / Mở thư mục offered: " + fx.dialogs.infos());
        List<String> names = names(list);
        for (String code : new String[] {PASSED[0], PASSED[1], KEPT}) {
            assertTrue(names.contains(name(code)), name(code) + " in the award list: " + names);
        }
    }

    private String name(String code) {
        return fx.ctx.people().index().all().stream().map(PersonRow::person).filter(p -> p.id() == person(code))
                .findFirst().orElseThrow().fullName();
    }

    /** Every text cell of the award list's first sheet. */
    private static List<String> names(Path xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(c.getStringCellValue().strip());
                    }
                }
            }
        }
        return texts;
    }
}
