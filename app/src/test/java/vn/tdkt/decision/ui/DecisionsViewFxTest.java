package vn.tdkt.decision.ui;

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
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.LegalBasis;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.RegisterEntry;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The decision screen, headless: a decision with two people and a unit drawn up in the dialog (money computed live,
 * by date), an invalid number refused with the dialog kept open, the saved decision in the register, its award list
 * exported; a line revoked and shown struck.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class DecisionsViewFxTest {

    private static final String AUTHORITY = "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên";

    /** The save file chooser replaced by the file the test picks. */
    private static final class PickingDialogs extends DialogService {
        private Path next;

        PickingDialogs(Messages messages) {
            super(messages);
        }

        @Override
        public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
            return Optional.ofNullable(next);
        }
    }

    private AppContext ctx;
    private Ui ui;
    private PickingDialogs dialogs;
    private Stage stage;
    private MainWindow window;
    private Path dir;
    private Person an;
    private Person binh;
    private Unit vanPhong;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("tdkt-decision-fx");
        ctx = new AppContext(Database.inMemory());
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vanPhong = ctx.org().saveUnit(new Unit(0, "SNV-VP", "Văn phòng Sở", so.id(), null));
        ctx.org().saveUnit(new Unit(0, "SNV-TDKT", "Phòng Thi đua, khen thưởng", so.id(), null));
        an = ctx.people().save(person("CB001", "Nguyễn Văn An", "Phó Giám đốc Sở", so.id()));
        binh = ctx.people().save(person("CB002", "Trần Thị Bình", "Chuyên viên", vanPhong.id()));
        ctx.people().save(person("CB003", "Nguyễn Văn Bảo", "Chuyên viên", vanPhong.id()));
        // a decision known only from the imported award history
        ctx.records().addAward(new Award(0, binh.id(), null, "CSTDCS", AwardFormType.CONG_TRANG, 2024, 2024, "88/QĐ-SNV",
                LocalDate.of(2025, 1, 10), "Giám đốc Sở Nội vụ"));
        Messages messages = Messages.of("vi");
        dialogs = new PickingDialogs(messages);
        dialogs.setOwner(stage);
        ui = new Ui(messages, dialogs, new TaskRunner());
        window = FxTestSupport.mainWindow(stage, ctx, ui, 760, MainWindow.Page.DECISIONS);
    }

    private static Person person(String code, String name, String position, long unitId) {
        return new Person(0, code, name, code.endsWith("2") ? Gender.FEMALE : Gender.MALE, LocalDate.of(1980, 5, 12), null,
                position, unitId, LocalDate.of(2010, 1, 1), null);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    /** The register rows on display, found by the table's id. */
    private static List<RegisterEntry> entries(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<DecisionsView.Row> table = find(robot, "#decisionTable", TableView.class);
        return table.getItems().stream().map(DecisionsView.Row::entry).toList();
    }

    /** Selects the register row of the number and opens it with the "Xem" button. */
    private void open(FxRobot robot, String decisionNo) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<DecisionsView.Row> table = find(robot, "#decisionTable", TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.entry().decisionNo().equals(decisionNo))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#viewDecisionButton");
        FxTestSupport.awaitIdle(ui);
    }

    private static <T extends javafx.scene.Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    private void setDate(FxRobot robot, String text) {
        robot.interact(() -> {
            DatePicker d = find(robot, "#decisionDatePicker", DatePicker.class);
            d.getEditor().setText(text);
            d.setValue(VnFormat.parseDate(text).orElseThrow());
        });
        FxTestSupport.awaitIdle(ui);
    }

    /** Picks a person (or a unit) found by a query without diacritics and adds it with the default kind. */
    private void addPicked(FxRobot robot, String listId, String searchId, String query) {
        robot.interact(() -> find(robot, searchId, TextField.class).setText(query));
        robot.interact(() -> {
            ListView<?> list = find(robot, listId, ListView.class);
            assertEquals(1, list.getItems().size(), query + " → " + list.getItems());
            list.getSelectionModel().select(0);
        });
        robot.clickOn("#addRecipientButton");
        FxTestSupport.awaitIdle(ui);
    }

    private String problems(FxRobot robot) {
        return find(robot, "#formProblems", Label.class).getText();
    }

    @Test
    void aDecisionDrawnUpInTheDialogIsPricedLiveSavedListedAndExported(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        assertEquals(List.of("88/QĐ-SNV"), entries(robot).stream().map(RegisterEntry::decisionNo).toList());
        assertFalse(entries(robot).get(0).recorded());

        robot.clickOn("#newDecisionButton");
        FxTestSupport.awaitIdle(ui);
        Window dialog = robot.window("Lập quyết định khen thưởng");
        robot.interact(() -> {
            find(robot, "#decisionNoField", TextField.class).setText("125-QD");
            find(robot, "#issuerField", TextArea.class).setText("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN");
            find(robot, "#placeField", TextField.class).setText("Hưng Yên");
            find(robot, "#authorityField", TextField.class).setText(AUTHORITY);
            find(robot, "#subjectField", TextField.class).setText("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
            find(robot, "#signerForField", TextField.class).setText("Chủ tịch");
            find(robot, "#signerPositionField", TextField.class).setText("Phó Chủ tịch");
            find(robot, "#signerNameField", TextField.class).setText("Nguyễn Hùng Nam");
            find(robot, "#executorsField", TextField.class).setText("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ");
            @SuppressWarnings("unchecked")
            Spinner<Integer> from = find(robot, "#yearFromSpinner", Spinner.class);
            from.getValueFactory().setValue(2025);
            @SuppressWarnings("unchecked")
            Spinner<Integer> to = find(robot, "#yearToSpinner", Spinner.class);
            to.getValueFactory().setValue(2025);
        });
        setDate(robot, "15/01/2026");
        @SuppressWarnings("unchecked")
        ListView<String> basis = find(robot, "#legalBasisList", ListView.class);
        assertTrue(basis.getItems().stream().anyMatch(l -> l.contains("152/2025/NĐ-CP")), basis.getItems().toString());

        FxTestSupport.snapshot(dialog.getScene(), "lap-quyet-dinh-thong-tin.png");
        robot.interact(() -> find(robot, "#decisionTabs", TabPane.class).getSelectionModel().select(1));
        addPicked(robot, "#personList", "#personSearch", "nguyen van an");
        addPicked(robot, "#personList", "#personSearch", "tran thi binh");
        robot.interact(() -> find(robot, "#pickers", TabPane.class).getSelectionModel().select(1));
        addPicked(robot, "#unitList", "#unitSearch", "van phong");

        @SuppressWarnings("unchecked")
        TableView<DecisionDialogModel.Line> lines = find(robot, "#draftTable", TableView.class);
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Văn phòng Sở"),
                lines.getItems().stream().map(DecisionDialogModel.Line::name).toList());
        List<RecipientDraft> drafts = List.of(RecipientDraft.person(an.id(), "BK_TINH"), RecipientDraft.person(binh.id(), "BK_TINH"),
                RecipientDraft.unit(vanPhong.id(), "BK_TINH"));
        long serviceTotal = total(ctx.decisions().drafting().preview(new DecisionDraft(info(LocalDate.of(2026, 1, 15)), drafts)));
        assertEquals(3_510_000 * 2 + 7_020_000, serviceTotal);
        assertEquals("Tổng cộng 3 người nhận, tiền thưởng " + VnFormat.money(serviceTotal), totalText(robot));
        Payment first = lines.getItems().get(0).paymentProperty().get();
        assertEquals(3_510_000, first.amount());
        assertTrue(first.explanation().startsWith("1,5 × 2.340.000 = 3.510.000 đ"), first.explanation());
        FxTestSupport.snapshot(dialog.getScene(), "lap-quyet-dinh.png");

        // the base salary of 01/07/2026 (2.530.000 đ) raises every line; back to January for the saved decision
        setDate(robot, "01/07/2026");
        assertEquals(3_800_000, lines.getItems().get(0).paymentProperty().get().amount());
        long july = total(ctx.decisions().drafting().preview(new DecisionDraft(info(LocalDate.of(2026, 7, 1)), drafts)));
        assertEquals(3_800_000 * 2 + 7_590_000, july);
        assertEquals("Tổng cộng 3 người nhận, tiền thưởng " + VnFormat.money(july), totalText(robot));
        setDate(robot, "15/01/2026");
        assertEquals("Tổng cộng 3 người nhận, tiền thưởng 14.040.000 đ", totalText(robot));

        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(dialog.isShowing(), "an invalid number keeps the dialog open");
        assertTrue(problems(robot).contains("Số quyết định: \"125-QD\" không đúng dạng số/ký hiệu, ví dụ 125/QĐ-UBND"),
                problems(robot));
        assertTrue(find(robot, "#decisionNoField", TextField.class).getStyleClass().contains("field-error"));
        assertEquals(1, ctx.decisions().reports().register().size(), "nothing saved");

        robot.interact(() -> find(robot, "#decisionNoField", TextField.class).setText("125/QĐ-UBND"));
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertFalse(dialog.isShowing(), "the dialog closed after saving");

        RegisterEntry saved = entries(robot).get(0);
        assertEquals("125/QĐ-UBND", saved.decisionNo());
        assertEquals(LocalDate.of(2026, 1, 15), saved.decisionDate());
        assertEquals(3, saved.recipients());
        assertEquals(serviceTotal, saved.total());
        assertEquals(List.of("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), saved.kindNames());
        Decision recorded = ctx.decisions().drafting().find("125/QĐ-UBND", null).orElseThrow();
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), recorded.info().signerTitle());
        assertEquals(serviceTotal, recorded.total());
        assertTrue(find(robot, "#decisionsResult", Label.class).getText().contains("14.040.000 đ"));

        // diacritic-insensitive filter
        robot.interact(() -> find(robot, "#decisionSearch", TextField.class).setText("qd-ubnd bang khen"));
        assertEquals(List.of("125/QĐ-UBND"), entries(robot).stream().map(RegisterEntry::decisionNo).toList());
        robot.interact(() -> find(robot, "#decisionSearch", TextField.class).clear());
        assertEquals(2, entries(robot).size());
        FxTestSupport.snapshot(stage.getScene(), "quyet-dinh.png");

        open(robot, saved.decisionNo());
        assertEquals("Quyết định số 125/QĐ-UBND ngày 15/01/2026", find(robot, "#decisionTitle", Label.class).getText());
        Path xlsx = dir.resolve("danh-sach.xlsx");
        dialogs.next = xlsx;
        robot.clickOn("#exportAwardListButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Đã ghi tệp " + xlsx.toAbsolutePath(), find(robot, "#decisionResult", Label.class).getText());
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            List<String> names = new ArrayList<>();
            long sum = 0;
            for (int r = 7; r < 10; r++) {
                Row row = s.getRow(r);
                names.add(row.getCell(1).getStringCellValue());
                sum += (long) row.getCell(5).getNumericCellValue();
            }
            assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Văn phòng Sở"), names);
            assertEquals(serviceTotal, sum);
        }
        FxTestSupport.snapshot(stage.getScene(), "quyet-dinh-chi-tiet.png");
    }

    @Test
    void aRevokedLineIsMarkedAndEarnsNothing(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        Decision d = ctx.decisions().drafting().record(new DecisionDraft(info(LocalDate.of(2026, 1, 15)),
                List.of(RecipientDraft.person(an.id(), "BK_TINH"), RecipientDraft.person(binh.id(), "BK_TINH"))));
        robot.clickOn("#navDecisions"); // the page reloads each time it is shown
        FxTestSupport.awaitIdle(ui);
        open(robot, "125/QĐ-UBND");
        @SuppressWarnings("unchecked")
        TableView<DecisionPage.Line> table = find(robot, "#recipientTable", TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));

        robot.clickOn("#revokeButton");
        Window dialog = robot.window("Thu hồi khen thưởng theo Quyết định số 125/QĐ-UBND");
        assertFalse(find(robot, "#revokeWholeCheck", CheckBox.class).isSelected(), "the selected line, not the whole decision");
        robot.interact(() -> {
            find(robot, "#revocationNoField", TextField.class).setText("15/QĐ-UBND");
            DatePicker date = find(robot, "#revocationDatePicker", DatePicker.class);
            date.setValue(LocalDate.of(2026, 3, 2));
            find(robot, "#revocationReasonField", TextArea.class).setText("Khai man thành tích");
        });
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertFalse(dialog.isShowing());

        List<DecisionPage.Line> lines = List.copyOf(table.getItems());
        assertFalse(lines.get(0).row().revoked());
        assertTrue(lines.get(1).row().revoked());
        assertEquals(0, lines.get(1).row().amount());
        assertTrue(lines.get(1).row().kindName().contains("đã thu hồi theo Quyết định số 15/QĐ-UBND ngày 02/03/2026"));
        assertTrue(ctx.decisions().revocation().isRevoked(d.recipients().get(1).awardId()));
        assertTrue(robot.lookup(".revoked").tryQuery().isPresent(), "the revoked line is marked in the table");
        assertEquals("Tổng cộng 2 dòng; tiền thưởng phải chi 3.510.000 đ; đã thu hồi 1 dòng.",
                find(robot, "#decisionPageTotal", Label.class).getText());
        FxTestSupport.snapshot(stage.getScene(), "quyet-dinh-thu-hoi.png");
    }

    private String totalText(FxRobot robot) {
        return find(robot, "#draftTotal", Label.class).getText();
    }

    private static long total(List<Payment> payments) {
        return payments.stream().mapToLong(Payment::amount).sum();
    }

    private static DecisionInfo info(LocalDate date) {
        return new DecisionInfo("125/QĐ-UBND", date, null, "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", "Hưng Yên",
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AUTHORITY, List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "Nguyễn Hùng Nam", AwardFormType.CONG_TRANG, 2025, 2025, LegalBasis.defaults(vn.tdkt.regime.Regimes.catalog(), date),
                "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025", "Giám đốc Sở Nội vụ", LegalBasis.copyTo());
    }
}
