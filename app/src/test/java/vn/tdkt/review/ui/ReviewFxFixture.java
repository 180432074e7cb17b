package vn.tdkt.review.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
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
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Title;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * The main window on a test context, as the review tests open it; and the thread tests' shared set-up: three officers
 * of Văn phòng Sở rated Hoàn thành tốt nhiệm vụ last year (the review screen's year), the window on Bình xét, and the
 * gestures those tests repeat (choose a title, tick a row, type in a field, press a dialog's OK).
 */
final class ReviewFxFixture {

    /** The review screen's year. */
    static final int YEAR = LocalDate.now().getYear() - 1;
    static final String[][] STAFF = {{"CB001", "Nguyễn Văn An"}, {"CB002", "Trần Văn Bình"}, {"CB003", "Lê Văn Cường"}};

    /** Dialogs that pick the file the test sets and keep information messages instead of showing them. */
    static final class PickingDialogs extends DialogService {
        private Path next;
        private final List<String> infos = new ArrayList<>();

        PickingDialogs(Messages messages) {
            super(messages);
        }

        void pick(Path file) {
            next = file;
        }

        List<String> infos() {
            return infos;
        }

        @Override
        public Optional<Path> chooseOpen(String title, String filterName, String... patterns) {
            return Optional.ofNullable(next);
        }

        @Override
        public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
            return Optional.ofNullable(next);
        }

        @Override
        public void written(Path file) {
            infos.add(file.toString());
        }

        @Override
        public void info(String title, String text) {
            infos.add(text);
        }
    }

    final AppContext ctx;
    final Ui ui;
    final PickingDialogs dialogs;
    private Stage stage;
    private MainWindow window;
    final Unit so;
    final long[] ids = new long[STAFF.length];

    private ReviewFxFixture(AppContext sample) {
        ctx = sample;
        so = ctx.org().units().get(0);
        Messages messages = Messages.of("vi");
        dialogs = new PickingDialogs(messages);
        ui = new Ui(messages, dialogs, new TaskRunner());
    }

    private ReviewFxFixture(Database db) {
        ctx = new AppContext(db);
        so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        for (int i = 0; i < STAFF.length; i++) {
            Person p = ctx.people().save(new Person(0, STAFF[i][0], STAFF[i][1], Gender.MALE, LocalDate.of(1980 + i, 2, 10),
                    null, "Chuyên viên", vp.id(), LocalDate.of(2012, 3, 1), null));
            ctx.records().saveRating(new Rating(0, p.id(), null, YEAR, RatingLevel.HTTNV));
            ids[i] = p.id();
        }
        Messages messages = Messages.of("vi");
        dialogs = new PickingDialogs(messages);
        ui = new Ui(messages, dialogs, new TaskRunner());
    }

    /** The window's test set-up over a context already holding its data (the sample), with no officers added. */
    static ReviewFxFixture on(AppContext ctx) {
        return new ReviewFxFixture(ctx);
    }

    /** The three officers on that database (built off the toolkit's thread, before the window). */
    static ReviewFxFixture staff(Database db) {
        return new ReviewFxFixture(db);
    }

    /** The window 1280 × 800 on the stage, on Bình xét. */
    ReviewFxFixture show(Stage stage) {
        this.stage = stage;
        dialogs.setOwner(stage);
        window = FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.REVIEW);
        return this;
    }

    Stage stage() {
        return stage;
    }

    MainWindow window() {
        return window;
    }

    static MainWindow window(Stage stage, AppContext ctx, Ui ui) {
        ui.dialogs().setOwner(stage);
        return FxTestSupport.mainWindow(stage, ctx, ui, 760, null);
    }

    void close() {
        ui.tasks().close();
        ctx.close();
    }

    static List<ReviewRow> rows(FxRobot robot) {
        TableView<ReviewRow> table = robot.lookup("#reviewTable").queryTableView();
        return List.copyOf(table.getItems());
    }

    static ReviewRow row(FxRobot robot, String code) {
        return rows(robot).stream().filter(r -> r.assessment().subject().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code));
    }

    /** Shows only the rows of that title, as the clerk does with the title filter. */
    void title(FxRobot robot, Title title) {
        FxTestSupport.awaitIdle(ui);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Choice<Title>> titles = robot.lookup("#titleFilter").queryAs(ComboBox.class);
            titles.setValue(titles.getItems().stream().filter(c -> c.value() == title).findFirst().orElseThrow());
        });
    }

    /** Ticks the row's proposal box and waits until the proposal is stored. */
    void tick(FxRobot robot, String code) {
        ReviewRow row = row(robot, code);
        CheckBox box = robot.lookup(".proposal-check").queryAllAs(CheckBox.class).stream().filter(b -> {
            Node parent = b.getParent();
            return parent instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                    && cell.getTableRow().getItem() == row;
        }).findFirst().orElseThrow(() -> new AssertionError("no box for " + code));
        robot.clickOn(box);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, row::proposed);
        } catch (TimeoutException e) {
            throw new AssertionError(code + " was not proposed", e);
        }
        FxTestSupport.awaitIdle(ui);
    }

    /** The texts the row of that code shows in the review table, as drawn (the stage column among them). */
    static List<String> shown(FxRobot robot, String code) {
        ReviewRow row = row(robot, code);
        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().scrollTo(row));
        return robot.lookup("#reviewTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableRow() != null && c.getTableRow().getItem() == row)
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }

    /** Selects the row in the review table. */
    static void select(FxRobot robot, String code) {
        robot.interact(() -> robot.lookup("#reviewTable").queryTableView().getSelectionModel().select(row(robot, code)));
    }

    static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    /** Presses the OK button of the dialog that holds the control of that id. */
    void ok(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        while (!(n instanceof DialogPane)) {
            n = n.getParent();
        }
        DialogPane pane = (DialogPane) n;
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        robot.interact(ok::fire);
        FxTestSupport.awaitIdle(ui);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The draft's header as the clerk types it in the decision dialog. */
    static void header(FxRobot robot) {
        type(robot, "#issuerField", "SỞ NỘI VỤ\nTỈNH HƯNG YÊN");
        type(robot, "#placeField", "Hưng Yên");
        type(robot, "#authorityField", "Giám đốc Sở Nội vụ tỉnh Hưng Yên");
        type(robot, "#signerForField", "Giám đốc");
        type(robot, "#signerPositionField", "Phó Giám đốc");
        type(robot, "#signerNameField", "Trần Văn Bốn");
        type(robot, "#executorsField", "Chánh Văn phòng Sở");
    }
}
