package vn.tdkt.people.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/** The people screen, headless: search without diacritics, add with a refused personal ID then a valid one. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class PeopleViewFxTest {

    private static final String[] FAMILIES = {"Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLES = {"Thị", "Đức", "Minh", "Quang", "Văn", "Hữu"};
    private static final String[] GIVEN = {"Hà", "Hùng", "Lan", "Mai", "Sơn", "Tâm", "Thảo", "Yến"};

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private MainWindow window;
    private long unitVanPhong;
    private long personWithHistory;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        seed();
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 760, MainWindow.Page.PEOPLE);
    }

    /** 50 people in three units; exactly three of them are "Nguyễn Văn …"; one has a full history. */
    private void seed() {
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        Unit tccb = ctx.org().saveUnit(new Unit(0, "TCCB", "Phòng Tổ chức cán bộ", so.id(), null));
        unitVanPhong = vp.id();
        List<String> names = new ArrayList<>(List.of("Nguyễn Văn Cường", "Nguyễn Văn An", "Nguyễn Văn Bình",
                "Nguyễn Thị Lan", "Trần Văn Nam"));
        for (int i = 0; names.size() < 50; i++) {
            names.add(FAMILIES[i % FAMILIES.length] + " " + MIDDLES[(i / 3) % MIDDLES.length] + " " + GIVEN[(i / 2) % GIVEN.length]);
        }
        for (int i = 0; i < names.size(); i++) {
            long unit = i % 3 == 0 ? so.id() : i % 3 == 1 ? vp.id() : tccb.id();
            Person p = ctx.people().save(new Person(0, String.format("CB%03d", i + 1), names.get(i),
                    i % 2 == 0 ? Gender.MALE : Gender.FEMALE, LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), null,
                    i % 5 == 0 ? "Trưởng phòng" : "Chuyên viên", unit, LocalDate.of(2010, 1, 1), null));
            if (i == 1) {
                personWithHistory = p.id();
            }
        }
        long id = personWithHistory;
        ctx.records().saveRating(new Rating(0, id, null, 2023, RatingLevel.HTXSNV));
        ctx.records().saveRating(new Rating(0, id, null, 2024, RatingLevel.HTTNV));
        ctx.records().addAward(new Award(0, id, null, "CSTDCS", AwardFormType.CONG_TRANG, 2023, 2023, "125/QĐ-SNV",
                LocalDate.of(2024, 1, 15), "Giám đốc Sở Nội vụ"));
        ctx.records().addAward(new Award(0, id, null, "BK_TINH", AwardFormType.CONG_TRANG, 2022, 2023, "310/QĐ-UBND",
                LocalDate.of(2024, 3, 2), "Chủ tịch UBND tỉnh"));
        ctx.records().addInitiative(new Initiative(0, id, InitiativeKind.SANG_KIEN, "Số hóa hồ sơ thi đua của Sở",
                InitiativeScope.TINH, 2023, "45/QĐ-HĐKH", LocalDate.of(2023, 11, 20)));
        ctx.records().addDiscipline(new Discipline(0, id, DisciplineForm.KHIEN_TRACH, "12/QĐ-SNV",
                LocalDate.of(2021, 5, 10), LocalDate.of(2022, 5, 9)));
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private TableView<PersonRow> table(FxRobot robot) {
        return robot.lookup("#peopleTable").queryTableView();
    }

    private List<String> visibleNames(FxRobot robot) {
        return table(robot).getItems().stream().map(r -> r.person().fullName()).toList();
    }

    private String countText(FxRobot robot) {
        return robot.lookup("#countLabel").queryAs(Label.class).getText();
    }

    @Test
    void searchIgnoresDiacriticsAndClearingShowsEveryone(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        assertEquals(50, table(robot).getItems().size());
        assertEquals("Hiển thị 50 / 50 cán bộ", countText(robot));

        robot.clickOn("#searchField").write("nguyen van");
        assertEquals(List.of("Nguyễn Văn An", "Nguyễn Văn Bình", "Nguyễn Văn Cường"), visibleNames(robot));
        assertEquals("Hiển thị 3 / 50 cán bộ", countText(robot));

        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).clear());
        assertEquals(50, visibleNames(robot).size());

        // unit filter: Văn phòng Sở only (no sub-units)
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<vn.tdkt.common.ui.Choice<Unit>> units = robot.lookup("#unitFilter").queryAs(ComboBox.class);
            units.setValue(units.getItems().stream().filter(c -> c.value() != null && c.value().id() == unitVanPhong)
                    .findFirst().orElseThrow());
        });
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.person().unitId() == unitVanPhong));
        assertEquals("Hiển thị 17 / 50 cán bộ", countText(robot));
    }

    /** Issue #12: a person added under a filter that hides them is said and shown: the filter lifted, the row chosen. */
    @Test
    void aPersonAddedUnderAFilterIsConfirmedAndShown(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#searchField").write("không ai tên thế này");
        assertEquals(List.of(), visibleNames(robot), "the filter hides everyone");
        robot.clickOn("#addButton");
        robot.clickOn("#codeField").write("CB200");
        robot.clickOn("#nameField").write("Trần Thị Mới");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Gender> gender = robot.lookup("#genderChoice").queryAs(ChoiceBox.class);
            gender.setValue(Gender.FEMALE);
            robot.lookup("#birthPicker").queryAs(DatePicker.class).getEditor().setText("15/06/1992");
            @SuppressWarnings("unchecked")
            ComboBox<Unit> unit = robot.lookup("#unitCombo").queryAs(ComboBox.class);
            unit.setValue(unit.getItems().stream().filter(u -> u.id() == unitVanPhong).findFirst().orElseThrow());
        });
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Đã thêm cán bộ Trần Thị Mới (CB200).", robot.lookup("#peopleNotice").queryAs(Label.class).getText());
        assertTrue(visibleNames(robot).contains("Trần Thị Mới"), "the new row shown: " + visibleNames(robot));
        assertEquals("CB200", table(robot).getSelectionModel().getSelectedItem().person().code(), "and chosen");
    }

    @Test
    void addRefusesAnInvalidPersonalIdThenSavesTheCorrectedOne(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#addButton");
        robot.clickOn("#codeField").write("CB100");
        robot.clickOn("#nameField").write("Nguyễn Văn Dũng");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Gender> gender = robot.lookup("#genderChoice").queryAs(ChoiceBox.class);
            gender.setValue(Gender.MALE);
            robot.lookup("#birthPicker").queryAs(DatePicker.class).getEditor().setText("31/12/1990");
            @SuppressWarnings("unchecked")
            ComboBox<Unit> unit = robot.lookup("#unitCombo").queryAs(ComboBox.class);
            unit.setValue(unit.getItems().stream().filter(u -> u.id() == unitVanPhong).findFirst().orElseThrow());
        });
        robot.clickOn("#personalIdField").write("999090123456");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);

        Window dialog = robot.window("Thêm cán bộ");
        assertTrue(dialog.isShowing(), "the dialog stays open");
        String problems = robot.lookup("#formProblems").queryAs(Label.class).getText();
        assertTrue(problems.contains("Số định danh cá nhân") && problems.contains("\"999\" không tồn tại"), problems);
        FxTestSupport.snapshot(dialog.getScene(), "person-editor-error.png");
        assertEquals(50, table(robot).getItems().size(), "nothing saved");

        robot.interact(() -> robot.lookup("#personalIdField").queryAs(TextField.class).clear());
        robot.clickOn("#personalIdField").write("001090123456");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);

        assertFalse(dialog.isShowing(), "the dialog closed after saving");
        assertEquals(51, table(robot).getItems().size());
        robot.clickOn("#searchField").write("dung");
        assertEquals(List.of("Nguyễn Văn Dũng"), visibleNames(robot));
        assertEquals("001090123456", table(robot).getItems().get(0).person().personalId());
        assertEquals(LocalDate.of(1990, 12, 31), ctx.people().index().all().stream()
                .filter(r -> r.person().code().equals("CB100")).findFirst().orElseThrow().person().birthDate());
    }

    @Test
    void personPageShowsTheHistoryByYearAndTheWindowReadsWell(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        Path list = FxTestSupport.snapshot(stage.getScene(), "people-list.png");
        assertTrue(Files.exists(list));

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        assertTrue(robot.lookup("#searchField").query().isFocused(), "Ctrl+F focuses the search field");

        robot.interact(() -> window.showPerson(personWithHistory));
        FxTestSupport.awaitIdle(ui);
        assertEquals("Nguyễn Văn An — CB002", robot.lookup("#personTitle").queryAs(Label.class).getText());
        TableView<HistoryRow> history = robot.lookup("#historyTable").queryTableView();
        List<String> lines = history.getItems().stream().map(r -> r.period() + " " + r.kind() + " " + r.content()).toList();
        assertEquals(List.of(
                "2024 Đánh giá Hoàn thành tốt nhiệm vụ",
                "2023 Đánh giá Hoàn thành xuất sắc nhiệm vụ",
                "2023 Khen thưởng Chiến sĩ thi đua cơ sở",
                "2022-2023 Khen thưởng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "2023 Sáng kiến Số hóa hồ sơ thi đua của Sở",
                "2021 Kỷ luật Khiển trách"), lines);
        assertEquals("Hiệu lực 10/05/2021 – 09/05/2022", history.getItems().get(5).detail());
        assertEquals(1, robot.lookup("#assignmentTable").queryTableView().getItems().size());
        FxTestSupport.snapshot(stage.getScene(), "person-page.png");
    }
}
