package vn.tdkt.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.AppContext;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The dossiers screen, headless, on a data folder (files are stored there): create a CSTĐCS dossier for two people
 * found without diacritics, see it listed as a draft, open it, see the missing components and the blocking findings
 * (the review engine's reasons included), attach a PDF and see the component present; a text file is refused.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DossiersViewFxTest {

    /** The file chooser replaced by the file the test picks; errors recorded instead of shown. */
    private static final class PickingDialogs extends DialogService {
        private Path next;
        private final List<String> errors = new ArrayList<>();

        PickingDialogs(Messages messages) {
            super(messages);
        }

        @Override
        public Optional<Path> chooseOpen(String title, String filterName, String... patterns) {
            return Optional.ofNullable(next);
        }

        @Override
        public void error(Throwable error) {
            errors.add(error.getMessage());
        }
    }

    private AppContext ctx;
    private Ui ui;
    private PickingDialogs dialogs;
    private Stage stage;
    private Path dir;
    private MainWindow window;
    private Unit vanPhong;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("tdkt-dossier-fx");
        ctx = new AppContext(Database.open(dir.resolve("data")));
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        vanPhong = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn Ánh", "Lê Thị Bình"};
        for (int i = 0; i < names.length; i++) {
            ctx.people().save(new Person(0, "CB0" + (i + 1), names[i], i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    LocalDate.of(1980 + i, 3, 15), null, "Chuyên viên", vanPhong.id(), LocalDate.of(2012, 1, 1), null));
        }
        Messages messages = Messages.of("vi");
        dialogs = new PickingDialogs(messages);
        dialogs.setOwner(stage);
        ui = new Ui(messages, dialogs, new TaskRunner());
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.DOSSIERS);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** Types a query without diacritics, checks the matches, picks the first and adds it. */
    private void addPerson(FxRobot robot, String query, List<String> expected) {
        robot.interact(() -> robot.lookup("#subjectSearchField").queryAs(TextField.class).clear());
        robot.clickOn("#subjectSearchField").write(query);
        @SuppressWarnings("unchecked")
        ListView<DossierDialogModel.Pick> matches = robot.lookup("#subjectMatches").queryAs(ListView.class);
        assertEquals(expected, matches.getItems().stream().map(String::valueOf).toList());
        robot.interact(() -> matches.getSelectionModel().select(0));
        robot.clickOn("#addSubjectButton");
    }

    private List<String> findings(FxRobot robot) {
        return robot.lookup("#checksBox").queryAs(VBox.class).getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private ComponentStatus row(TableView<ComponentStatus> checklist, String code) {
        return checklist.getItems().stream().filter(cs -> cs.item().component().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void createADossierForTwoPeopleOpenItAndAttachAFile(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        TableView<DossiersView.Row> table = robot.lookup("#dossierTable").queryTableView();
        assertTrue(table.getItems().isEmpty());

        robot.clickOn("#createDossierButton");
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            ComboBox<AwardKind> award = combo(robot, "#awardCombo");
            award.setValue(award.getItems().stream().filter(k -> k.code().equals("CSTDCS")).findFirst().orElseThrow());
            ComboBox<DecidingLevel> level = combo(robot, "#levelCombo");
            level.setValue(level.getItems().stream().filter(l -> l.code().equals("GIAM_DOC_SO")).findFirst().orElseThrow());
            ComboBox<Unit> unit = combo(robot, "#proposingUnitCombo");
            unit.setValue(unit.getItems().stream().filter(u -> u.id() == vanPhong.id()).findFirst().orElseThrow());
        });
        addPerson(robot, "nguyen van an", List.of("Nguyễn Văn An — CB01 — Văn phòng Sở", "Nguyễn Văn Ánh — CB03 — Văn phòng Sở"));
        addPerson(robot, "tran thi binh", List.of("Trần Thị Bình — CB02 — Văn phòng Sở"));
        @SuppressWarnings("unchecked")
        ListView<DossierDialogModel.Pick> chosen = robot.lookup("#chosenSubjects").queryAs(ListView.class);
        assertEquals(2, chosen.getItems().size());
        FxTestSupport.snapshot(robot.window("Tạo hồ sơ đề nghị khen thưởng").getScene(), "dossier-create.png");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);

        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, table.getItems().size());
        DossiersView.Row listed = table.getItems().get(0);
        assertEquals(DossierStatus.DU_THAO, listed.dossier().status());
        assertEquals("Chiến sĩ thi đua cơ sở", listed.awardName());
        assertEquals(2, listed.subjects());
        assertEquals("Giám đốc Sở", listed.levelName());
        assertEquals(LocalDate.now().getYear() - 1, listed.dossier().achievementYear(), "the review's year by default");
        Dossier stored = ctx.dossiers().list(DossierFilter.all()).get(0);
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"),
                ctx.dossiers().subjects(stored.id()).stream().map(SubjectView::name).toList());
        assertEquals("Có 1 hồ sơ", robot.lookup("#dossierCount").queryAs(Label.class).getText());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#openDossierButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Hồ sơ " + stored.code() + " — Chiến sĩ thi đua cơ sở",
                robot.lookup("#dossierTitle").queryAs(Label.class).getText());
        assertEquals("Dự thảo", robot.lookup("#dossierStatus").queryAs(Label.class).getText());
        assertEquals(2, robot.lookup("#subjectTable").queryTableView().getItems().size());
        TableView<ComponentStatus> checklist = robot.lookup("#checklistTable").queryTableView();
        ComponentStatus toTrinh = row(checklist, "TO_TRINH");
        assertTrue(toTrinh.item().required() && !toTrinh.present());
        assertTrue(row(checklist, "BCTT").item().required());
        assertFalse(row(checklist, "XN_HTXSNV").present());
        List<String> before = findings(robot);
        assertTrue(before.contains("Chặn: Thiếu thành phần hồ sơ: Tờ trình đề nghị khen thưởng (kèm danh sách) "
                + "(chưa lập bằng phần mềm hoặc đính kèm)."), before.toString());
        assertTrue(before.stream().anyMatch(f -> f.startsWith("Chặn: Thiếu một trong các thành phần hồ sơ")), before.toString());
        assertTrue(before.stream().anyMatch(f -> f.startsWith("Chặn: Nguyễn Văn An: ")), "the engine's reason: " + before);
        Node blocking = robot.lookup("#checksBox").queryAs(VBox.class).getChildren().get(0);
        assertTrue(blocking.getStyleClass().contains("error-text"), "blocking findings are red");
        assertEquals(List.of("move_DU_HO_SO"), robot.lookup("#statusButtons").queryAs(javafx.scene.layout.HBox.class)
                .getChildren().stream().map(Node::getId).toList());

        // a file of a refused type: a Vietnamese error, nothing stored
        robot.interact(() -> checklist.getSelectionModel().select(row(checklist, "XN_HTXSNV")));
        dialogs.next = Files.writeString(dir.resolve("ghi-chu.txt"), "không phải PDF", StandardCharsets.UTF_8);
        robot.clickOn("#attachButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Tệp \"ghi-chu.txt\" không thuộc loại được nhận"), dialogs.errors.get(0));
        assertFalse(row(checklist, "XN_HTXSNV").present());

        dialogs.next = Files.write(dir.resolve("xac-nhan-htxsnv.pdf"),
                "%PDF-1.7\nXác nhận hoàn thành xuất sắc nhiệm vụ\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        robot.clickOn("#attachButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        ComponentStatus attached = row(checklist, "XN_HTXSNV");
        assertTrue(attached.present());
        assertEquals("xac-nhan-htxsnv.pdf", attached.files().get(0).originalName());
        assertTrue(findings(robot).stream().noneMatch(f -> f.contains("Thiếu một trong các thành phần hồ sơ")),
                findings(robot).toString());
        assertEquals(1, ctx.dossierAttachments().checklist(stored.id()).stream().filter(ComponentStatus::present).count());
        FxTestSupport.snapshot(stage.getScene(), "ho-so-de-nghi.png");
    }
}
