package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Progress;
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

/**
 * English mode in the dialogs and the inner pages the main screens open (issue #7, "Complete English"): the person
 * form, the dossier dialog, the decision dialog, a meeting with its attendance, agenda and tally tabs, the
 * parameter override dialog of the parameters screen, the import screen after a refused file, and the start screen,
 * each scanned with {@link EnglishScreensFxTest#scan} (labels, prompts, tooltips, tabs, columns, menus; not data).
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class EnglishDialogsFxTest {

    /** The file chooser replaced by the file the test picks. */
    private static final class PickingDialogs extends DialogService {
        private Path next;

        PickingDialogs(Messages messages) {
            super(messages);
        }

        @Override
        public Optional<Path> chooseOpen(String title, String filterName, String... patterns) {
            return Optional.ofNullable(next);
        }
    }

    private final Locale before = Locale.getDefault();
    private AppContext ctx;
    private Ui ui;
    private PickingDialogs dialogs;
    private Stage stage;
    private MainWindow window;
    private long meetingId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Locale.setDefault(Locale.ENGLISH); // as the language switch does: JavaFX's own controls follow it
        ctx = AppContext.inMemory();
        ctx.workbook().importFile(SampleData.locate().orElseThrow(), Progress.NONE);
        meetingId = seedMeeting();
        Messages messages = Messages.of("en");
        dialogs = new PickingDialogs(messages);
        dialogs.setOwner(stage);
        ui = new Ui(messages, dialogs, new TaskRunner());
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.HOME);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ui.tasks().close();
        ctx.close();
        Locale.setDefault(before);
    }

    /** A council of three and one meeting with a candidate of the sample data. */
    private long seedMeeting() {
        Council hd = ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
                LocalDate.of(2024, 1, 5), "Sở Nội vụ tỉnh Hưng Yên"));
        List<CouncilMember> members = new ArrayList<>();
        for (MemberRole role : List.of(MemberRole.CHU_TICH, MemberRole.UY_VIEN, MemberRole.UY_VIEN_THU_KY)) {
            members.add(ctx.council().admin().saveMember(new CouncilMember(0, hd.id(), "Thành viên " + role.ordinal(),
                    "Chức vụ", role, LocalDate.of(2024, 1, 5), null)));
        }
        Meeting m = ctx.council().meetings().saveMeeting(new Meeting(0, hd.id(), LocalDate.of(2026, 1, 20), null,
                "Phòng họp tầng 3", SessionKind.XET_KHEN_THUONG, "Xét khen thưởng năm 2025", members.get(0).id(),
                members.get(2).id()));
        String code = ctx.people().index().all().get(0).person().code();
        ctx.council().meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, code, null);
        return m.id();
    }

    @Test
    void everyDialogAndInnerPageIsEnglish(FxRobot robot) {
        Map<String, List<String>> findings = new LinkedHashMap<>();
        FxTestSupport.awaitIdle(ui);
        findings.put("start screen", scanMain());

        show(robot, MainWindow.Page.PEOPLE);
        findings.put("person form", dialog(robot, "#addButton"));
        long personId = ctx.people().index().all().get(0).person().id();
        robot.interact(() -> window.showPerson(personId));
        FxTestSupport.awaitIdle(ui);
        findings.put("person page", scanMain());

        show(robot, MainWindow.Page.DOSSIERS);
        findings.put("dossier dialog", dialog(robot, "#createDossierButton"));

        show(robot, MainWindow.Page.DECISIONS);
        findings.put("decision dialog", dialog(robot, "#newDecisionButton"));

        show(robot, MainWindow.Page.COUNCIL);
        robot.interact(() -> robot.lookup("#councilTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> {
            TableView<Meeting> meetings = robot.lookup("#meetingTable").queryTableView();
            meetings.getSelectionModel().select(meetings.getItems().stream().filter(x -> x.id() == meetingId)
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#openMeetingButton");
        FxTestSupport.awaitIdle(ui);
        List<String> meeting = new ArrayList<>();
        for (int tab = 0; tab < 3; tab++) {
            int t = tab;
            robot.interact(() -> robot.lookup("#meetingTabs").queryAs(TabPane.class).getSelectionModel().select(t));
            FxTestSupport.awaitIdle(ui);
            meeting.addAll(scanMain());
        }
        FxTestSupport.snapshot(stage.getScene(), "english-meeting-tally.png");
        findings.put("meeting, attendance / agenda / tally", meeting);

        show(robot, MainWindow.Page.REVIEW_SETTINGS);
        robot.interact(() -> robot.lookup("#paramsTable").queryTableView().getSelectionModel().select(0));
        findings.put("parameter override dialog", dialog(robot, "#overrideButton"));

        show(robot, MainWindow.Page.IMPORT);
        dialogs.next = Path.of("src/test/resources/workbook/bad/bad-dates.xlsx");
        robot.clickOn("#chooseFileButton");
        FxTestSupport.awaitIdle(ui);
        String status = robot.lookup("#importStatus").queryLabeled().getText();
        findings.put("import screen after a refused file", scanMain());
        FxTestSupport.snapshot(stage.getScene(), "english-import-refused.png");

        findings.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), findings, "Vietnamese labels in English mode");
        assertTrue(status != null && !status.isBlank(), "the import reported its check");
    }

    private void show(FxRobot robot, MainWindow.Page page) {
        robot.interact(() -> window.show(page));
        FxTestSupport.awaitIdle(ui);
    }

    private List<String> scanMain() {
        return scanRoot(stage);
    }

    private static List<String> scanRoot(Window w) {
        List<String> found = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> EnglishScreensFxTest.scan(w.getScene().getRoot(), "", found)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return found;
    }

    /** Clicks the button, waits for the dialog it opens, scans it, then cancels it. */
    private List<String> dialog(FxRobot robot, String button) {
        robot.clickOn(button);
        Window w;
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                    .anyMatch(x -> x != stage && x instanceof Stage && x.isShowing()));
        } catch (TimeoutException e) {
            throw new AssertionError(button + " opened no dialog", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        w = robot.listWindows().stream().filter(x -> x != stage && x instanceof Stage && x.isShowing()).findFirst().orElseThrow();
        List<String> found = scanRoot(w);
        String title = ((Stage) w).getTitle();
        if (title != null && EnglishScreensFxTest.VIETNAMESE.matcher(title).find()) {
            found.add("title: " + title);
        }
        FxTestSupport.snapshot(w.getScene(), "english-dialog-" + button.substring(1) + ".png");
        robot.interact(() -> {
            Optional<Button> cancel = w.getScene().getRoot().lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && ButtonBar.getButtonData(b) == ButtonBar.ButtonData.CANCEL_CLOSE)
                    .map(n -> (Button) n).findFirst();
            if (cancel.isPresent()) {
                cancel.get().fire();
            } else {
                w.hide();
            }
        });
        FxTestSupport.awaitIdle(ui);
        return found;
    }
}
