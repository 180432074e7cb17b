package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The review screen, headless, on nine people reviewed for 2023 (NĐ 91/2017: 10 months for new staff, CSTĐCS at
 * most 15 % of LĐTT): verdicts shown, filters, the criteria of a clicked row, proposals ticked with the counters and
 * the cap, and the export of the visible rows.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ReviewViewFxTest {

    /** The save chooser replaced by the file the test names. */
    private static final class SavingDialogs extends DialogService {
        private Path next;

        SavingDialogs(Messages messages) {
            super(messages);
        }

        /** "Tất cả … dòng" or "… dòng đang lọc": the filtered rows (the second choice). */
        @Override
        public Optional<Integer> choose(String title, String text, String first, String second) {
            return Optional.of(1);
        }

        @Override
        public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
            return Optional.ofNullable(next);
        }
    }

    private static final String[][] STAFF = {
            {"CB001", "Nguyễn Văn An", "VP"}, {"CB002", "Trần Thị Bình", "TCCB"}, {"CB003", "Lê Văn Cường", "VP"},
            {"CB004", "Phạm Thị Dung", "TCCB"}, {"CB005", "Hoàng Văn Em", "VP"}, {"CB006", "Vũ Thị Giang", "TCCB"},
            {"CB007", "Đặng Văn Hải", "SNV"}, {"CB008", "Bùi Thị Hoa", "VP"}, {"CB009", "Đỗ Văn Khánh", "TCCB"}};

    private AppContext ctx;
    private Ui ui;
    private SavingDialogs dialogs;
    private Stage stage;
    private MainWindow window;
    private long vp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        seed();
        Messages m = Messages.of("vi");
        dialogs = new SavingDialogs(m);
        ui = new Ui(m, dialogs, new TaskRunner());
        window = ReviewFxFixture.window(stage, ctx, ui);
        window.show(MainWindow.Page.REVIEW);
    }

    private void seed() {
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vanPhong = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        Unit tccb = ctx.org().saveUnit(new Unit(0, "TCCB", "Phòng Tổ chức cán bộ", so.id(), null));
        vp = vanPhong.id();
        for (int i = 0; i < STAFF.length; i++) {
            String[] s = STAFF[i];
            long unit = switch (s[2]) {
                case "VP" -> vanPhong.id();
                case "TCCB" -> tccb.id();
                default -> so.id();
            };
            LocalDate start = s[0].equals("CB004") ? LocalDate.of(2023, 5, 1) : LocalDate.of(2012, 3, 1);
            Person p = ctx.people().save(new Person(0, s[0], s[1], s[1].contains(" Thị ") ? Gender.FEMALE : Gender.MALE,
                    LocalDate.of(1980 + i, 1 + i, 10), null, "Chuyên viên", unit, start, null));
            ctx.records().saveRating(new Rating(0, p.id(), null, 2023, i == 0 ? RatingLevel.HTXSNV : RatingLevel.HTTNV));
            if (i == 0) {
                ctx.records().addInitiative(new Initiative(0, p.id(), InitiativeKind.SANG_KIEN,
                        "Số hóa hồ sơ thi đua của Sở", InitiativeScope.CO_SO, 2023, "45/QĐ-SNV", LocalDate.of(2023, 11, 20)));
            }
            if (i == 2) {
                ctx.records().addDiscipline(new Discipline(0, p.id(), DisciplineForm.KHIEN_TRACH, "12/QĐ-SNV",
                        LocalDate.of(2023, 6, 1), LocalDate.of(2024, 5, 31)));
            }
        }
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private void review2023(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> year = robot.lookup("#yearSpinner").queryAs(Spinner.class);
            year.getValueFactory().setValue(2023);
        });
        assertEquals(LocalDate.of(2023, 12, 31), robot.lookup("#reviewDatePicker").queryAs(DatePicker.class).getValue(),
                "the review date follows the year");
        robot.clickOn("#runButton");
        FxTestSupport.awaitIdle(ui);
    }

    /** The rows of the review table after filtering, in display order. */
    static List<ReviewRow> visibleRows(FxRobot robot) {
        TableView<ReviewRow> table = robot.lookup("#reviewTable").queryTableView();
        return List.copyOf(table.getItems());
    }

    private Assessment row(String name, Title title) {
        return visibleRows(new FxRobot()).stream().map(ReviewRow::assessment)
                .filter(a -> a.subject().name().equals(name) && a.title() == title).findFirst()
                .orElseThrow(() -> new AssertionError(name + " / " + title));
    }

    private static <T> void choose(FxRobot robot, String id, Predicate<T> which) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Choice<T>> box = robot.lookup(id).queryAs(ComboBox.class);
            box.setValue(box.getItems().stream().filter(c -> c.value() != null && which.test(c.value())).findFirst()
                    .orElseThrow());
        });
    }

    private static void chooseAll(FxRobot robot, String id) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Choice<?>> box = robot.lookup(id).queryAs(ComboBox.class);
            box.setValue(box.getItems().get(0));
        });
    }

    private static String counter(FxRobot robot, Title title) {
        return robot.lookup("#counter-" + title.name()).queryAs(Label.class).getText();
    }

    private static boolean exceeded(FxRobot robot, Title title) {
        return robot.lookup("#counter-" + title.name()).queryAs(Label.class).getStyleClass().contains("counter-exceeded");
    }

    private static List<String> detailTexts(FxRobot robot) {
        return robot.lookup("#detailPane").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private static CheckBox proposalBox(FxRobot robot, String name) {
        return robot.lookup(".proposal-check").queryAllAs(CheckBox.class).stream().filter(b -> {
            Node parent = b.getParent();
            return parent instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof ReviewRow r && r.assessment().subject().name().equals(name);
        }).findFirst().orElseThrow(() -> new AssertionError("no check box for " + name));
    }

    /** Clicks the row's check box and waits until the proposal is saved (or withdrawn) and shown. */
    private void toggle(FxRobot robot, String name, Title title) {
        ReviewRow row = visibleRows(robot).stream().filter(r -> r.assessment().subject().name().equals(name)
                && r.assessment().title() == title).findFirst().orElseThrow();
        boolean before = row.proposed();
        robot.clickOn(proposalBox(robot, name));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row.proposed() != before);
        } catch (TimeoutException e) {
            throw new AssertionError("the proposal of " + name + " was not saved", e);
        }
        FxTestSupport.awaitIdle(ui);
    }

    @Test
    void showsVerdictsFiltersAndTheCriteriaOfAClickedRowThenExports(FxRobot robot) throws IOException {
        review2023(robot);
        assertEquals("Bình xét năm 2023", robot.lookup("#reviewTitle").queryAs(Label.class).getText());
        assertTrue((robot.lookup("#regimeFrame").queryAs(Label.class).getText() + " "
                + robot.lookup("#regimeLabel").queryAs(Label.class).getText())
                .startsWith("Ngày xét 31/12/2023: áp dụng Luật Thi đua, khen thưởng 2003 và Nghị định 91/2017/NĐ-CP"));
        TableView<ReviewRow> table = robot.lookup("#reviewTable").queryTableView();
        assertEquals(9 * 15 + 3 * 12, table.getItems().size(), "9 persons × 15 titles, 3 units × 12 titles");
        assertEquals("Hiển thị 171 / 171 dòng", robot.lookup("#countLabel").queryAs(Label.class).getText());
        assertEquals(Verdict.ELIGIBLE, row("Nguyễn Văn An", Title.LDTT).verdict());
        assertEquals(Verdict.ELIGIBLE, row("Nguyễn Văn An", Title.CSTDCS).verdict());
        assertEquals(Verdict.ELIGIBLE, row("Trần Thị Bình", Title.LDTT).verdict());
        assertEquals(Verdict.HELD, row("Lê Văn Cường", Title.LDTT).verdict());
        assertEquals(Verdict.NOT_ELIGIBLE, row("Phạm Thị Dung", Title.LDTT).verdict());

        // result filter: only the held rows, and the coloured text on screen
        choose(robot, "#resultFilter", (Verdict v) -> v == Verdict.HELD);
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(r -> r.assessment().verdict() == Verdict.HELD
                && r.assessment().subject().name().equals("Lê Văn Cường")));
        assertTrue(robot.lookup(".verdict-held").queryAll().stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> c && "Tạm hoãn".equals(c.getText())));
        chooseAll(robot, "#resultFilter");

        // unit filter with sub-units: the Sở holds everyone; Văn phòng only its own people and itself
        choose(robot, "#unitFilter", (Unit u) -> u.code().equals("SNV"));
        assertEquals(9 * 15 + 3 * 12, table.getItems().size());
        choose(robot, "#unitFilter", (Unit u) -> u.id() == vp);
        assertEquals(4 * 15 + 12, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.unitId() == vp));
        chooseAll(robot, "#unitFilter");

        // search without diacritics, title filter, then click the row: every criterion with its evidence
        robot.clickOn("#searchField").write("pham thi dung");
        choose(robot, "#titleFilter", (Title t) -> t == Title.LDTT);
        assertEquals(1, table.getItems().size());
        robot.clickOn(robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && "Phạm Thị Dung".equals(c.getText())).queryAs(Node.class));
        Assessment dung = row("Phạm Thị Dung", Title.LDTT);
        List<String> texts = detailTexts(robot);
        assertEquals("Phạm Thị Dung (CB004) — Lao động tiên tiến", texts.get(0));
        assertEquals("Không đủ điều kiện", texts.get(1));
        assertEquals("Căn cứ: " + dung.legalRef(), texts.get(2));
        for (Criterion c : dung.criteria()) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith((c.met() ? "✓ " : "✗ ") + c.text().vi())), c.text().vi());
            assertTrue(texts.contains("Thực tế: " + c.evidence().vi()), c.evidence().vi());
            assertTrue(texts.contains("Căn cứ pháp lý: " + c.legalRef()), c.legalRef());
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("✗ Công tác từ 10 tháng trở lên")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("8 tháng trong năm 2023")), texts.toString());
        assertTrue(texts.contains("Còn thiếu cho danh hiệu, hình thức tiếp theo"));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("• Lao động tiên tiến: cần ")), texts.toString());

        // a kind only the council can judge (#8): Bằng khen tỉnh đột xuất is "Chưa đánh giá được", its route marked "?"
        choose(robot, "#titleFilter", (Title t) -> t == Title.BK_TINH_DOT_XUAT);
        assertEquals(1, table.getItems().size());
        robot.clickOn(robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && "Phạm Thị Dung".equals(c.getText())).queryAs(Node.class));
        List<String> judged = detailTexts(robot);
        assertEquals("Chưa đánh giá được", judged.get(1));
        assertTrue(judged.stream().anyMatch(t -> t.startsWith("? Lập được thành tích đột xuất")), judged.toString());
        FxTestSupport.snapshot(table.getScene(), "binh-xet-chua-danh-gia.png");

        // export what is visible: the one row
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).clear());
        choose(robot, "#titleFilter", (Title t) -> t == Title.CSTDCS);
        Path out = Files.createTempDirectory("tdkt-review-fx").resolve("binh-xet-2023");
        dialogs.next = out;
        robot.clickOn("#exportButton");
        FxTestSupport.awaitIdle(ui);
        Path file = out.resolveSibling("binh-xet-2023.xlsx");
        assertTrue(robot.lookup("#reviewStatus").queryAs(Label.class).getText().startsWith("Đã xuất 9 dòng ra "));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Bình xét năm 2023");
            assertEquals(10, sheet.getPhysicalNumberOfRows());
            assertEquals(List.of("Mã", "Tên", "Đơn vị", "Danh hiệu/Hình thức", "Kết quả", "Đề xuất", "Lý do"),
                    java.util.stream.IntStream.range(0, 7).mapToObj(i -> sheet.getRow(0).getCell(i).getStringCellValue()).toList());
            assertEquals("Nguyễn Văn An", sheet.getRow(1).getCell(1).getStringCellValue());
            assertFalse(sheet.getRow(1).getCell(2).getStringCellValue().isBlank(), "the unit is filled in");
            assertEquals("Chiến sĩ thi đua cơ sở", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("Đủ điều kiện", sheet.getRow(1).getCell(4).getStringCellValue());
        }
    }

    @Test
    void proposalsMoveTheCountersAgainstTheCap(FxRobot robot) {
        review2023(robot);
        assertEquals("Lao động tiên tiến: 7 đủ điều kiện · 0 đề xuất", counter(robot, Title.LDTT));
        assertEquals("Chiến sĩ thi đua cơ sở: 1 đủ điều kiện · 0 đề xuất / tối đa 0 (15 % × 0 LĐTT đề xuất)",
                counter(robot, Title.CSTDCS));
        assertFalse(exceeded(robot, Title.CSTDCS));

        choose(robot, "#titleFilter", (Title t) -> t == Title.CSTDCS);
        toggle(robot, "Nguyễn Văn An", Title.CSTDCS);
        FxTestSupport.awaitIdle(ui);
        assertEquals("Chiến sĩ thi đua cơ sở: 1 đủ điều kiện · 1 đề xuất / tối đa 0 (15 % × 0 LĐTT đề xuất)",
                counter(robot, Title.CSTDCS));
        assertTrue(exceeded(robot, Title.CSTDCS), "a CSTĐCS without LĐTT proposals exceeds the cap");
        assertTrue(proposalBox(robot, "Phạm Thị Dung").isDisabled(), "a row that is not eligible cannot be proposed");

        choose(robot, "#titleFilter", (Title t) -> t == Title.LDTT);
        assertTrue(proposalBox(robot, "Lê Văn Cường").isDisabled(), "a held row cannot be proposed");
        for (ReviewRow r : visibleRows(robot)) {
            if (r.assessment().verdict() == Verdict.ELIGIBLE) {
                toggle(robot, r.assessment().subject().name(), Title.LDTT);
            }
        }
        assertEquals("Lao động tiên tiến: 7 đủ điều kiện · 7 đề xuất", counter(robot, Title.LDTT));
        assertEquals("Chiến sĩ thi đua cơ sở: 1 đủ điều kiện · 1 đề xuất / tối đa 1 (15 % × 7 LĐTT đề xuất)",
                counter(robot, Title.CSTDCS));
        assertFalse(exceeded(robot, Title.CSTDCS));

        List<Proposal> stored = ctx.proposals().proposals(2023);
        assertEquals(8, stored.size());
        assertTrue(stored.stream().allMatch(p -> p.proposedBy().equals(System.getProperty("user.name"))));
        assertEquals(1, stored.stream().filter(p -> p.title() == Title.CSTDCS).count());

        // withdrawing one LĐTT proposal drops the cap below the CSTĐCS proposal
        toggle(robot, "Trần Thị Bình", Title.LDTT);
        assertEquals("Lao động tiên tiến: 7 đủ điều kiện · 6 đề xuất", counter(robot, Title.LDTT));
        assertTrue(exceeded(robot, Title.CSTDCS));
        assertEquals(7, ctx.proposals().proposals(2023).size());

        // the proposals come back with the next review; the clicked row shows who proposed it
        robot.clickOn("#runButton");
        FxTestSupport.awaitIdle(ui);
        chooseAll(robot, "#titleFilter");
        assertEquals(7, visibleRows(robot).stream().filter(ReviewRow::proposed).count());
        robot.interact(() -> {
            TableView<ReviewRow> table = robot.lookup("#reviewTable").queryTableView();
            ReviewRow an = table.getItems().stream().filter(r -> r.assessment().subject().code().equals("CB001")
                    && r.assessment().title() == Title.CSTDCS).findFirst().orElseThrow();
            table.getSelectionModel().select(an);
        });
        assertTrue(detailTexts(robot).stream().anyMatch(t -> t.startsWith("Đã đề xuất: " + System.getProperty("user.name"))));
        FxTestSupport.snapshot(stage.getScene(), "binh-xet.png");
    }
}
