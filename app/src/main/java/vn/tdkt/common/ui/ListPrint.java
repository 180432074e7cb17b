package vn.tdkt.common.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;

/**
 * A table (or a tree table, its rows indented as shown) printed as a list: its visible columns in the widths the clerk
 * sees (scaled to the paper), every row as the cells show it, wrapped in its column, the list's title and the day on
 * every page, the column titles repeated and "Trang i / n" (pages cut by {@link ListPages}). The pages are built on
 * the JavaFX thread; a print job then sends them to the printer from the background runner, so the window stays usable
 * while the printer takes them.
 */
public final class ListPrint {

    private static final double PAD = 3;
    private static final double GAP = 6;
    private static final Font CELL = Font.font("System", 9);
    private static final Font HEAD = Font.font("System", FontWeight.BOLD, 9);
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 13);
    private static final Font SMALL = Font.font("System", 8.5);

    private final String title;
    private final String printed;
    private final List<String> header;
    private final List<List<String>> rows;
    private final List<Double> shownWidths;

    public ListPrint(String title, String printed, List<String> header, List<List<String>> rows, List<Double> shownWidths) {
        this.title = title;
        this.printed = printed;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.shownWidths = List.copyOf(shownWidths);
    }

    /** The table or tree as it is shown (its rows in the shown order, the filter applied, a tree indented), titled by its page. */
    public static ListPrint of(Control table, Messages messages, LocalDate day) {
        Grid grid = Grid.of(table);
        List<List<String>> rows = grid.rows(false, messages);
        String printed = messages.format("window.print.date", VnFormat.date(day), VnFormat.number(rows.size()));
        return new ListPrint(title(table, messages), printed, grid.header(), rows, grid.widths());
    }

    /** The title of the page holding the table (its "page-title" label), else the window's name. */
    static String title(Node table, Messages messages) {
        for (Node n = table.getParent(); n != null; n = n.getParent()) {
            String t = pageTitle(n);
            if (t != null) {
                return t;
            }
        }
        // a table in a dialog: the dialog's title (record 0135)
        if (table.getScene() != null && table.getScene().getWindow() instanceof javafx.stage.Stage st
                && st.getTitle() != null && !st.getTitle().isBlank() && st.getOwner() != null) {
            return st.getTitle();
        }
        return messages.get("window.title");
    }

    private static String pageTitle(Node n) {
        if (n instanceof Labeled l && n.getStyleClass().contains("page-title") && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                String t = pageTitle(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    public String title() {
        return title;
    }

    /** The frame of a printable area: the title, the column titles and the page number measured at its width. */
    public ListPages.Frame frame(double width, double height) {
        double titleHeight = height(title, TITLE, width) + height(printed, SMALL, width) + GAP;
        double headerHeight = rowHeight(header, ListPages.widths(shownWidths, width), HEAD);
        double footerHeight = height("Trang 9 / 9", SMALL, width) + GAP;
        return new ListPages.Frame(width, height, titleHeight, headerHeight, footerHeight);
    }

    /** The A4 frame of an orientation with the default margins (the preview's, before a printer is chosen). */
    public ListPages.Frame frame(ListPages.Orientation o) {
        ListPages.Frame a4 = ListPages.Frame.a4(o, 0, 0, 0);
        return frame(a4.width(), a4.height());
    }

    /** The pages of the list in a frame. */
    public List<ListPages.Page> pages(ListPages.Frame frame) {
        List<Double> widths = ListPages.widths(shownWidths, frame.width());
        List<Double> heights = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            heights.add(rowHeight(r, widths, CELL));
        }
        return ListPages.pages(title, printed, header, rows, heights, frame);
    }

    /** One page drawn at its printed size (points), white, as it goes to the printer. */
    public Region render(ListPages.Page page, ListPages.Frame frame, Messages messages) {
        List<Double> widths = ListPages.widths(shownWidths, frame.width());
        Text titleText = text(page.title(), TITLE, frame.width());
        Text printedText = text(page.printed(), SMALL, frame.width());
        VBox body = new VBox(row(page.header(), widths, HEAD, Color.gray(0.9)));
        for (List<String> r : page.rows()) {
            body.getChildren().add(row(r, widths, CELL, null));
        }
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Text number = text(page.label(messages), SMALL, frame.width());
        number.setTextAlignment(TextAlignment.CENTER);
        VBox sheet = new VBox(new VBox(titleText, printedText), body, gap, number);
        sheet.setSpacing(0);
        VBox.setMargin(body, new Insets(GAP, 0, 0, 0));
        sheet.setMinSize(frame.width(), frame.height());
        sheet.setPrefSize(frame.width(), frame.height());
        sheet.setMaxSize(frame.width(), frame.height());
        sheet.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        return sheet;
    }

    /**
     * Prints the list on the printer the clerk chooses, A4 in the orientation asked (the printer's dialog may change
     * it): the job is set up here, on the JavaFX thread, and the pages go to the printer in the background.
     */
    public void print(Ui ui, ListPages.Orientation orientation) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            ui.dialogs().info(ui.text("window.print.title"), ui.text("window.print.noPrinter"));
            return;
        }
        job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(Paper.A4,
                orientation == ListPages.Orientation.PORTRAIT ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
                javafx.print.Printer.MarginType.DEFAULT));
        job.getJobSettings().setJobName(title);
        if (!job.showPrintDialog(ui.dialogs().owner())) {
            job.cancelJob();
            return;
        }
        send(ui, job, n -> ui.dialogs().info(ui.text("window.print.title"),
                ui.format("window.print.sent", n, job.getPrinter().getName())));
    }

    /**
     * Sends the pages to a job set up with its printer and page layout (what the printer's dialog chose): the pages are
     * built here, on the JavaFX thread, and printed in the background; {@code sent} gets the number of pages.
     */
    public void send(Ui ui, PrinterJob job, java.util.function.Consumer<Integer> sent) {
        if (!spools(System.getProperty("os.name", ""), Path.of("/usr/bin/lpr"))) {
            job.cancelJob();
            ui.dialogs().info(ui.text("window.print.title"), ui.format("window.print.noSpooler", job.getPrinter().getName()));
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        ListPages.Frame frame = frame(layout.getPrintableWidth(), layout.getPrintableHeight());
        List<Region> sheets = new ArrayList<>();
        for (ListPages.Page p : pages(frame)) {
            Region r = render(p, frame, ui.messages());
            new javafx.scene.Scene(new javafx.scene.Group(r)); // laid out off the window: printed from the background
            r.applyCss();
            r.layout();
            sheets.add(r);
        }
        String printer = job.getPrinter().getName();
        ui.tasks().run(ui.format("window.print.printing", title), progress -> {
            for (Region r : sheets) {
                if (!job.printPage(layout, r)) {
                    job.cancelJob();
                    throw new AppException(Msg.of("window.print.failed", printer));
                }
            }
            if (!job.endJob()) {
                throw new AppException(Msg.of("window.print.failed", printer));
            }
            return sheets.size();
        }, sent, ui.dialogs()::error);
    }

    /**
     * True when Java's printing can hand pages to the system: on Linux it spools through {@code /usr/bin/lpr} (CUPS's
     * package cups-bsd), and without it the pages are lost while JavaFX reports the job done (seen with CUPS-PDF,
     * record 0134), so the clerk is told before anything is sent.
     */
    static boolean spools(String osName, Path lpr) {
        return !osName.toLowerCase(java.util.Locale.ROOT).contains("linux") || java.nio.file.Files.isExecutable(lpr);
    }

    private static HBox row(List<String> cells, List<Double> widths, Font font, Color fill) {
        double h = rowHeight(cells, widths, font);
        HBox row = new HBox();
        for (int i = 0; i < widths.size(); i++) {
            Text t = text(i < cells.size() ? cells.get(i) : "", font, widths.get(i) - 2 * PAD);
            t.setLayoutX(PAD);
            t.setLayoutY(PAD);
            Pane cell = new Pane(t);
            cell.setMinSize(widths.get(i), h);
            cell.setPrefSize(widths.get(i), h);
            cell.setMaxSize(widths.get(i), h);
            cell.setBorder(new Border(new BorderStroke(Color.gray(0.45), BorderStrokeStyle.SOLID, null, new BorderWidths(0.5))));
            if (fill != null) {
                cell.setBackground(new Background(new BackgroundFill(fill, null, null)));
            }
            row.getChildren().add(cell);
        }
        return row;
    }

    private static double rowHeight(List<String> cells, List<Double> widths, Font font) {
        double h = height("Ag", font, Double.MAX_VALUE);
        for (int i = 0; i < widths.size() && i < cells.size(); i++) {
            h = Math.max(h, height(cells.get(i), font, widths.get(i) - 2 * PAD));
        }
        return Math.ceil(h + 2 * PAD);
    }

    private static double height(String s, Font font, double width) {
        return text(s, font, width).getLayoutBounds().getHeight();
    }

    private static Text text(String s, Font font, double width) {
        Text t = new Text(s == null ? "" : s);
        t.setFont(font);
        t.setTextOrigin(VPos.TOP);
        if (width < Double.MAX_VALUE) {
            t.setWrappingWidth(Math.max(1, width));
        }
        return t;
    }
}
