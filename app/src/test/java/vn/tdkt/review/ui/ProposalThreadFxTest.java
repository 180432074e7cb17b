package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import org.testfx.util.WaitForAsyncUtils;
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
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.review.domain.Title;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The whole thread through the window, headless, on a database on disk: in Bình xét two officers ticked for Lao động
 * tiên tiến → "Lập hồ sơ" → the dossier's files attached and moved to Đủ hồ sơ on its page → put on the meeting's
 * agenda from the dossier → the tally entered (one Đạt, one Không đạt; the dossier moves) → "Lập quyết định" takes
 * only the one the council passed → the draft's header filled and the decision issued → the award in the register and
 * in the person's history; after every step the row in Bình xét shows the proposal's stage.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ProposalThreadFxTest {

    private static final String NUMBER = "14/QĐ-SNV";

    private final Path dir;
    private final ReviewFxFixture fx;
    private final Meeting meeting;

    ProposalThreadFxTest() throws IOException {
        dir = Files.createTempDirectory("tdkt-thread-fx");
        fx = ReviewFxFixture.staff(Database.open(dir.resolve("data")));
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

    /** A council of 11 members, a meeting where all attend (the attendance kept through the service). */
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

    /** Back on Bình xét (reloaded as the window reloads a page it shows), the row's stage as drawn. */
    private void assertStage(FxRobot robot, String code, ProposalStage expected) {
        robot.interact(() -> fx.window().show(MainWindow.Page.REVIEW));
        FxTestSupport.awaitIdle(fx.ui);
        fx.title(robot, Title.LDTT);
        assertEquals(expected, ReviewFxFixture.row(robot, code).proposalProperty().get().stage(), code);
        String label = fx.ui.messages().label(expected);
        assertTrue(ReviewFxFixture.shown(robot, code).stream().anyMatch(t -> t.startsWith(label)),
                code + " shows " + label + ": " + ReviewFxFixture.shown(robot, code));
    }

    private Dossier dossier() {
        List<Dossier> all = fx.ctx.dossiers().list(DossierFilter.all());
        assertEquals(1, all.size());
        return all.get(0);
    }

    /** The person page's history as shown: content and decision number of each line. */
    private static List<String> history(FxRobot robot) {
        TableView<?> table = robot.lookup("#historyTable").queryTableView();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            lines.add(table.getColumns().get(2).getCellData(i) + " " + table.getColumns().get(4).getCellData(i));
        }
        return lines;
    }

    private void tab(FxRobot robot, String id, int index) {
        robot.interact(() -> robot.lookup(id).queryAs(TabPane.class).getSelectionModel().select(index));
        FxTestSupport.awaitIdle(fx.ui);
    }

    @Test
    void aTickInBinhXetReachesTheAwardListAndTheRowFollowsEveryStep(FxRobot robot) throws IOException {
        fx.title(robot, Title.LDTT);
        fx.tick(robot, "CB001");
        fx.tick(robot, "CB002");
        assertStage(robot, "CB001", ProposalStage.DE_XUAT);

        // Lập hồ sơ: one dossier, in Dự thảo
        robot.clickOn("#openDossiersButton");
        FxTestSupport.awaitIdle(fx.ui);
        Dossier d = dossier();
        assertEquals(DossierStatus.DU_THAO, d.status());
        assertEquals(2, fx.ctx.dossiers().subjects(d.id()).size());
        assertStage(robot, "CB002", ProposalStage.TRONG_HO_SO);

        // its page, opened from the row: every component attached, then Đủ hồ sơ
        ReviewFxFixture.select(robot, "CB001");
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
        assertEquals(DossierStatus.DU_HO_SO, dossier().status(), () -> robot.lookup("#checksBox .label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList().toString());
        FxTestSupport.snapshot(fx.stage().getScene(), "mach-ho-so-du.png");
        assertStage(robot, "CB001", ProposalStage.TRONG_HO_SO);

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
        assertStage(robot, "CB001", ProposalStage.TRINH_HOI_DONG);

        // the tally: 10 of 11 for CB001 (Đạt), 3 for CB002 (Không đạt); the dossier moves
        ReviewFxFixture.select(robot, "CB001");
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
                    {"#count_INVALID", "0"}, {"#votes_CB001", "10"}, {"#votes_CB002", "3"}}) {
                robot.lookup(v[0]).queryAs(TextField.class).setText(v[1]);
            }
        });
        fx.ok(robot, "#votes_CB001");
        assertEquals(DossierStatus.DA_BO_PHIEU, dossier().status(), "the council's result moves the dossier");
        FxTestSupport.snapshot(fx.stage().getScene(), "mach-kiem-phieu.png");
        assertStage(robot, "CB001", ProposalStage.DAT);
        assertStage(robot, "CB002", ProposalStage.KHONG_DAT);

        // Lập quyết định: the one the council passed, in one draft
        robot.clickOn("#draftDecisionsButton");
        FxTestSupport.awaitIdle(fx.ui);
        List<DraftSummary> drafts = fx.ctx.decisions().drafting().drafts();
        assertEquals(1, drafts.size());
        assertEquals(List.of(fx.ids[0]), fx.ctx.decisions().drafting().draft(drafts.get(0).id()).orElseThrow().draft()
                .recipients().stream().map(r -> r.personId()).toList(), "only the one the council passed");
        assertStage(robot, "CB001", ProposalStage.DU_THAO_QD);
        assertStage(robot, "CB002", ProposalStage.KHONG_DAT);

        // the draft opened from the row, its header filled, issued
        ReviewFxFixture.select(robot, "CB001");
        robot.clickOn("#showDecisionButton");
        FxTestSupport.awaitIdle(fx.ui);
        robot.clickOn("#editDraftButton");
        FxTestSupport.awaitIdle(fx.ui);
        ReviewFxFixture.header(robot);
        fx.ok(robot, "#placeField");
        TableView<DraftSummary> table = robot.lookup("#draftsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#issueDraftButton");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewFxFixture.type(robot, "#issueNumberField", NUMBER);
        fx.ok(robot, "#issueNumberField");
        assertTrue(table.getItems().isEmpty(), "the draft became the decision");
        assertEquals(NUMBER, fx.ctx.decisions().reports().register().get(0).decisionNo());
        assertStage(robot, "CB001", ProposalStage.DA_QUYET_DINH);

        // the award in the person's history, with its decision
        robot.interact(() -> fx.window().showPerson(fx.ids[0]));
        FxTestSupport.awaitIdle(fx.ui);
        assertTrue(history(robot).contains("Lao động tiên tiến " + NUMBER), history(robot).toString());
        FxTestSupport.snapshot(fx.stage().getScene(), "mach-lich-su-khen-thuong.png");
        robot.interact(() -> fx.window().showPerson(fx.ids[1]));
        FxTestSupport.awaitIdle(fx.ui);
        assertTrue(history(robot).stream().noneMatch(h -> h.endsWith(NUMBER)), "the one the council did not pass");
    }
}
