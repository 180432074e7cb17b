package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
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
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.Wording;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleParam;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The parameters screen, headless: the regime in force on 31/12/2025, a province override of the LĐTT months for
 * new staff refused without a reason and with a value that is no number, then saved and audited; the review
 * afterwards applies it (a person hired on 01/06/2025 is no longer eligible for LĐTT).
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ReviewSettingsViewFxTest {

    private static final LocalDate REVIEW = LocalDate.of(2025, 12, 31);
    /** The account the window records changes under. */
    private static final String USER = System.getProperty("user.name");
    private static final String REASON = "Quyết định số 15/2025/QĐ-UBND ngày 20/06/2025 của UBND tỉnh";

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Person lan = ctx.people().save(new Person(0, "CB001", "Ngô Thị Lan", Gender.FEMALE, LocalDate.of(1998, 4, 2),
                null, "Chuyên viên", so.id(), LocalDate.of(2025, 6, 1), null));
        Person tu = ctx.people().save(new Person(0, "CB002", "Nguyễn Văn Tú", Gender.MALE, LocalDate.of(1985, 9, 12),
                null, "Chuyên viên", so.id(), LocalDate.of(2015, 3, 1), null));
        ctx.records().saveRating(new Rating(0, lan.id(), null, 2025, RatingLevel.HTTNV));
        ctx.records().saveRating(new Rating(0, tu.id(), null, 2025, RatingLevel.HTTNV));
        ui = FxTestSupport.ui();
        window = ReviewFxFixture.window(stage, ctx, ui);
        window.show(MainWindow.Page.REVIEW_SETTINGS);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private Assessment ldttOfLan() {
        return ctx.review().review(2025, REVIEW, Progress.NONE).assessments().stream()
                .filter(a -> a.subject().code().equals("CB001") && a.title() == Title.LDTT).findFirst().orElseThrow();
    }

    private static RuleParam param(FxRobot robot, RuleKey key) {
        TableView<RuleParam> params = robot.lookup("#paramsTable").queryTableView();
        return params.getItems().stream().filter(p -> p.key() == key).findFirst().orElseThrow();
    }

    /** The shown window with exactly this title (FxRobot.window takes a regular expression). */
    private static Window awaitWindow(FxRobot robot, String title) {
        Predicate<Window> titled = w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream().anyMatch(titled));
        } catch (TimeoutException e) {
            throw new AssertionError("no window " + title, e);
        }
        return robot.listWindows().stream().filter(titled).findFirst().orElseThrow();
    }

    private static String problems(FxRobot robot) {
        return robot.lookup("#formProblems").queryAs(Label.class).getText();
    }

    @Test
    void anOverrideNeedsAReasonIsAuditedAndChangesTheReview(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> robot.lookup("#settingsDatePicker").queryAs(DatePicker.class).setValue(REVIEW));
        FxTestSupport.awaitIdle(ui);
        assertEquals("Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP — hiệu lực từ 01/07/2025 đến 30/09/2026",
                robot.lookup("#settingsRegime").queryAs(Label.class).getText());
        TableView<RuleParam> params = robot.lookup("#paramsTable").queryTableView();
        assertEquals(RuleKey.values().length, params.getItems().size());
        RuleParam months = param(robot, RuleKey.LDTT_MIN_MONTHS);
        assertEquals("6", months.value());
        assertNull(months.override());
        assertEquals(Verdict.ELIGIBLE, ldttOfLan().verdict(), "7 months in 2025 are enough under the default");

        robot.interact(() -> params.getSelectionModel().select(months));
        robot.clickOn("#overrideButton");
        Window dialog = awaitWindow(robot, "Sửa tham số (ghi đè của tỉnh)");
        robot.clickOn("#valueField").write("tám");
        robot.interact(() -> robot.lookup("#validFromPicker").queryAs(DatePicker.class).getEditor().setText("01/07/2025"));
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(dialog.isShowing(), "no reason: the dialog stays open");
        assertTrue(problems(robot).contains("Lý do (căn cứ quyết định của tỉnh): chưa nhập"), problems(robot));

        robot.clickOn("#reasonField").write(REASON);
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(dialog.isShowing(), "a value that is no number is refused");
        assertTrue(problems(robot).contains("phải là số nguyên"), problems(robot));
        assertTrue(ctx.review().overrides().isEmpty(), "nothing saved");

        robot.interact(() -> robot.lookup("#valueField").queryAs(TextField.class).setText("8"));
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertFalse(dialog.isShowing(), "saved and closed");

        List<ParamOverride> saved = ctx.review().overrides();
        assertEquals(1, saved.size());
        ParamOverride o = saved.get(0);
        assertEquals(List.of(RuleKey.LDTT_MIN_MONTHS, "8", LocalDate.of(2025, 7, 1), REASON, USER),
                List.of(o.key(), o.value(), o.validFrom(), o.reason(), o.changedBy()));
        RuleParam overridden = param(robot, RuleKey.LDTT_MIN_MONTHS);
        assertEquals("8", overridden.value());
        assertEquals(o, overridden.override());
        TableView<ParamOverride> audit = robot.lookup("#overridesTable").queryTableView();
        assertEquals(List.of(o), audit.getItems());
        assertTrue(robot.lookup(".override-mark").queryAll().stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> c
                        && ("Từ 01/07/2025: " + REASON).equals(c.getText())), "the override is marked in the table");
        FxTestSupport.snapshot(stage.getScene(), "tham-so.png");

        // the review afterwards uses the new value, with the province's reference, in the service and on screen
        Assessment after = ldttOfLan();
        assertEquals(Verdict.NOT_ELIGIBLE, after.verdict());
        assertTrue(after.reasons().contains("Công tác từ 8 tháng trở lên trong năm 2025"), after.reasons());
        robot.clickOn("#navReview");
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> year = robot.lookup("#yearSpinner").queryAs(Spinner.class);
            year.getValueFactory().setValue(2025);
        });
        robot.clickOn("#runButton");
        FxTestSupport.awaitIdle(ui);
        ReviewRow lan = ReviewViewFxTest.visibleRows(robot).stream().filter(r -> r.assessment().subject().code().equals("CB001")
                && r.assessment().title() == Title.LDTT).findFirst().orElseThrow();
        assertEquals(Verdict.NOT_ELIGIBLE, lan.assessment().verdict());
        robot.interact(() -> robot.lookup("#reviewTable").<ReviewRow>queryTableView().getSelectionModel().select(lan));
        List<String> texts = robot.lookup("#detailPane").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(texts.contains("✗ Công tác từ 8 tháng trở lên trong năm 2025"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("điều chỉnh của tỉnh từ 01/07/2025: " + REASON)), texts.toString());
    }

    /** The wording of a regime on the same screen (README decision 149): every problem at once, then saved for it alone. */
    @Test
    void theWordingOfARegimeIsEditedWithEveryProblemShownAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#settingsTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        TextArea body = robot.lookup("#wordingTO_TRINH_NOI_DUNG").queryAs(TextArea.class);
        TextArea basis = robot.lookup("#wordingQD_CAN_CU").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !body.getText().isEmpty());
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), body.getText());
        robot.interact(() -> {
            body.setText("{don_vi_trinh} đề nghị tặng {ten_danh_hieu}.");
            basis.setText("");
            robot.lookup("#wordingSave").queryAs(Button.class).fire();
        });
        Label problems = robot.lookup("#wordingProblems").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !problems.getText().isEmpty());
        assertTrue(problems.getText().contains("{ten_danh_hieu}"), problems.getText());
        assertTrue(problems.getText().contains("không được để trống"), problems.getText());
        String edited = "{don_vi_trinh} trân trọng đề nghị {kinh_gui} tặng {danh_hieu} cho {so_luong}.";
        robot.interact(() -> {
            body.setText(edited);
            basis.setText(Wording.QD_CAN_CU.defaultText());
            robot.lookup("#wordingSave").queryAs(Button.class).fire();
        });
        Label status = robot.lookup("#wordingStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Đã lưu mẫu lời văn"));
        assertEquals("", problems.getText());
        RegimeCatalog cat = ctx.catalogue().regimes().catalog();
        assertEquals(edited, cat.wording(cat.on(LocalDate.now()).orElseThrow(), Wording.TO_TRINH_NOI_DUNG));
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), cat.wording(cat.require("LUAT2022_ND98"),
                Wording.TO_TRINH_NOI_DUNG));
    }
}
