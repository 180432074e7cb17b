package vn.tdkt.common.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VnFormat;

/**
 * The right-click menu and keys every table of the window shares, installed once on a scene ({@link #install}):
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

    /** Declares a table's own actions (shown first in its menu; Enter opens, Delete deletes). */
    public static void actions(TableView<?> table, Runnable open, Runnable edit, Runnable delete) {
        table.getProperties().put(KEY, new Actions(open, edit, delete));
    }

    /** Gives every table of the scene the shared menu and keys. */
    public static void install(Scene scene, Ui ui, Exporter exporter) {
        if (scene == null || scene.getProperties().putIfAbsent(KEY, Boolean.TRUE) != null) {
            return; // once per scene: a dialog shown again keeps the filters it has
        }
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            TableView<?> table = tableOf(e);
            if (table != null && table.getContextMenu() == null) {
                menu(table, ui, exporter).show(table, e.getScreenX(), e.getScreenY());
                e.consume();
            } else if (table != null) {
                withPrint(table.getContextMenu(), table, ui); // its own menu, shown by the table, with In danh sách…
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TableView<?> table = tableOf(e);
            if (table == null || table.getEditingCell() != null) {
                return;
            }
            Actions a = (Actions) table.getProperties().get(KEY);
            if (COPY.match(e)) {
                copy(table, ui.messages());
                e.consume();
            } else if (ALL.match(e)) {
                selectAll(table);
                e.consume();
            } else if (PRINT.match(e)) {
                print(table, ui);
                e.consume();
            } else if (a != null && e.getCode() == KeyCode.ENTER && a.open() != null && !table.getSelectionModel().isEmpty()) {
                a.open().run();
                e.consume();
            } else if (a != null && e.getCode() == KeyCode.DELETE && a.delete() != null && !table.getSelectionModel().isEmpty()) {
                a.delete().run();
                e.consume();
            }
        });
    }

    private static TableView<?> tableOf(Event e) {
        Object target = e.getTarget();
        Node n = target instanceof Node node ? node : null;
        while (n != null && !(n instanceof TableView<?>)) {
            n = n.getParent();
        }
        return (TableView<?>) n;
    }

    /** The menu of one table. */
    public static ContextMenu menu(TableView<?> table, Ui ui, Exporter exporter) {
        List<MenuItem> items = new ArrayList<>();
        Actions a = (Actions) table.getProperties().get(KEY);
        boolean chosen = !table.getSelectionModel().isEmpty();
        if (a != null) {
            add(items, a.open(), ui.text("window.table.open"), "tableOpen", chosen);
            add(items, a.edit(), ui.text("window.table.edit"), "tableEdit", chosen);
            add(items, a.delete(), ui.text("window.table.delete"), "tableDelete", chosen);
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
        }
        add(items, () -> copy(table, ui.messages()), ui.text("window.table.copy"), "tableCopy", chosen);
        add(items, () -> selectAll(table), ui.text("window.table.selectAll"), "tableSelectAll", !table.getItems().isEmpty());
        items.add(new SeparatorMenuItem());
        add(items, () -> export(table, ui, exporter, true), ui.text("window.table.exportSelected"), "tableExportSelected", chosen);
        add(items, () -> export(table, ui, exporter, false), ui.text("window.table.exportAll"), "tableExportAll",
                !table.getItems().isEmpty());
        add(items, () -> print(table, ui), ui.text("window.table.print"), "tablePrint", true);
        ContextMenu m = new ContextMenu(items.toArray(MenuItem[]::new));
        m.setId("tableMenu");
        return m;
    }

    /**
     * A table's own context menu gets the shared "In danh sách… (Ctrl+P)" at its end, once (record 0135): the clerk
     * finds printing where every other table has it, not only behind the key.
     */
    static void withPrint(ContextMenu own, TableView<?> table, Ui ui) {
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
     * In danh sách (Ctrl+P): the preview of the table as shown on A4, then the printer's dialog; the pages go to the
     * printer in the background.
     */
    public static void print(TableView<?> table, Ui ui) {
        ListPrint list = ListPrint.of(table, ui.messages(), LocalDate.now());
        ListPages.Orientation initial = table.getVisibleLeafColumns().size() > PORTRAIT_COLUMNS
                ? ListPages.Orientation.LANDSCAPE : ListPages.Orientation.PORTRAIT;
        new ListPrintDialog(ui, list, initial).showAndWait().ifPresent(o -> list.print(ui, o));
    }

    /** Chọn tất cả: the table allows choosing several rows from then on. */
    public static void selectAll(TableView<?> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectAll();
    }

    /** The chosen rows, tab-separated with the column titles first, on the clipboard. */
    public static void copy(TableView<?> table, Messages messages) {
        StringBuilder b = new StringBuilder(String.join("\t", header(table))).append('\n');
        for (List<String> r : rows(table, true, messages)) {
            b.append(String.join("\t", r.stream().map(v -> v.replace('\t', ' ').replace('\n', ' ')).toList())).append('\n');
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(b.toString());
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static void export(TableView<?> table, Ui ui, Exporter exporter, boolean selectedOnly) {
        List<String> header = header(table);
        List<List<String>> rows = rows(table, selectedOnly, ui.messages());
        String title = ui.text("window.table.sheet");
        ui.dialogs().chooseSave(ui.text(selectedOnly ? "window.table.exportSelected" : "window.table.exportAll"),
                ui.text("window.table.fileName"), ui.text("window.table.filter"), "*.xlsx", "*.csv")
                .ifPresent(file -> ui.tasks().run(ui.text("window.table.exporting"),
                        p -> exporter.write(file, title, header, rows, p), ui.dialogs()::written, ui.dialogs()::error));
    }

    /** The titles of the visible leaf columns. */
    public static List<String> header(TableView<?> table) {
        return leaves(table).stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    /** The texts of the chosen rows (or every row, in the table's order), column by column. */
    public static List<List<String>> rows(TableView<?> table, boolean selectedOnly, Messages messages) {
        List<TableColumn<?, ?>> cols = leaves(table);
        List<Integer> indices = new ArrayList<>();
        if (selectedOnly) {
            ObservableList<Integer> sel = table.getSelectionModel().getSelectedIndices();
            sel.stream().sorted().forEach(indices::add);
        } else {
            for (int i = 0; i < table.getItems().size(); i++) {
                indices.add(i);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int i : indices) {
            List<String> r = new ArrayList<>();
            for (TableColumn<?, ?> c : cols) {
                Object v = c.getCellData(i);
                r.add(simple(v) ? text(v, messages) : rendered(table, c, i));
            }
            out.add(r);
        }
        return out;
    }

    private static boolean simple(Object v) {
        return v == null || v instanceof CharSequence || v instanceof Number || v instanceof LocalDate || v instanceof Boolean
                || v instanceof vn.tdkt.common.domain.Labelled || v instanceof vn.tdkt.common.domain.Localizable;
    }

    /** What the column's own cell shows for the row (a value that is the row itself, drawn by a cell factory). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String rendered(TableView<?> table, TableColumn<?, ?> column, int index) {
        javafx.scene.control.TableCell cell = (javafx.scene.control.TableCell) ((TableColumn) column).getCellFactory()
                .call(column);
        cell.updateTableView(table);
        cell.updateTableColumn(column);
        cell.updateIndex(index);
        String t = cell.getText();
        return t == null ? "" : t;
    }

    private static List<TableColumn<?, ?>> leaves(TableView<?> table) {
        List<TableColumn<?, ?>> out = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            out.add(c);
        }
        return out;
    }

    private static String text(Object v, Messages messages) {
        if (v == null) {
            return "";
        }
        if (v instanceof vn.tdkt.common.domain.Labelled l) {
            return messages.label(l);
        }
        if (v instanceof vn.tdkt.common.domain.Localizable l) {
            return messages.text(l);
        }
        if (v instanceof LocalDate d) {
            return VnFormat.date(d);
        }
        if (v instanceof Boolean b) {
            return b ? "✓" : "";
        }
        if (v instanceof Map<?, ?>) {
            return "";
        }
        return String.valueOf(v);
    }
}
