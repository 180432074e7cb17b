package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Pagination;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
import vn.tdkt.common.ui.ListPages;
import vn.tdkt.common.ui.TableActions;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/** Printing a list: every table's menu and Ctrl+P open the preview of the list as shown, A4 landscape or portrait. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class ListPrintFxTest {

    private static final int PEOPLE = 70;
    private static final String PREVIEW = "Xem trước khi in: Danh sách cán bộ";

    private AppContext ctx;
    private Ui ui;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(Database.inMemory());
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        for (int i = 1; i <= PEOPLE; i++) {
            ctx.people().save(new Person(0, String.format("CB%03d", i), "Nguyễn Văn Người Thứ " + i, Gender.MALE,
                    LocalDate.of(1980, 3, 2), null, "Chuyên viên", vp.id(), LocalDate.of(2010, 1, 1), null));
        }
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.PEOPLE);
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    @Test
    void theMenuOpensThePreviewWithTitleDateColumnTitlesOnEveryPageAndPageNumbers(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        TableView<?> table = robot.lookup("#peopleTable").queryTableView();
        assertEquals(PEOPLE, table.getItems().size());
        AtomicReference<MenuItem> print = new AtomicReference<>();
        robot.interact(() -> print.set(TableActions.menu(table, ui, (f, t, h, r, p) -> f).getItems().stream()
                .filter(i -> "tablePrint".equals(i.getId())).findFirst().orElseThrow()));
        assertEquals("In danh sách… (Ctrl+P)", print.get().getText());
        Platform.runLater(() -> print.get().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Window preview = robot.window(PREVIEW);
        DialogPane pane = pane(preview);
        @SuppressWarnings("unchecked")
        ComboBox<ListPages.Orientation> orientation = (ComboBox<ListPages.Orientation>) pane.lookup("#printOrientation");
        Pagination pages = (Pagination) pane.lookup("#printPages");
        assertEquals(ListPages.Orientation.LANDSCAPE, orientation.getValue(), "six columns and more print across the page");
        int landscape = pages.getPageCount();
        assertTrue(landscape >= 2, "70 rows do not fit one page: " + landscape);
        assertEquals(landscape + " trang", ((Label) pane.lookup("#printPageCount")).getText());
        List<String> first = texts(pages);
        String today = vn.tdkt.common.domain.VnFormat.date(LocalDate.now());
        assertTrue(first.contains("Danh sách cán bộ"), "the page's title: " + first);
        assertTrue(first.contains("In ngày " + today + ", 70 dòng"), first.toString());
        assertTrue(first.contains("Mã") && first.contains("Họ và tên"), "the column titles: " + first);
        assertTrue(first.contains("CB001") && first.contains("Nguyễn Văn Người Thứ 1"), first.toString());
        assertTrue(first.contains("Trang 1 / " + landscape), first.toString());

        robot.interact(() -> pages.setCurrentPageIndex(landscape - 1));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> last = texts(pages);
        assertTrue(last.contains("Mã") && last.contains("Họ và tên"), "the column titles again on the last page: " + last);
        assertTrue(last.contains("Danh sách cán bộ"), last.toString());
        assertTrue(last.contains("CB070"), "the last row on the last page: " + last);
        assertTrue(!last.contains("CB001"), last.toString());
        assertTrue(last.contains("Trang " + landscape + " / " + landscape), last.toString());

        robot.interact(() -> orientation.setValue(ListPages.Orientation.PORTRAIT));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pages.getPageCount() < landscape, "a portrait page holds more rows: " + pages.getPageCount());
        assertEquals(0, pages.getCurrentPageIndex(), "the preview starts again at page 1");
        assertTrue(texts(pages).contains("Trang 1 / " + pages.getPageCount()));
        List<String> buttons = pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
        assertEquals(List.of("In…", "Đóng"), buttons, "the preview's buttons in Vietnamese");
        closeWith(robot, pane, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertTrue(robot.listWindows().stream().noneMatch(w -> w.isShowing() && w != table.getScene().getWindow()),
                "Đóng closes the preview, nothing printed");
    }

    @Test
    void ctrlPOnATableAndOnThePageOpensThePreviewOfThatList(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#peopleTable").press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        closeWith(robot, pane(robot.window(PREVIEW)), ButtonBar.ButtonData.CANCEL_CLOSE);
        Node search = robot.lookup("#searchField").query();
        robot.clickOn(search).press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = pane(robot.window(PREVIEW));
        assertTrue(texts((Pagination) pane.lookup("#printPages")).contains("CB001"), "the page's table, from anywhere on it");
        closeWith(robot, pane, ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Test
    void printingWithNoPrinterSaysSoInWords(FxRobot robot) {
        Assumptions.assumeTrue(javafx.print.Printer.getDefaultPrinter() == null, "this machine has a printer");
        FxTestSupport.awaitIdle(ui);
        robot.clickOn("#peopleTable").press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        closeWith(robot, pane(robot.window(PREVIEW)), ButtonBar.ButtonData.OTHER);
        Window said = robot.window("In");
        String text = ((Label) pane(said).getContent()).getText();
        assertTrue(text.startsWith("Máy này chưa cài máy in nào nên không in được."), text);
        closeWith(robot, pane(said), ButtonBar.ButtonData.OK_DONE);
    }

    /**
     * On a machine with a printer, asked for with {@code -Dtdkt.printerTests=true} (record 0134): the list goes through
     * JavaFX's print job to the default printer, A4 landscape, as many pages as the preview counts for that printer's printable area; a
     * CUPS-PDF printer's file holds exactly those pages (then copied to target/test-out/in-danh-sach-can-bo.pdf).
     */
    @Test
    void theListGoesToThePrinterAsThePreviewCountsIt(FxRobot robot) throws Exception {
        // opt-in (-Dtdkt.printerTests=true): a real spooler is outside the build's control; on CUPS-PDF one run of the
        // clean-clone CI of 04/12 got 2 pages of the 3 sent, where two runs before had 3 (README, Tests: still open)
        Assumptions.assumeTrue(Boolean.getBoolean("tdkt.printerTests"), "printer tests not asked for");
        javafx.print.Printer printer = javafx.print.Printer.getDefaultPrinter();
        Assumptions.assumeTrue(printer != null, "no printer on this machine");
        FxTestSupport.awaitIdle(ui);
        TableView<?> table = robot.lookup("#peopleTable").queryTableView();
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        AtomicReference<Integer> expected = new AtomicReference<>();
        AtomicReference<Integer> sent = new AtomicReference<>();
        robot.interact(() -> {
            vn.tdkt.common.ui.ListPrint list = vn.tdkt.common.ui.ListPrint.of(table, ui.messages(), LocalDate.now());
            javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob(printer);
            javafx.print.PageLayout a4 = printer.createPageLayout(javafx.print.Paper.A4, javafx.print.PageOrientation.LANDSCAPE,
                    javafx.print.Printer.MarginType.DEFAULT);
            job.getJobSettings().setPageLayout(a4);
            job.getJobSettings().setJobName("Danh sach can bo");
            expected.set(list.pages(list.frame(a4.getPrintableWidth(), a4.getPrintableHeight())).size());
            list.send(ui, job, sent::set);
        });
        FxTestSupport.awaitIdle(ui);
        assertEquals(expected.get(), sent.get(), "every page of the preview sent");
        assertTrue(expected.get() >= 2, "70 rows on several pages: " + expected.get());
        java.util.Optional<java.nio.file.Path> dir = vn.tdkt.common.ui.PdfPrinterOutput.folder();
        if (dir.isPresent()) {
            java.nio.file.Path pdf = vn.tdkt.common.ui.PdfPrinterOutput.newPdf(dir.get(), before, 120)
                    .orElseThrow(() -> new AssertionError("the PDF printer wrote nothing into " + dir.get()));
            assertEquals(expected.get(), vn.tdkt.common.ui.PdfPrinterOutput.pages(pdf), "pages of " + pdf);
            java.nio.file.Path out = java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of(System.getProperty("tdkt.testOut", "target/test-out")));
            java.nio.file.Files.copy(pdf, out.resolve("in-danh-sach-can-bo.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Record 0172: the suspected cause of the lost page, tried. JavaFX's {@code endJob} makes its print thread refuse a
     * page it has taken but not yet drawn; a last page slow to draw (12 000 texts), sent from the background as
     * {@code ListPrint.send} does and the job ended at once, would then be lost. On CUPS-PDF it was not (the file holds
     * the three pages): the cause is not shown by this. Opt-in as above.
     */
    @Test
    void aLastPageSlowToDrawStillReachesThePrinter(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("tdkt.printerTests"), "printer tests not asked for");
        javafx.print.Printer printer = javafx.print.Printer.getDefaultPrinter();
        Assumptions.assumeTrue(printer != null, "no printer on this machine");
        java.util.Optional<java.nio.file.Path> dir = vn.tdkt.common.ui.PdfPrinterOutput.folder();
        Assumptions.assumeTrue(dir.isPresent(), "not a PDF printer");
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        AtomicReference<javafx.print.PrinterJob> job = new AtomicReference<>();
        AtomicReference<javafx.print.PageLayout> a4 = new AtomicReference<>();
        List<javafx.scene.layout.Region> sheets = new ArrayList<>();
        robot.interact(() -> {
            job.set(javafx.print.PrinterJob.createPrinterJob(printer));
            a4.set(printer.createPageLayout(javafx.print.Paper.A4, javafx.print.PageOrientation.PORTRAIT,
                    javafx.print.Printer.MarginType.DEFAULT));
            job.get().getJobSettings().setJobName("Trang cuoi cham");
            for (int page = 1; page <= 3; page++) {
                javafx.scene.layout.Pane sheet = new javafx.scene.layout.Pane(new Text(20, 20, "Trang " + page + " / 3"));
                for (int i = 0; page == 3 && i < 12_000; i++) {
                    sheet.getChildren().add(new Text(20 + (i % 60) * 8, 40 + (i / 60) * 3, "·"));
                }
                new javafx.scene.Scene(new javafx.scene.Group(sheet));
                sheet.applyCss();
                sheet.layout();
                sheets.add(sheet);
            }
        });
        AtomicReference<Boolean> ended = new AtomicReference<>();
        Thread sender = new Thread(() -> {
            for (javafx.scene.layout.Region r : sheets) {
                job.get().printPage(a4.get(), r);
            }
            ended.set(job.get().endJob());
        });
        sender.start();
        sender.join(180_000);
        assertEquals(Boolean.TRUE, ended.get(), "the job ended");
        java.nio.file.Path pdf = vn.tdkt.common.ui.PdfPrinterOutput.newPdf(dir.get(), before, 120)
                .orElseThrow(() -> new AssertionError("the PDF printer wrote nothing into " + dir.get()));
        assertEquals(3, vn.tdkt.common.ui.PdfPrinterOutput.pages(pdf), "pages of " + pdf);
    }

    private static void closeWith(FxRobot robot, DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        Platform.runLater(() -> ((Button) pane.lookupButton(type)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane pane(Window w) {
        return (DialogPane) w.getScene().getRoot();
    }

    /** The texts drawn on the page the preview shows. */
    private static List<String> texts(Pagination pages) {
        List<String> out = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> collect(pages, out)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static Void collect(Node n, List<String> out) {
        if (n instanceof Text t && t.isVisible()) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
        return null;
    }
}
