package vn.tdkt.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
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
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The generated components and the public-notice date on a dossier's page, headless, on a data folder: "Tạo văn bản"
 * writes the Tờ trình (stored with the dossier, present in the checklist, a Word file with its title and the
 * subjects) and the Báo cáo thành tích of two people (one .docx each in a zip); saving the notice date clears the
 * "chưa công khai" finding.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DossierDocumentsFxTest {

    /** Errors recorded instead of shown. */
    private static final class RecordingDialogs extends DialogService {
        private final List<String> errors = new ArrayList<>();

        RecordingDialogs(Messages messages) {
            super(messages);
        }

        @Override
        public void error(Throwable error) {
            errors.add(error.getMessage());
        }
    }

    private AppContext ctx;
    private Ui ui;
    private RecordingDialogs dialogs;
    private MainWindow window;
    private Dossier dossier;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("tdkt-dossier-docs-fx");
        ctx = new AppContext(Database.open(dir.resolve("data")));
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        Person an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vp.id(), LocalDate.of(2010, 1, 1), null));
        Person binh = ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9),
                null, "Chuyên viên", vp.id(), LocalDate.of(2012, 1, 1), null));
        ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
                LocalDate.of(2024, 1, 5), "Ủy ban nhân dân tỉnh Hưng Yên"));
        dossier = ctx.dossiers().save(Dossier.draft("CSTDCS", "GIAM_DOC_SO", LocalDate.now().getYear(), null, vp.id(),
                Procedure.THUONG, null, null), "thuky");
        ctx.dossiers().addSubject(dossier.id(), DossierSubject.person(an.id()));
        ctx.dossiers().addSubject(dossier.id(), DossierSubject.person(binh.id()));

        Messages messages = Messages.of("vi");
        dialogs = new RecordingDialogs(messages);
        dialogs.setOwner(stage);
        ui = new Ui(messages, dialogs, new TaskRunner());
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.DOSSIERS);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private void openDossier(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<DossiersView.Row> table =
                    robot.lookup("#dossierTable").queryAs(javafx.scene.control.TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.dossier().id() == dossier.id())
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#openDossierButton");
        FxTestSupport.awaitIdle(ui);
    }

    private static ComponentStatus row(TableView<ComponentStatus> checklist, String code) {
        return checklist.getItems().stream().filter(cs -> cs.item().component().code().equals(code)).findFirst().orElseThrow();
    }

    private void generate(FxRobot robot, TableView<ComponentStatus> checklist, String code) {
        robot.interact(() -> checklist.getSelectionModel().select(row(checklist, code)));
        robot.clickOn("#generateButton");
        FxTestSupport.awaitIdle(ui);
    }

    private static List<String> findings(FxRobot robot) {
        return robot.lookup("#checksBox").queryAs(VBox.class).getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String text(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void generatesTheProposalAndTheReportsIntoTheDossier(FxRobot robot) throws IOException {
        openDossier(robot);
        TableView<ComponentStatus> checklist = robot.lookup("#checklistTable").queryTableView();
        assertFalse(row(checklist, "TO_TRINH").present());
        robot.interact(() -> checklist.getSelectionModel().select(row(checklist, "XN_HTXSNV")));
        assertTrue(robot.lookup("#generateButton").queryButton().isDisabled(), "attached-only components are not written");

        generate(robot, checklist, "TO_TRINH");
        assertEquals(List.of(), dialogs.errors);
        ComponentStatus toTrinh = row(checklist, "TO_TRINH");
        assertTrue(toTrinh.present());
        Attachment stored = toTrinh.files().get(0);
        assertTrue(stored.generated());
        assertTrue(stored.originalName().startsWith("to-trinh-") && stored.originalName().endsWith(".docx"),
                stored.originalName());
        String proposal;
        try (InputStream in = Files.newInputStream(ctx.dossierAttachments().file(stored))) {
            proposal = text(in);
        }
        assertTrue(proposal.contains("TỜ TRÌNH"), proposal);
        assertTrue(proposal.contains("VĂN PHÒNG SỞ"), "the proposing unit issues it: " + proposal);
        assertTrue(proposal.contains("Giám đốc Sở"), "addressed to the deciding level: " + proposal);
        assertTrue(proposal.contains("Nguyễn Văn An") && proposal.contains("Trần Thị Bình"), proposal);
        assertTrue(proposal.contains("Hưng Yên"), "the place of the council's authority: " + proposal);
        String result = robot.lookup("#generatedResult").queryAs(Label.class).getText();
        assertTrue(result.startsWith("Đã tạo «") && result.contains(stored.originalName()), result);
        assertTrue(result.contains("Kết quả xét của hệ thống"), "the engine's finding is shown beside the file: " + result);
        assertFalse(proposal.contains("Kết quả xét"), "and never printed in the text: " + proposal);

        // generated again: the new copy replaces the old one
        generate(robot, checklist, "TO_TRINH");
        assertEquals(1, row(checklist, "TO_TRINH").files().size());

        generate(robot, checklist, "BCTT");
        assertEquals(List.of(), dialogs.errors);
        ComponentStatus reports = row(checklist, "BCTT");
        assertTrue(reports.present());
        List<String> entries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ctx.dossierAttachments().file(reports.files().get(0))))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                texts.add(text(new java.io.ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        assertEquals(List.of("bao-cao-thanh-tich-cb01.docx", "bao-cao-thanh-tich-cb02.docx"), entries);
        assertTrue(texts.get(0).contains("BÁO CÁO THÀNH TÍCH") && texts.get(0).contains("Nguyễn Văn An"), texts.get(0));
        assertTrue(texts.get(1).contains("Trần Thị Bình"), texts.get(1));

        // the lists sent with the Tờ trình (#13): offered beside it and written from the same button
        generate(robot, checklist, "DS_DE_NGHI");
        generate(robot, checklist, "DS_TRICH_NGANG");
        assertEquals(List.of(), dialogs.errors);
        Attachment list = row(checklist, "DS_DE_NGHI").files().get(0);
        assertTrue(list.originalName().startsWith("danh-sach-de-nghi-khen-thuong-") && list.originalName().endsWith(".xlsx"),
                list.originalName());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(ctx.dossierAttachments().file(list)))) {
            assertEquals("DS_DENGHI_CANHAN", wb.getSheetName(0));
        }
        assertTrue(row(checklist, "DS_TRICH_NGANG").present());
    }

    @Test
    void savingTheNoticeDateClearsTheNoticeFinding(FxRobot robot) {
        openDossier(robot);
        List<String> before = findings(robot);
        assertTrue(before.stream().anyMatch(f -> f.contains("Chưa công khai danh sách đề nghị")), before.toString());

        LocalDate start = LocalDate.now().minusDays(40);
        robot.interact(() -> robot.lookup("#noticeDatePicker").queryAs(DatePicker.class).getEditor()
                .setText(vn.tdkt.common.domain.VnFormat.date(start)));
        robot.clickOn("#saveNoticeButton");
        FxTestSupport.awaitIdle(ui);

        assertEquals(List.of(), dialogs.errors);
        assertEquals(start, ctx.dossiers().find(dossier.id()).orElseThrow().noticeStart());
        List<String> after = findings(robot);
        assertTrue(after.stream().noneMatch(f -> f.contains("công khai danh sách") || f.contains("Thời gian công khai")),
                after.toString());
        assertEquals(start, robot.lookup("#noticeDatePicker").queryAs(DatePicker.class).getValue());

        // a date that cannot be read: a Vietnamese error, nothing changed
        robot.interact(() -> robot.lookup("#noticeDatePicker").queryAs(DatePicker.class).getEditor().setText("31/02/20x"));
        robot.clickOn("#saveNoticeButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(List.of("Ngày bắt đầu công khai \"31/02/20x\" không đúng dạng dd/MM/yyyy."), dialogs.errors);
        assertEquals(start, ctx.dossiers().find(dossier.id()).orElseThrow().noticeStart());
    }
}
