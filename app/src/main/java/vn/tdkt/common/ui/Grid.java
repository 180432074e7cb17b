package vn.tdkt.common.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import vn.tdkt.common.domain.VnFormat;

/**
 * A list of the window as the shared menu, keys, export and print see it (record 0170): a {@link TableView} or a
 * {@link TreeTableView} read as rows of the texts its cells show, over its visible leaf columns. A tree's rows are the
 * ones it shows (its expanded branches, in order), the first column indented by the row's depth as the tree draws it,
 * so a copied, exported or printed tree keeps its shape.
 */
abstract class Grid {

    /** The indentation of one level of a tree in a copied, exported or printed row. */
    static final String INDENT = "    ";

    private final Control control;

    private Grid(Control control) {
        this.control = control;
    }

    /** The grid of a table or a tree table. */
    static Grid of(Control control) {
        if (control instanceof TableView<?> t) {
            return new Table(t);
        }
        if (control instanceof TreeTableView<?> t) {
            return new Tree(t);
        }
        throw new IllegalArgumentException("not a table: " + control);
    }

    /** The table or tree table holding the node (itself, or the nearest such parent), else null. */
    static Grid around(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> || n instanceof TreeTableView<?>) {
                return of((Control) n);
            }
        }
        return null;
    }

    final Control control() {
        return control;
    }

    /** True while a cell is being edited (the keys then belong to the cell). */
    abstract boolean editing();

    /** True when no row is chosen. */
    abstract boolean nothingChosen();

    /** The number of rows shown. */
    abstract int size();

    /** Chọn tất cả: several rows may be chosen from then on. */
    abstract void selectAll();

    /** The visible leaf columns, in the order shown. */
    abstract List<? extends TableColumnBase<?, ?>> columns();

    /** The chosen rows' indices, in the list's order. */
    abstract List<Integer> chosen();

    /** The value of a column at a row. */
    abstract Object value(TableColumnBase<?, ?> column, int row);

    /** What the column's own cell factory draws at a row (a value that is the row itself). */
    abstract String drawn(TableColumnBase<?, ?> column, int row);

    /** What goes before the row's text in the indented column: nothing in a table, a tree's indentation. */
    String indent(int row) {
        return "";
    }

    /** The column (among the visible leaves) that carries the indentation: a tree's own column, else the first. */
    int indented() {
        return 0;
    }

    /** The titles of the visible leaf columns. */
    final List<String> header() {
        return columns().stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    /** The columns' widths as shown. */
    final List<Double> widths() {
        return columns().stream().map(TableColumnBase::getWidth).toList();
    }

    /** The texts of the chosen rows (or every row shown, in order), column by column. */
    final List<List<String>> rows(boolean chosenOnly, Messages messages) {
        List<? extends TableColumnBase<?, ?>> cols = columns();
        List<Integer> indices = new ArrayList<>();
        if (chosenOnly) {
            indices.addAll(chosen());
        } else {
            for (int i = 0; i < size(); i++) {
                indices.add(i);
            }
        }
        int indented = indented();
        List<List<String>> out = new ArrayList<>();
        for (int i : indices) {
            List<String> r = new ArrayList<>();
            for (TableColumnBase<?, ?> c : cols) {
                Object v = value(c, i);
                String t = simple(v) ? text(v, messages) : drawn(c, i);
                r.add(r.size() == indented ? indent(i) + t : t);
            }
            out.add(r);
        }
        return out;
    }

    private static List<Integer> sorted(ObservableList<Integer> indices) {
        return indices.stream().filter(i -> i >= 0).sorted().distinct().toList();
    }

    private static boolean simple(Object v) {
        return v == null || v instanceof CharSequence || v instanceof Number || v instanceof LocalDate || v instanceof Boolean
                || v instanceof vn.tdkt.common.domain.Labelled || v instanceof vn.tdkt.common.domain.Localizable;
    }

    private static String text(Object v, Messages messages) {
        if (v == null || v instanceof Map<?, ?>) {
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
        return String.valueOf(v);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A table: its items in the table's order (sorted, filtered as shown). */
    private static final class Table extends Grid {

        private final TableView<?> table;

        Table(TableView<?> table) {
            super(table);
            this.table = table;
        }

        @Override
        boolean editing() {
            return table.getEditingCell() != null;
        }

        @Override
        boolean nothingChosen() {
            return table.getSelectionModel().isEmpty();
        }

        @Override
        int size() {
            return table.getItems().size();
        }

        @Override
        void selectAll() {
            table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
            table.getSelectionModel().selectAll();
        }

        @Override
        List<? extends TableColumnBase<?, ?>> columns() {
            return List.copyOf(table.getVisibleLeafColumns());
        }

        @Override
        List<Integer> chosen() {
            return sorted(table.getSelectionModel().getSelectedIndices());
        }

        @Override
        Object value(TableColumnBase<?, ?> column, int row) {
            return column.getCellData(row);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        String drawn(TableColumnBase<?, ?> column, int row) {
            javafx.scene.control.TableCell cell = (javafx.scene.control.TableCell) ((TableColumn) column).getCellFactory()
                    .call(column);
            cell.updateTableView(table);
            cell.updateTableColumn((TableColumn) column);
            cell.updateIndex(row);
            return orEmpty(cell.getText());
        }
    }

    /** A tree table: the rows it shows (the expanded branches), each first cell indented by its depth. */
    private static final class Tree extends Grid {

        private final TreeTableView<?> tree;

        Tree(TreeTableView<?> tree) {
            super(tree);
            this.tree = tree;
        }

        @Override
        boolean editing() {
            return tree.getEditingCell() != null;
        }

        @Override
        boolean nothingChosen() {
            return tree.getSelectionModel().isEmpty();
        }

        @Override
        int size() {
            return tree.getRoot() == null ? 0 : tree.getExpandedItemCount();
        }

        @Override
        void selectAll() {
            tree.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
            tree.getSelectionModel().selectAll();
        }

        @Override
        List<? extends TableColumnBase<?, ?>> columns() {
            return List.copyOf(tree.getVisibleLeafColumns());
        }

        @Override
        List<Integer> chosen() {
            return sorted(tree.getSelectionModel().getSelectedIndices());
        }

        @Override
        Object value(TableColumnBase<?, ?> column, int row) {
            return column.getCellData(row);
        }

        @Override
        String indent(int row) {
            TreeItem<?> item = tree.getTreeItem(row);
            int depth = item == null ? 0 : tree.getTreeItemLevel(item) - (tree.isShowRoot() ? 0 : 1);
            return INDENT.repeat(Math.max(0, depth));
        }

        @Override
        int indented() {
            return Math.max(0, tree.getVisibleLeafColumns().indexOf(tree.getTreeColumn()));
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        String drawn(TableColumnBase<?, ?> column, int row) {
            javafx.scene.control.TreeTableCell cell = (javafx.scene.control.TreeTableCell) ((TreeTableColumn) column)
                    .getCellFactory().call(column);
            cell.updateTreeTableView(tree);
            cell.updateTableColumn((TreeTableColumn) column);
            cell.updateIndex(row);
            return orEmpty(cell.getText());
        }
    }
}
