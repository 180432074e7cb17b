package vn.tdkt.common.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Columns as wide as what their cells show, so a code, a date, a title or an amount is never drawn cut: for every
 * column of a table but the flexible ones (names, units: long text that may be cut, {@link CutText} then gives the cell
 * a tooltip with its whole text), the widest cell text of the rows (at most {@value #MAX_ROWS}) becomes the column's
 * minimum width, measured as the table's own skin measures a column on a double click of its divider (a cell of the
 * column's factory shown each row in turn). Measured again when the rows or the columns change; a column only grows.
 */
public final class CellWidths {

    private static final String FLEXIBLE = "tdkt.flexibleColumn";
    private static final String FITTED = "tdkt.cellWidths";
    /** Rows measured at most (the rows past it are like those before: the same codes, dates and amounts). */
    public static final int MAX_ROWS = 2_000;
    /** The cell's padding (0,1667 em each side at 13 px), its right border and rounding. */
    private static final double PADDING = 12;

    private CellWidths() {
    }

    /** Keeps every column of the table but the flexible ones as wide as its widest cell text; returns the table. */
    @SafeVarargs
    public static <S> TableView<S> fit(TableView<S> table, TableColumnBase<S, ?>... flexible) {
        return fit(table, List.of(flexible));
    }

    /** {@link #fit(TableView, TableColumnBase[])} with the flexible columns in a list. */
    public static <S> TableView<S> fit(TableView<S> table, List<? extends TableColumnBase<S, ?>> flexible) {
        for (TableColumnBase<S, ?> c : flexible) {
            c.getProperties().put(FLEXIBLE, Boolean.TRUE);
        }
        if (table.getProperties().put(FITTED, Boolean.TRUE) != null) {
            return table;
        }
        boolean[] queued = {false};
        Runnable later = () -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    measure(table);
                });
            }
        };
        InvalidationListener changed = o -> later.run();
        table.itemsProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeListener(changed);
            }
            if (b != null) {
                b.addListener(changed);
            }
            later.run();
        });
        if (table.getItems() != null) {
            table.getItems().addListener(changed);
        }
        table.getVisibleLeafColumns().addListener(changed);
        table.skinProperty().addListener(changed);
        table.sceneProperty().addListener(changed);
        later.run();
        return table;
    }

    /**
     * Makes a text column wrap its text onto as many lines as the column's width needs (the row grows), so a long title
     * is shown whole in a narrow column; the column is flexible, never narrower than its longest word. Returns it.
     */
    public static <S> TableColumn<S, String> wrap(TableColumn<S, String> column) {
        column.getProperties().put(FLEXIBLE, Boolean.TRUE);
        column.setCellFactory(c -> new WrappingCell<>());
        return column;
    }

    /** A cell drawing its text wrapped to the column's width (the text stays the cell's, for copying and tests). */
    private static final class WrappingCell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapped-cell-text");
            text.fillProperty().bind(textFillProperty());
            text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            String shown = empty || s == null ? null : s;
            setText(shown);
            text.setText(shown == null ? "" : shown);
            setGraphic(shown == null ? null : text);
            TableColumn<S, String> c = getTableColumn();
            if (shown != null && c != null) {
                double word = 0;
                Text probe = new Text();
                probe.setFont(text.getFont());
                for (String w : shown.split("\\s+")) {
                    probe.setText(w);
                    word = Math.max(word, probe.getLayoutBounds().getWidth());
                }
                if (c.getMinWidth() < Math.ceil(word + PADDING)) {
                    c.setMinWidth(Math.ceil(word + PADDING));
                }
            }
        }
    }

    /** True for a column the view declared flexible (its long text may be cut, with a tooltip). */
    public static boolean flexible(TableColumnBase<?, ?> column) {
        return column.getProperties().containsKey(FLEXIBLE);
    }

    /** Measures every column that is not flexible and widens it to its widest cell text. */
    static <S> void measure(TableView<S> table) {
        if (table.getItems() == null || table.getItems().isEmpty()) {
            return;
        }
        if (table.lookup(".table-cell") == null && table.getScene() != null
                && table.getProperties().put(FITTED, Boolean.FALSE) == Boolean.TRUE) {
            Platform.runLater(() -> measure(table)); // once more when its cells are drawn, in their font
        }
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            if (flexible(c) || !c.getColumns().isEmpty()) {
                continue;
            }
            double w = Math.ceil(widest(table, c));
            if (w > 0 && c.getMinWidth() < w) {
                c.setMinWidth(w);
            }
            if (w > 0 && c.getPrefWidth() < w) {
                c.setPrefWidth(w);
            }
        }
    }

    /** The width the column needs for its widest cell text (0 when its cells show none: a check box, a button). */
    static <S, T> double widest(TableView<S> table, TableColumn<S, T> column) {
        if (column.getCellFactory() == null) {
            return 0;
        }
        TableCell<S, T> cell = column.getCellFactory().call(column);
        if (cell == null) {
            return 0;
        }
        Font font = font(table, column);
        TableRow<S> row = new TableRow<>();
        row.updateTableView(table);
        ObservableList<S> items = table.getItems();
        int rows = Math.min(items.size(), MAX_ROWS);
        double widest = 0;
        Text probe = new Text();
        probe.setFont(font);
        for (int i = 0; i < rows; i++) {
            row.updateIndex(i);
            cell.updateTableColumn(column);
            cell.updateTableView(table);
            cell.updateTableRow(row);
            cell.updateIndex(i);
            String text = cell.getText();
            if (text != null && !text.isEmpty()) {
                probe.setText(text);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth() + PADDING);
            }
        }
        cell.updateIndex(-1);
        return widest;
    }

    /**
     * The font the column's cells are drawn in: of a cell of the column already shown (a bold one if any is: a
     * verdict, a total), else of any cell shown, else the window's 13 px.
     */
    static Font font(TableView<?> table, TableColumn<?, ?> column) {
        Font own = null;
        Font any = null;
        for (Node n : List.copyOf(table.lookupAll(".table-cell"))) {
            if (n instanceof TableCell<?, ?> cell && cell.getSkin() != null && cell.getText() != null) {
                Font f = cell.getFont();
                if (cell.getTableColumn() == column && (own == null || bold(f) && !bold(own))) {
                    own = f;
                }
                any = any == null ? f : any;
            }
        }
        return own != null ? own : any != null ? any : Font.font(Font.getDefault().getFamily(), 13);
    }

    private static boolean bold(Font f) {
        return f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
    }
}
