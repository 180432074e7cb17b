package vn.tdkt.common.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The window's rule that a label is never drawn cut (checked by the layout test at 1280 × 800 and 1366 × 768),
 * applied to a page and to whatever it shows later ({@link #watch}): a label or button in a row (HBox) or a form grid
 * keeps the width of its text, so the fields beside it shrink instead; a wrapped text in a column (VBox) keeps all its
 * lines; a table's column is never narrower than the
 * title on two lines, and titles wrap onto a second line (app.css) rather than end in "…". Cells and the values
 * of combo boxes are data: {@link CutText} gives them a tooltip.
 */
public final class NoCut {

    private static final String WATCHED = "tdkt.noCut";
    /** Style class of a table whose header row holds two lines of title. */
    static final String WRAPPED = "wrapped-titles";
    /** Padding of a column header around its text (left and right) and the sort arrow. */
    private static final double HEADER_PADDING = 22;

    private NoCut() {
    }

    /** Applies the rule to the node and everything under it, now and when children are added. */
    public static void watch(Node node) {
        if (node == null || node.getProperties().containsKey(WATCHED) || node instanceof Cell<?>
                || node instanceof TextInputControl || node instanceof ComboBoxBase<?>) {
            return;
        }
        node.getProperties().put(WATCHED, Boolean.TRUE);
        if (node instanceof TableView<?> t) {
            t.getVisibleLeafColumns().forEach(NoCut::fit);
            t.getVisibleLeafColumns().forEach(c -> c.widthProperty().addListener((o, a, b) -> titleLines(t)));
            t.getVisibleLeafColumns().addListener((ListChangeListener<TableColumnBase<?, ?>>) c -> {
                t.getVisibleLeafColumns().forEach(NoCut::fit);
                while (c.next()) {
                    c.getAddedSubList().forEach(col -> col.widthProperty().addListener((o, a, b) -> titleLines(t)));
                }
                titleLines(t);
            });
            titleLines(t);
            return;
        }
        if (node instanceof TreeTableView<?> t) {
            t.getVisibleLeafColumns().forEach(NoCut::fit);
            return;
        }
        if (node instanceof ListView<?> || node instanceof TreeView<?>) {
            return;
        }
        if (node instanceof Labeled l && !l.isWrapText() && (l instanceof Label || l instanceof ButtonBase)
                && (node.getParent() instanceof HBox || node.getParent() instanceof GridPane)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof Labeled l && l.isWrapText() && node.getParent() instanceof javafx.scene.layout.VBox) {
            l.setMinHeight(Region.USE_PREF_SIZE); // a wrapped text in a column gets all its lines
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(NoCut::watch);
            p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(NoCut::watch);
                }
            });
        }
    }

    /** A column at least as wide as its title on two lines (the header row holds two, app.css). */
    static void fit(TableColumnBase<?, ?> column) {
        String title = column.getText();
        if (title == null || title.isBlank()) {
            return;
        }
        if (title.indexOf('\n') >= 0) {
            return; // a title its view has broken into lines: the view chose the column's width with it
        }
        double min = Math.ceil(twoLines(title) + HEADER_PADDING);
        if (column.getMinWidth() < min) {
            column.setMinWidth(min);
        }
        if (column.getPrefWidth() < min) {
            column.setPrefWidth(min);
        }
    }

    /**
     * Gives the table's header row room for two lines of title (style class {@value #WRAPPED}, app.css) while one of its
     * columns is narrower than its title on one line: the header row does not grow by itself for a wrapped title.
     */
    static void titleLines(TableView<?> table) {
        boolean narrow = table.getVisibleLeafColumns().stream().anyMatch(c -> c.getText() != null && !c.getText().isBlank()
                && c.getText().indexOf('\n') < 0 && c.getWidth() > 0 && c.getWidth() < Math.ceil(width(c.getText()) + HEADER_PADDING));
        if (narrow && !table.getStyleClass().contains(WRAPPED)) {
            table.getStyleClass().add(WRAPPED);
        } else if (!narrow) {
            table.getStyleClass().remove(WRAPPED);
        }
    }

    /** The width of the title broken into two lines at the best space (one line when it has one word). */
    static double twoLines(String title) {
        String[] words = title.strip().split("\\s+");
        double best = width(String.join(" ", words));
        for (int i = 1; i < words.length; i++) {
            double first = width(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
            double second = width(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            best = Math.min(best, Math.max(first, second));
        }
        return best;
    }

    private static double width(String text) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 13));
        return t.getLayoutBounds().getWidth();
    }
}
