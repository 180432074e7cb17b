package vn.tdkt.common.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import vn.tdkt.common.domain.LegacyConverter.Conversion;

/**
 * The table of converted cells every import screen shows (sheet, row, column, encoding, before → after) and the wiring
 * of a model's {@link ConversionReview} to the preview dialog.
 */
public final class ConversionsTable {

    private ConversionsTable() {
    }

    /** A new table with the given id and the six columns. */
    public static TableView<Conversion> create(Ui ui, String id) {
        return create(ui.messages(), id);
    }

    /**
     * Shows the preview ({@link DialogService#acceptConversions}) whenever the model's review holds cells, and gives the
     * review the clerk's answer.
     */
    public static void review(DialogService dialogs, ConversionReview review) {
        review.cells().addListener((javafx.collections.ListChangeListener<Conversion>) c -> {
            if (!review.cells().isEmpty()) {
                List<Conversion> shown = List.copyOf(review.cells());
                javafx.application.Platform.runLater(() -> {
                    if (dialogs.acceptConversions(shown)) {
                        review.accept();
                    } else {
                        review.decline();
                    }
                });
            }
        });
    }

    static TableView<Conversion> create(Messages messages, String id) {
        TableView<Conversion> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(messages.get("common.noData")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<Conversion>textColumn(messages.get("import.col.sheet"), 140, Conversion::sheet),
                UiFormat.<Conversion>textColumn(messages.get("import.col.row"), 60, c -> Integer.toString(c.row())),
                UiFormat.<Conversion>textColumn(messages.get("import.col.column"), 150, Conversion::column),
                UiFormat.<Conversion>textColumn(messages.get("import.col.encoding"), 100, c -> messages.label(c.encoding())),
                UiFormat.<Conversion>textColumn(messages.get("import.col.before"), 260, Conversion::before),
                UiFormat.<Conversion>textColumn(messages.get("import.col.after"), 260, Conversion::after)));
        return table;
    }
}
