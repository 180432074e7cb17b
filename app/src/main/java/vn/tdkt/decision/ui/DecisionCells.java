package vn.tdkt.decision.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import vn.tdkt.common.domain.VietnameseText;

/** Table pieces shared by the decision screens: right-aligned numbers, text with a tooltip, struck revoked rows. */
final class DecisionCells {

    /** Style class of a revoked line (struck through by decision.css). */
    static final String REVOKED = "revoked";

    private DecisionCells() {
    }

    /** A right-aligned number column, sorted by value and shown through {@code format}. */
    static <S> TableColumn<S, Number> numberColumn(String title, double width, Function<S, Number> value,
                                                   Function<Number, String> format) {
        TableColumn<S, Number> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator((a, b) -> Long.compare(a.longValue(), b.longValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : format.apply(n));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** A read-only column whose cells show {@code text} with {@code tip} as tooltip (when there is one). */
    static <S> TableColumn<S, S> tipColumn(String title, double width, Function<S, String> text, Function<S, String> tip,
                                           boolean right) {
        TableColumn<S, S> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                String t = empty || item == null ? null : tip.apply(item);
                setTooltip(t == null || t.isBlank() ? null : tooltip(t));
            }
        });
        if (right) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDelay(Duration.millis(250));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /** Marks a row struck through while {@code revoked} is true for its item. */
    static <S> TableRow<S> markingRow(java.util.function.Predicate<S> revoked) {
        return new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(REVOKED);
                if (!empty && item != null && revoked.test(item)) {
                    getStyleClass().add(REVOKED);
                }
            }
        };
    }

    /** "danh-sach-khen-thuong-125-qd-ubnd.xlsx" from a prefix, a decision number and an extension. */
    static String fileName(String prefix, String decisionNo, String extension) {
        String number = VietnameseText.fold(decisionNo).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + "-" + number + "." + extension;
    }
}
