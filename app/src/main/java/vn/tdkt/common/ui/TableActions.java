package vn.tdkt.common.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import vn.tdkt.common.domain.Progress;

/**
 * The right-click menu and keys every table and tree table of the window shares, installed once on a scene
 * ({@link #install}), read through one {@link Grid} whichever the list is (record 0170):
 * the view's own actions if it declared them ({@link #actions}: Mở Enter, Sửa, Xóa Delete), then Sao chép (Ctrl+C:
 * the chosen rows as tab-separated text, which Excel pastes into cells), Chọn tất cả (Ctrl+A) and "Xuất các dòng đã
 * chọn…" / "Xuất cả bảng…" (xlsx or CSV, written in the background by the exporter), "In danh sách…" (Ctrl+P). A table
 * with a context menu of its own keeps it, "In danh sách…" added at its end ({@link #withPrint}). The window's dialogs get
 * the same on their scenes ({@link DialogService#attachWindow}). The texts are what the cells show.
 */
public final class TableActions {

    /** Writes a list file (the window passes the export service's method). */
    @FunctionalInterface
    public interface Exporter {
        Path write(Path file, String title, List<String> header, List<List<String>> rows, Progress progress);
    }

    /** What a view can do with the chosen row: any may be null. */
    public record Actions(Runnable open, Runnable edit, Runnable delete) {
    }

    private static final String KEY = "tdkt.tableActions";
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    /** More columns than this print across the page (landscape) unless the clerk chooses otherwise. */
    private static final int PORTRAIT_COLUMNS = 5;

    private TableActions() {
    }

    /** Declares a table's or a tree's own actions (shown first in its menu; Enter opens, Delete deletes). */
    public static void actions(Control table, Runnable open, Runnable edit, Runnable delete) {
        Grid.of(table).control().getProperties().put(KEY, new Actions(open, edit, delete));
    }

    /** Gives every table and tree table of the scene the shared menu and keys. */
    public static void install(Scene scene, Ui ui, Exporter exporter) {
        if (scene == null || scene.getProperties().putIfAbsent(KEY, Boolean.TRUE) != null) {
            return; // once per scene: a dialog shown again keeps the filters it has
        }
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Grid grid = Grid.around(e.getTarget());
            if (grid != null && grid.control().getContextMenu() == null) {
                menu(grid.control(), ui, exporter).show(grid.control(), e.getScreenX(), e.getScreenY());
                e.consume();
            } else if (grid != null) {
                withPrint(grid.control().getContextMenu(), grid.control(), ui); // its own menu, with In danh sách…
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Grid grid = Grid.around(e.getTarget());
            if (grid == null || grid.editing()) {
                return;
            }
            Actions a = (Actions) grid.control().getProperties().get(KEY);
            if (COPY.match(e)) {
                copy(grid.control(), ui.messages());
                e.consume();
            } else if (ALL.match(e)) {
                grid.selectAll();
                e.consume();
            } else if (PRINT.match(e)) {
                print(grid.control(), ui);
                e.consume();
            } else if (a != null && e.getCode() == KeyCode.ENTER && a.open() != null && !grid.nothingChosen()) {
                a.open().run();
                e.consume();
            } else if (a != null && e.getCode() == KeyCode.DELETE && a.delete() != null && !grid.nothingChosen()) {
                a.delete().run();
                e.consume();
            }
        });
    }

    /** The menu of one table or tree table. */
    public static ContextMenu menu(Control table, Ui ui, Exporter exporter) {
        Grid grid = Grid.of(table);
        List<MenuItem> items = new ArrayList<>();
        Actions a = (Actions) table.getProperties().get(KEY);
        boolean chosen = !grid.nothingChosen();
        if (a != null) {
            add(items, a.open(), ui.text("window.table.open"), "tableOpen", chosen);
            add(items, a.edit(), ui.text("window.table.edit"), "tableEdit", chosen);
            add(items, a.delete(), ui.text("window.table.delete"), "tableDelete", chosen);
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
        }
        add(items, () -> copy(table, ui.messages()), ui.text("window.table.copy"), "tableCopy", chosen);
        add(items, grid::selectAll, ui.text("window.table.selectAll"), "tableSelectAll", grid.size() > 0);
        items.add(new SeparatorMenuItem());
        add(items, () -> export(grid, ui, exporter, true), ui.text("window.table.exportSelected"), "tableExportSelected", chosen);
        add(items, () -> export(grid, ui, exporter, false), ui.text("window.table.exportAll"), "tableExportAll", grid.size() > 0);
        add(items, () -> print(table, ui), ui.text("window.table.print"), "tablePrint", true);
        ContextMenu m = new ContextMenu(items.toArray(MenuItem[]::new));
        m.setId("tableMenu");
        return m;
    }

    /**
     * A table's own context menu gets the shared "In danh sách… (Ctrl+P)" at its end, once (record 0135): the clerk
     * finds printing where every other table has it, not only behind the key.
     */
    static void withPrint(ContextMenu own, Control table, Ui ui) {
        if (own.getItems().stream().anyMatch(i -> "tablePrint".equals(i.getId()))) {
            return;
        }
        List<MenuItem> items = new ArrayList<>();
        if (!own.getItems().isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        add(items, () -> print(table, ui), ui.text("window.table.print"), "tablePrint", true);
        own.getItems().addAll(items);
    }

    private static void add(List<MenuItem> items, Runnable action, String text, String id, boolean enabled) {
        if (action == null) {
            return;
        }
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setDisable(!enabled);
        i.setOnAction(e -> action.run());
        items.add(i);
    }

    /**
     * In danh sách (Ctrl+P): the preview of the table or tree as shown on A4, then the printer's dialog; the pages go
     * to the printer in the background.
     */
    public static void print(Control table, Ui ui) {
        ListPrint list = ListPrint.of(table, ui.messages(), LocalDate.now());
        ListPages.Orientation initial = Grid.of(table).columns().size() > PORTRAIT_COLUMNS
                ? ListPages.Orientation.LANDSCAPE : ListPages.Orientation.PORTRAIT;
        new ListPrintDialog(ui, list, initial).showAndWait().ifPresent(o -> list.print(ui, o));
    }

    /** The chosen rows, tab-separated with the column titles first, on the clipboard (a tree's rows indented). */
    public static void copy(Control table, Messages messages) {
        Grid grid = Grid.of(table);
        StringBuilder b = new StringBuilder(String.join("\t", grid.header())).append('\n');
        for (List<String> r : grid.rows(true, messages)) {
            b.append(String.join("\t", r.stream().map(v -> v.replace('\t', ' ').replace('\n', ' ')).toList())).append('\n');
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(b.toString());
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static void export(Grid grid, Ui ui, Exporter exporter, boolean selectedOnly) {
        List<String> header = grid.header();
        List<List<String>> rows = grid.rows(selectedOnly, ui.messages());
        String title = ui.text("window.table.sheet");
        ui.dialogs().chooseSave(ui.text(selectedOnly ? "window.table.exportSelected" : "window.table.exportAll"),
                ui.text("window.table.fileName"), ui.text("window.table.filter"), "*.xlsx", "*.csv")
                .ifPresent(file -> ui.tasks().run(ui.text("window.table.exporting"),
                        p -> exporter.write(file, title, header, rows, p), ui.dialogs()::written, ui.dialogs()::error));
    }
}
