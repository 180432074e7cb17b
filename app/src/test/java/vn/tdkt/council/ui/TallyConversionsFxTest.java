package vn.tdkt.council.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.service.CouncilServices;
import vn.tdkt.council.service.TallyWorkbook;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The meeting's Kiểm phiếu tab with a tally workbook typed in TCVN3 and VNI (titles and a name): the preview of the
 * converted cells, accepted, then the round recorded with its results.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class TallyConversionsFxTest {

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private Meeting meeting;
    private Path file;
    private String convertedName;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        seed();
        file = Files.createTempDirectory("tdkt-tally-legacy-fx").resolve("kiem-phieu-tcvn3-vni.xlsx");
        ctx.council().ballots().writeTallyWorkbook(meeting.id(), file);
        fill();
        ui = FxTestSupport.uiOpening(stage, () -> file);
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.COUNCIL);
    }

    /** Six people, a council of 15 with 14 present, one meeting choosing 3 of the 6 for Chiến sĩ thi đua cơ sở. */
    private void seed() {
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang"};
        for (int i = 0; i < names.length; i++) {
            ctx.people().save(new Person(0, "CB0" + (i + 1), names[i], names[i].contains(" Thị ") ? Gender.FEMALE : Gender.MALE,
                    LocalDate.of(1982, 4, 1), null, "Chuyên viên", vp.id(), LocalDate.of(2012, 1, 1), null));
        }
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
        meeting = council.meetings().saveMeeting(new Meeting(0, hd.id(), LocalDate.of(2026, 11, 20), null,
                "Phòng họp tầng 3, Sở Nội vụ", SessionKind.XET_KHEN_THUONG, "Xét khen thưởng năm 2026", members.get(0).id(),
                members.get(14).id()));
        List<Attendance> roll = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            roll.add(i < 14 ? new Attendance(members.get(i).id(), AttendanceStatus.CO_MAT, null)
                    : new Attendance(members.get(i).id(), AttendanceStatus.VANG_CO_Y_KIEN, "Đồng ý với danh sách đề nghị"));
        }
        council.meetings().setAttendance(meeting.id(), roll);
        for (int i = 1; i <= 6; i++) {
            council.meetings().addCandidate(meeting.id(), "CSTDCS", SubjectType.CA_NHAN, "CB0" + i, null);
        }
        council.meetings().setQuota(meeting.id(), "CSTDCS", 3);
    }

    private CouncilMember member(Council hd, String name, MemberRole role) {
        return ctx.council().admin().saveMember(new CouncilMember(0, hd.id(), name, "Chức vụ của " + name, role,
                LocalDate.of(2024, 1, 5), null));
    }

    /** The counting board's figures, two titles retyped in TCVN3 and VNI, a candidate's name in TCVN3. */
    private void fill() throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(TallyWorkbook.SHEET);
            int[] counts = {15, 14, 14, 14, 14};
            for (int i = 0; i < counts.length; i++) {
                s.getRow(i).createCell(1).setCellValue(counts[i]);
            }
            int[] votes = {14, 13, 12, 12, 11, 10};
            for (int i = 0; i < votes.length; i++) {
                s.getRow(7 + i).createCell(5).setCellValue(votes[i]);
            }
            s.getRow(7).getCell(3).setCellValue(LegacyEncoding.TCVN3.encode("Chiến sĩ thi đua cơ sở"));
            s.getRow(8).getCell(3).setCellValue(LegacyEncoding.VNI.encode("Chiến sĩ thi đua cơ sở"));
            convertedName = s.getRow(9).getCell(2).getStringCellValue();
            s.getRow(9).getCell(2).setCellValue(LegacyEncoding.TCVN3.encode(convertedName));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @Test
    void theConvertedCellsAreShownThenTheRoundRecordedOnceAccepted(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        CouncilViewFxTest.openMeeting(robot, meeting.id());
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> robot.lookup("#meetingTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#importTallyButton");
        FxTestSupport.awaitIdle(ui);
        TableView<LegacyConverter.Conversion> preview = robot.lookup("#conversionsPreview").queryTableView();
        assertEquals(List.of("Kiểm phiếu!8:Danh hiệu/Hình thức:TCVN3", "Kiểm phiếu!9:Danh hiệu/Hình thức:VNI",
                "Kiểm phiếu!10:" + preview.getItems().get(2).column() + ":TCVN3"), preview.getItems().stream()
                .map(c -> c.sheet() + "!" + c.row() + ":" + c.column() + ":" + c.encoding()).toList());
        assertEquals(convertedName, preview.getItems().get(2).after());
        assertTrue(ctx.council().ballots().results(meeting.id()).isEmpty(), "nothing recorded before the acceptance");
        FxTestSupport.snapshot(preview.getScene(), "kiem-phieu-chuyen-ma.png");

        robot.clickOn("#acceptConversionsButton");
        FxTestSupport.awaitIdle(ui);
        List<TallyResult> results = ctx.council().ballots().results(meeting.id());
        assertEquals(1, results.size());
        assertEquals(List.of(Selection.SELECTED, Selection.SELECTED, Selection.TIED_AT_CUT, Selection.TIED_AT_CUT,
                Selection.NOT_REACHED, Selection.NOT_REACHED), results.get(0).outcomes().stream()
                .map(TallyOutcome::selection).toList());
        assertEquals(6, CouncilViewFxTest.resultRows(robot).size(), "the results table shows the round");
        FxTestSupport.snapshot(stage.getScene(), "kiem-phieu-sau-chuyen-ma.png");
    }
}
