package vn.tdkt.workbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
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
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;
import vn.tdkt.workbook.domain.SheetCount;

/** The import wizard, headless: a good file → report → confirm → summary and data; a bad file → problems, nothing written. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ImportViewFxTest {

    /** The file chooser replaced by the file the test picks. */
    private static final class PickingDialogs extends DialogService {
        private Path next;

        PickingDialogs(Messages messages) {
            super(messages);
        }

        private Path saveTo;

        @Override
        public Optional<Path> chooseOpen(String title, String filterName, String... patterns) {
            return Optional.ofNullable(next);
        }

        @Override
        public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
            return Optional.ofNullable(saveTo);
        }
    }

    private AppContext ctx;
    private Ui ui;
    private PickingDialogs dialogs;
    private Stage stage;
    private Path dir;
    private Path good;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("tdkt-import-fx");
        good = dir.resolve("so-noi-vu.xlsx");
        writeSourceWorkbook(good);
        ctx = new AppContext(Database.inMemory());
        Messages messages = Messages.of("vi");
        dialogs = new PickingDialogs(messages);
        dialogs.setOwner(stage);
        ui = new Ui(messages, dialogs, new TaskRunner());
        MainWindow window = FxTestSupport.mainWindow(stage, ctx, ui, 760, MainWindow.Page.IMPORT);
    }

    /** A real workbook: another database's data exported by the workbook service (2 units, 3 people, 2 ratings). */
    private static void writeSourceWorkbook(Path file) {
        try (AppContext source = new AppContext(Database.inMemory())) {
            Unit so = source.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
            Unit vp = source.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
            String[] names = {"Nguyễn Thị Hồng", "Trần Văn Bình", "Lê Minh Châu"};
            for (int i = 0; i < names.length; i++) {
                Person p = source.people().save(new Person(0, "CB0" + (i + 1), names[i], i == 0 ? Gender.FEMALE : Gender.MALE,
                        LocalDate.of(1980 + i, 3, 15), null, "Chuyên viên", vp.id(), LocalDate.of(2015, 1, 1), null));
                if (i < 2) {
                    source.records().saveRating(new Rating(0, p.id(), null, 2024, RatingLevel.HTTNV));
                }
            }
            source.workbook().exportTo(file, Progress.NONE);
        }
    }

    /** The good workbook with a date that does not exist on row 2 and an unknown unit code on row 3 of "Cán bộ". */
    private static Path writeBadWorkbook(Path good, Path bad) throws IOException {
        try (InputStream in = Files.newInputStream(good); Workbook wb = new XSSFWorkbook(in)) {
            Sheet people = wb.getSheet("Cán bộ");
            Row header = people.getRow(0);
            int birth = -1;
            int unit = -1;
            for (Cell c : header) {
                if (c.getStringCellValue().equals("Ngày sinh")) {
                    birth = c.getColumnIndex();
                } else if (c.getStringCellValue().equals("Mã đơn vị")) {
                    unit = c.getColumnIndex();
                }
            }
            people.getRow(1).getCell(birth).setCellValue("31/02/1990");
            people.getRow(2).getCell(unit).setCellValue("KHONG-CO");
            try (OutputStream out = Files.newOutputStream(bad)) {
                wb.write(out);
            }
        }
        return bad;
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#importStatus").queryAs(Label.class).getText();
    }

    @Test
    void aGoodFileIsReportedThenImportedOnConfirm(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        dialogs.next = good;
        robot.clickOn("#chooseFileButton");
        FxTestSupport.awaitIdle(ui);

        TableView<SheetCount> counts = robot.lookup("#countsTable").queryTableView();
        assertTrue(counts.isVisible());
        assertTrue(counts.getItems().contains(new SheetCount("Đơn vị", 2, 0)), counts.getItems().toString());
        assertTrue(counts.getItems().contains(new SheetCount("Cán bộ", 3, 0)), counts.getItems().toString());
        assertTrue(status(robot).startsWith("Tệp hợp lệ"), status(robot));
        assertTrue(ctx.org().units().isEmpty(), "nothing written before the confirmation");
        FxTestSupport.snapshot(stage.getScene(), "import-report.png");

        robot.clickOn("#applyButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(status(robot).startsWith("Đã nhập xong"), status(robot));
        assertTrue(robot.lookup("#showPeopleButton").query().isVisible());
        assertEquals(List.of("SNV", "VP"), ctx.org().units().stream().map(Unit::code).sorted().toList());
        assertEquals(List.of("Trần Văn Bình", "Lê Minh Châu", "Nguyễn Thị Hồng"),
                ctx.people().index().all().stream().map(r -> r.person().fullName()).toList());
        long hong = ctx.people().index().all().get(2).person().id();
        assertEquals(RatingLevel.HTTNV, ctx.records().ofPerson(hong).ratings().get(0).level());
        FxTestSupport.snapshot(stage.getScene(), "import-done.png");
    }

    @Test
    void aBadFileListsItsProblemsAndWritesNothing(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        dialogs.next = writeBadWorkbook(good, dir.resolve("loi.xlsx"));
        robot.clickOn("#chooseFileButton");
        FxTestSupport.awaitIdle(ui);

        TableView<Problem> problems = robot.lookup("#problemsTable").queryTableView();
        assertTrue(problems.isVisible());
        assertTrue(problems.getItems().stream().anyMatch(p -> "Cán bộ".equals(p.sheet()) && p.row() == 2
                && "Ngày sinh".equals(p.column())), problems.getItems().toString());
        assertTrue(problems.getItems().stream().anyMatch(p -> "Cán bộ".equals(p.sheet()) && p.row() == 3
                && "Mã đơn vị".equals(p.column())), problems.getItems().toString());
        assertTrue(status(robot).contains("chưa ghi gì"), status(robot));
        assertTrue(!robot.lookup("#applyButton").query().isVisible(), "no way to import a bad file");
        assertTrue(ctx.org().units().isEmpty() && ctx.people().index().all().isEmpty(), "nothing written");
        FxTestSupport.snapshot(stage.getScene(), "import-problems.png");
    }

    /** Issue #12: the problem list saved as xlsx from the import screen (Ctrl+S, the page's save), sheet, row and column. */
    @Test
    void theProblemListIsSavedAsAWorkbookFromTheImportScreen(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        dialogs.next = writeBadWorkbook(good, dir.resolve("loi.xlsx"));
        robot.clickOn("#chooseFileButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(robot.lookup("#saveProblemsButton").query().isVisible(), "offered with the problems");
        dialogs.saveTo = dir.resolve("danh-sach-loi.xlsx");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.CONTROL);
        FxTestSupport.awaitIdle(ui);
        closeWritten(robot);
        List<List<String>> rows = rows(dialogs.saveTo, 0);
        assertEquals(List.of("Trang tính", "Dòng", "Cột", "Lỗi"), rows.get(0).subList(0, 4));
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 4 && r.get(0).equals("Cán bộ") && r.get(1).equals("2")
                && r.get(2).equals("Ngày sinh") && !r.get(3).isBlank()), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() >= 3 && r.get(0).equals("Cán bộ") && r.get(1).equals("3")
                && r.get(2).equals("Mã đơn vị")), rows.toString());
    }

    /** Issue #12: the empty template offered on the import screen too, with the sheets the import reads. */
    @Test
    void theEmptyTemplateIsOfferedOnTheImportScreen(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        dialogs.saveTo = dir.resolve("mau-nhap-lieu.xlsx");
        robot.clickOn("#templateButton");
        FxTestSupport.awaitIdle(ui);
        closeWritten(robot);
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(dialogs.saveTo.toFile())) {
            List<String> sheets = new java.util.ArrayList<>();
            wb.forEach(sh -> sheets.add(sh.getSheetName()));
            assertTrue(sheets.containsAll(List.of("Đơn vị", "Cán bộ")), sheets.toString());
            assertEquals(1, wb.getSheet("Cán bộ").getPhysicalNumberOfRows(), "empty: the column titles only");
        }
    }

    /**
     * Issue #12 and README decision 45: the Vietnamese import screen says "trang tính", never the English "sheet", in its
     * labels, buttons, tooltips, prompts and column titles, before a file is chosen and with a bad file's problem list.
     */
    @Test
    void theImportScreenNeverSaysSheet(FxRobot robot) throws IOException {
        FxTestSupport.awaitIdle(ui);
        List<String> before = texts(robot);
        dialogs.next = writeBadWorkbook(good, dir.resolve("loi.xlsx"));
        robot.clickOn("#chooseFileButton");
        FxTestSupport.awaitIdle(ui);
        TableView<Problem> problems = robot.lookup("#problemsTable").queryTableView();
        assertTrue(problems.isVisible() && !problems.getItems().isEmpty(), "the bad file's problems are listed");
        List<String> after = texts(robot);
        for (Problem p : problems.getItems()) {
            after.add(p.sheet() + " " + p.column() + " " + p.message());
        }
        assertTrue(after.stream().anyMatch(t -> t.contains("Trang tính")), "the problem list's column says Trang tính: " + after);
        for (List<String> texts : List.of(before, after)) {
            assertTrue(texts.size() > 10, "the scan reads the page's texts: " + texts);
            List<String> english = texts.stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains("sheet")).toList();
            assertEquals(List.of(), english, "\"sheet\" on the Vietnamese import screen");
        }
    }

    /** Every text the scene shows or offers: labelled controls, tooltips, prompts, column titles (nested ones too). */
    private List<String> texts(FxRobot robot) {
        List<String> out = new java.util.ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            collect(stage.getScene().getRoot(), out);
        });
        return out;
    }

    private static void collect(javafx.scene.Node node, List<String> out) {
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (node instanceof javafx.scene.control.Control c && c.getTooltip() != null) {
            out.add(c.getTooltip().getText());
        }
        if (node instanceof javafx.scene.control.TextInputControl t && t.getPromptText() != null) {
            out.add(t.getPromptText());
        }
        if (node instanceof TableView<?> t) {
            columns(t.getColumns(), out);
            if (t.getPlaceholder() != null) {
                collect(t.getPlaceholder(), out);
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static void columns(List<? extends javafx.scene.control.TableColumn<?, ?>> columns, List<String> out) {
        for (javafx.scene.control.TableColumn<?, ?> c : columns) {
            out.add(c.getText());
            columns(c.getColumns(), out);
        }
    }

    private void closeWritten(FxRobot robot) {
        javafx.stage.Window written = robot.listWindows().stream().filter(w -> w.isShowing() && w != stage).findFirst()
                .orElseThrow(() -> new AssertionError("no word that the file was written"));
        robot.interact(() -> ((Stage) written).close());
    }

    private static List<List<String>> rows(Path file, int sheet) throws IOException {
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        List<List<String>> out = new java.util.ArrayList<>();
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(sheet)) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    cells.add(f.formatCellValue(r.getCell(c)));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
