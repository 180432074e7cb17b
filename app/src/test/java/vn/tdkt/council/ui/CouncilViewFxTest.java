package vn.tdkt.council.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.service.CouncilServices;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The council screen, headless: a council of 15 members, a meeting where all 15 attend (ticked in the window, the
 * quorum shown), then the count entered in the form: 12 votes for CSTĐCS is 80,00 % and passes, 13 votes for CSTĐ
 * cấp tỉnh is 86,67 % and fails; counts that do not add up stay on the form and nothing is saved.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class CouncilViewFxTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 20);

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private MainWindow window;
    private Meeting meeting;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        seed();
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.COUNCIL);
    }

    /** Two people of Văn phòng Sở, a council of 15 members in office, one meeting with a candidate per title. */
    private void seed() {
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vp.id(), LocalDate.of(2010, 1, 1), null));
        ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9), null,
                "Phó Chánh Văn phòng", vp.id(), LocalDate.of(2012, 1, 1), null));
        ctx.people().save(new Person(0, "CB03", "Lê Văn Cường", Gender.MALE, LocalDate.of(1988, 1, 20), null,
                "Chuyên viên", vp.id(), LocalDate.of(2014, 1, 1), null));
        CouncilServices council = ctx.council();
        Council hd = council.admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
                LocalDate.of(2024, 1, 5), "Sở Nội vụ tỉnh Hưng Yên"));
        List<CouncilMember> members = new ArrayList<>();
        members.add(member(hd, "Giám đốc Sở", MemberRole.CHU_TICH));
        members.add(member(hd, "Phó Giám đốc thứ nhất", MemberRole.PHO_CHU_TICH));
        members.add(member(hd, "Phó Giám đốc thứ hai", MemberRole.PHO_CHU_TICH));
        for (int i = 1; i <= 11; i++) {
            members.add(member(hd, "Ủy viên số " + i, MemberRole.UY_VIEN));
        }
        members.add(member(hd, "Trưởng phòng Thi đua", MemberRole.UY_VIEN_THU_KY));
        meeting = council.meetings().saveMeeting(new Meeting(0, hd.id(), MEETING_DAY, null, "Phòng họp tầng 3, Sở Nội vụ",
                SessionKind.XET_KHEN_THUONG, "Xét khen thưởng năm 2026", members.get(0).id(), members.get(14).id()));
        council.meetings().addCandidate(meeting.id(), "CSTDCS", SubjectType.CA_NHAN, "CB01", null);
        council.meetings().addCandidate(meeting.id(), "CSTD_TINH", SubjectType.CA_NHAN, "CB02", null);
    }

    private CouncilMember member(Council hd, String name, MemberRole role) {
        return ctx.council().admin().saveMember(new CouncilMember(0, hd.id(), name, "Chức vụ của " + name, role,
                LocalDate.of(2024, 1, 5), null));
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private void chooseTitle(FxRobot robot, String code) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<AgendaGroup> title = robot.lookup("#tallyTitleChoice").queryAs(ComboBox.class);
            title.setValue(title.getItems().stream().filter(g -> g.titleCode().equals(code)).findFirst().orElseThrow());
        });
    }

    /** Fills the count form (total and present are pre-filled from the attendance) and the one candidate's votes. */
    private void fillCounts(FxRobot robot, int issued, int returned, int valid, int invalid, String code, int votes) {
        robot.interact(() -> {
            set(robot, "#count_ISSUED", issued);
            set(robot, "#count_RETURNED", returned);
            set(robot, "#count_VALID", valid);
            set(robot, "#count_INVALID", invalid);
            set(robot, "#votes_" + code, votes);
        });
    }

    private static void set(FxRobot robot, String id, int value) {
        robot.lookup(id).queryAs(TextField.class).setText(Integer.toString(value));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Opens the meeting, saves the attendance as ticked by default (everyone present) and shows the tally tab. */
    private void openMeetingWithEveryonePresent(FxRobot robot) {
        openMeeting(robot, meeting.id());
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#saveAttendanceButton");
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> robot.lookup("#meetingTabs").queryAs(TabPane.class).getSelectionModel().select(2));
    }

    /** Opens the meeting as the clerk does: select it in the meetings table, then Open. */
    static void openMeeting(FxRobot robot, long meetingId) {
        robot.interact(() -> robot.lookup("#councilTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> {
            TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
            meetings.getSelectionModel().select(meetings.getItems().stream().filter(m -> m.id() == meetingId)
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#openMeetingButton");
    }

    /** The rows of the results table, as shown. */
    static List<MeetingPageModel.ResultRow> resultRows(FxRobot robot) {
        TableView<MeetingPageModel.ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        return List.copyOf(table.getItems());
    }


    @Test
    void aTieAtTheQuotaCutIsFlaggedAndSettledByASecondRound(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        ctx.council().meetings().addCandidate(meeting.id(), "CSTDCS", SubjectType.CA_NHAN, "CB03", null);
        openMeetingWithEveryonePresent(robot);

        robot.interact(() -> robot.lookup("#meetingTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> {
            TableView<AgendaGroup> groups = robot.lookup("#quotaTable").queryTableView();
            groups.getSelectionModel().select(groups.getItems().stream().filter(g -> g.titleCode().equals("CSTDCS"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#setQuotaButton");
        robot.interact(() -> robot.lookup("#quotaField").queryAs(TextField.class).setText("1"));
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, ctx.council().meetings().agenda(meeting.id()).get(0).quota());

        robot.interact(() -> robot.lookup("#meetingTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        chooseTitle(robot, "CSTDCS");
        assertTrue(robot.lookup("#secondRoundButton").query().isDisabled(), "no second round before the first");
        robot.clickOn("#enterTallyButton");
        fillCounts(robot, 15, 15, 15, 0, "CB01", 13);
        robot.interact(() -> set(robot, "#votes_CB03", 13));
        // the votes against, when counted (#13): CB01's given, CB03's left empty
        robot.interact(() -> set(robot, "#against_CB01", 2));
        FxTestSupport.snapshot(robot.lookup("#against_CB01").query().getScene(), "kiem-phieu-nhap.png");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        java.util.Map<Long, Integer> stored = new java.util.HashMap<>();
        ctx.council().ballots().rounds(meeting.id()).get(0).votes().forEach(v -> stored.put(v.candidateId(), v.against()));
        assertEquals(java.util.Arrays.asList(2, null), resultRows(robot).stream().map(r -> stored.get(r.candidate().id())).toList());
        TableView<MeetingPageModel.ResultRow> shown = robot.lookup("#resultsTable").queryTableView();
        javafx.scene.control.TableColumn<MeetingPageModel.ResultRow, ?> againstColumn = shown.getColumns().stream()
                .filter(c -> c.getText().equals("Không đồng ý")).findFirst().orElseThrow();
        assertEquals(List.of("2", ""), List.of(againstColumn.getCellData(0), againstColumn.getCellData(1)));
        List<String> notes = resultRows(robot).stream().map(r -> r.candidate().subjectCode() + " " + r.outcome().rank()
                + " " + r.outcome().note()).toList();
        assertEquals(List.of("CB01 1 Đồng hạng tại điểm cắt; Ngưỡng 80 % tổng số thành viên",
                "CB03 1 Đồng hạng tại điểm cắt; Ngưỡng 80 % tổng số thành viên"), notes);
        assertFalse(robot.lookup("#secondRoundButton").query().isDisabled(), "tied at the cut: a second round is offered");
        FxTestSupport.snapshot(stage.getScene(), "kiem-phieu-dong-hang.png");

        robot.clickOn("#secondRoundButton");
        assertTrue(robot.lookup("#votes_CB02").tryQuery().isEmpty(), "only the tied candidates are voted on again");
        assertTrue(robot.lookup("#against_CB01").tryQuery().isEmpty(), "the votes against are asked in round 1");
        fillCounts(robot, 15, 15, 15, 0, "CB01", 14);
        robot.interact(() -> set(robot, "#votes_CB03", 12));
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        List<String> after = resultRows(robot).stream().map(r -> r.candidate().subjectCode() + " " + r.outcome().rank()
                + " " + r.outcome().selection().label()).toList();
        assertEquals(List.of("CB01 1 Được đề nghị", "CB03 2 Vượt chỉ tiêu"), after);
        assertTrue(robot.lookup("#secondRoundButton").query().isDisabled());
    }

    @Test
    void attendanceQuorumAndEnteringTheTally(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        assertEquals(15, robot.lookup("#memberTable").queryTableView().getItems().size());
        assertTrue(text(robot, "#councilDecision").startsWith("Thành lập theo Quyết định số 45/QĐ-SNV ngày 05/01/2024"),
                text(robot, "#councilDecision"));
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
        assertEquals(1, meetings.getItems().size());

        openMeeting(robot, meeting.id());
        FxTestSupport.awaitIdle(ui);
        assertEquals("Phiên họp ngày 20/11/2026 — Phòng họp tầng 3, Sở Nội vụ (Phiên xét khen thưởng)",
                text(robot, "#meetingTitle"));
        assertEquals("Chưa lưu điểm danh.", text(robot, "#attendanceState"));
        robot.clickOn("#saveAttendanceButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Đủ số thành viên dự họp: 15/15 (100,00 %) ≥ 80 %", text(robot, "#quorumLabel"));
        assertEquals("Đã lưu điểm danh.", text(robot, "#attendanceState"));
        assertTrue(ctx.council().meetings().quorum(meeting.id()).ok());

        robot.interact(() -> robot.lookup("#meetingTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        chooseTitle(robot, "CSTDCS");
        robot.clickOn("#enterTallyButton");
        assertEquals("15", robot.lookup("#count_TOTAL").queryAs(TextField.class).getText());
        assertEquals("15", robot.lookup("#count_PRESENT").queryAs(TextField.class).getText());
        fillCounts(robot, 15, 15, 15, 0, "CB01", 12);
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);

        chooseTitle(robot, "CSTD_TINH");
        robot.clickOn("#enterTallyButton");
        Window form = robot.window("Nhập kết quả kiểm phiếu «Chiến sĩ thi đua cấp tỉnh»");
        fillCounts(robot, 15, 15, 16, 0, "CB02", 13);
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(form.isShowing(), "the form stays open");
        String problems = text(robot, "#formProblems");
        assertTrue(problems.contains("số phiếu hợp lệ (16) nhiều hơn số phiếu thu về (15)"), problems);
        assertEquals(1, ctx.council().ballots().results(meeting.id()).size(), "nothing saved for CSTĐ cấp tỉnh");
        FxTestSupport.snapshot(form.getScene(), "kiem-phieu-loi.png");

        fillCounts(robot, 15, 15, 15, 0, "CB02", 13);
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertFalse(form.isShowing(), "the form closed after saving");

        List<String> rows = resultRows(robot).stream().map(r -> r.candidate().subjectCode() + " "
                + r.outcome().votes() + " " + r.percentText() + " " + r.outcome().result() + " " + r.outcome().rank()).toList();
        assertEquals(List.of("CB01 12 80,00 % Đạt 1", "CB02 13 86,67 % Không đạt 1"), rows);
        assertEquals(2, ctx.council().ballots().results(meeting.id()).size());
        assertTrue(text(robot, "#tallySummary").contains("Chiến sĩ thi đua cấp tỉnh: vòng 1; phiếu phát ra 15, thu về 15, "
                + "hợp lệ 15; tỷ lệ tính trên 15 thành viên; Ngưỡng 90 % tổng số thành viên"), text(robot, "#tallySummary"));
        assertTrue(robot.lookup("#secondRoundButton").query().isDisabled(), "no tie, no second round");
        FxTestSupport.snapshot(stage.getScene(), "kiem-phieu.png");
    }

    /** A member picked from Cán bộ (name and position filled, the person kept), the term starting with the decision. */
    @Test
    void aMemberIsPickedFromTheStaffAndTheCouncilKeepsItsPlaceAndAddressee(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#addMemberButton");
        FxTestSupport.awaitIdle(ui);
        Window dialog = robot.window("Thêm thành viên Hội đồng");
        assertEquals(LocalDate.of(2024, 1, 5), robot.lookup("#termFromPicker").queryAs(javafx.scene.control.DatePicker.class)
                .getValue(), "the term starts on the establishing decision's date");
        robot.clickOn("#memberPersonField").write("tran thi");
        FxTestSupport.awaitIdle(ui);
        org.testfx.util.WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Trần Thị Bình", robot.lookup("#memberNameField").queryAs(TextField.class).getText());
        assertEquals("Phó Chánh Văn phòng", robot.lookup("#memberPositionField").queryAs(TextField.class).getText());
        FxTestSupport.snapshot(dialog.getScene(), "thanh-vien-tu-can-bo.png");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        long binh = ctx.people().index().all().stream().filter(r -> r.person().code().equals("CB02")).findFirst()
                .orElseThrow().person().id();
        Council hd = ctx.council().admin().councils().get(0);
        CouncilMember added = ctx.council().admin().members(hd.id()).stream().filter(m -> m.fullName().equals("Trần Thị Bình"))
                .findFirst().orElseThrow();
        assertEquals(binh, added.personId());
        assertEquals(MemberRole.UY_VIEN, added.role());

        robot.clickOn("#editCouncilButton");
        FxTestSupport.awaitIdle(ui);
        Window council = robot.window("Sửa thông tin Hội đồng");
        robot.clickOn("#councilPlaceField").write("Hưng Yên");
        robot.clickOn("#addresseeTinhField").write("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên");
        FxTestSupport.snapshot(council.getScene(), "hoi-dong-dia-danh.png");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        Council saved = ctx.council().admin().councils().get(0);
        assertEquals("Hưng Yên", saved.place());
        assertEquals(java.util.Map.of("CHU_TICH_UBND_TINH", "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"), saved.addressees());
    }
}
