package vn.tdkt.review.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** A text cell whose full text shows as a tooltip (long titles and legal references are cut in narrow columns). */
final class TooltipCell<S> extends TableCell<S, String> {

    private final Tooltip tooltip = new Tooltip();
    private final String markClass;

    /** @param markClass a style class added when the cell has text, or null */
    private TooltipCell(String markClass) {
        this.markClass = markClass;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
    }

    /** Gives the column tooltip cells, marked with the style class when not empty (null for none); returns it. */
    static <S> TableColumn<S, String> on(TableColumn<S, String> column, String markClass) {
        column.setCellFactory(c -> new TooltipCell<>(markClass));
        return column;
    }

    @Override
    protected void updateItem(String s, boolean empty) {
        super.updateItem(s, empty);
        boolean blank = empty || s == null || s.isEmpty();
        setText(empty ? null : s);
        tooltip.setText(blank ? "" : s);
        setTooltip(blank ? null : tooltip);
        if (markClass != null) {
            getStyleClass().remove(markClass);
            if (!blank) {
                getStyleClass().add(markClass);
            }
        }
    }
}
