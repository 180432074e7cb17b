package vn.tdkt.council.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
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
 * "Xuất bộ hồ sơ cuộc họp…" on a meeting's page, headless: the folder chooser replaced by a temporary folder, the
 * pack written in the background, the message naming the folder and the number of files, the folder holding the
 * Mục lục and every expected document.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class MeetingPackFxTest {

    /** The folder chooser replaced by the folder the test picks; messages and errors recorded instead of shown. */
    private static final class PickingDialogs extends DialogService {
        private Path folder;
        private final List<String> infos = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();

        PickingDialogs(Messages messages) {
            super(messages);
        }

        @Override
        public Optional<Path> chooseFolder(String title, String kind) {
            return Optional.ofNullable(folder);
        }

        @Override
        public void info(String title, String text) {
            infos.add(text);
        }

        @Override
        public void error(Throwable error) {
            errors.add(error.getMessage());
        }
    }

    private AppContext ctx;
    private Ui ui;
    private PickingDialogs dialogs;
    private MainWindow window;
    private Meeting meeting;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(Database.inMemory());
        seed();
        Messages messages = Messages.of("vi");
        dialogs = new PickingDialogs(messages);
        dialogs.setOwner(stage);
        ui = new Ui(messages, dialogs, new TaskRunner());
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.COUNCIL);
    }

    /** Two people, a council of five, one meeting with a candidate for each of two titles. */
    private void seed() {
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vp.id(), LocalDate.of(2010, 1, 1), null));
        ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9), null,
                "Phó Chánh Văn phòng", vp.id(), LocalDate.of(2012, 1, 1), null));
        CouncilServices council = ctx.council();
        Council hd = council.admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
                LocalDate.of(2024, 1, 5), "Sở Nội vụ tỉnh Hưng Yên"));
        List<CouncilMember> members = new ArrayList<>();
        members.add(member(hd, "Giám đốc Sở", MemberRole.CHU_TICH));
        members.add(member(hd, "Phó Giám đốc", MemberRole.PHO_CHU_TICH));
        members.add(member(hd, "Ủy viên thứ nhất", MemberRole.UY_VIEN));
        members.add(member(hd, "Ủy viên thứ hai", MemberRole.UY_VIEN));
        members.add(member(hd, "Trưởng phòng Thi đua", MemberRole.UY_VIEN_THU_KY));
        meeting = council.meetings().saveMeeting(new Meeting(0, hd.id(), LocalDate.of(2026, 12, 10), null, "Phòng họp tầng 3",
                SessionKind.XET_KHEN_THUONG, "Xét khen thưởng năm 2026", members.get(0).id(), members.get(4).id()));
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

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportsTheMeetingPackIntoTheChosenFolder(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        CouncilViewFxTest.openMeeting(robot, meeting.id());
        FxTestSupport.awaitIdle(ui);

        // cancelled chooser: nothing happens
        robot.clickOn("#meetingPackButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(List.of(), dialogs.infos);

        Path folder = Files.createTempDirectory("tdkt-pack-fx").resolve("bo-ho-so");
        dialogs.folder = folder;
        robot.clickOn("#meetingPackButton");
        FxTestSupport.awaitIdle(ui);

        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("00-muc-luc.docx", "01-01-to-trinh-cstdcs.docx", "01-02-to-trinh-cstd-tinh.docx",
                "02-001-bao-cao-thanh-tich-cstdcs-cb01.docx", "02-002-bao-cao-thanh-tich-cstd-tinh-cb02.docx",
                "03-phieu-bau.docx", "05-bien-ban-hop.docx"), files(folder));
        assertEquals(List.of("Đã ghi 7 tệp (kể cả mục lục) vào thư mục:\n" + folder.toAbsolutePath()), dialogs.infos);
        try (InputStream in = Files.newInputStream(folder.resolve("00-muc-luc.docx"));
             XWPFDocument doc = new XWPFDocument(in); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String index = x.getText();
            assertTrue(index.contains("MỤC LỤC"), index);
            assertTrue(index.contains("Số, ký hiệu") && index.contains("Trích yếu") && index.contains("Số trang"), index);
        }
    }
}
