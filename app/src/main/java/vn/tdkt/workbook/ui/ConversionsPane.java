package vn.tdkt.workbook.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.LegacyConverter.Conversion;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;

/**
 * The preview of the cells typed in TCVN3 or VNI that the import reads as Unicode (sheet, row, column, encoding,
 * before → after) and the clerk's acceptance: the import button stays off until "Chấp nhận chuyển mã" is ticked.
 */
final class ConversionsPane extends VBox {

    private final TableView<Conversion> table = new TableView<>();
    private final CheckBox accept = new CheckBox();

    ConversionsPane(Ui ui) {
        super(8);
        setId("conversionsPane");
        table.setId("conversionsTable");
        table.setPlaceholder(new Label(ui.text("common.noData")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<Conversion>textColumn(ui.text("import.col.sheet"), 140, Conversion::sheet),
                UiFormat.<Conversion>textColumn(ui.text("import.col.row"), 60, c -> Integer.toString(c.row())),
                UiFormat.<Conversion>textColumn(ui.text("import.col.column"), 150, Conversion::column),
                UiFormat.<Conversion>textColumn(ui.text("import.col.encoding"), 100, c -> ui.messages().label(c.encoding())),
                UiFormat.<Conversion>textColumn(ui.text("import.col.before"), 260, Conversion::before),
                UiFormat.<Conversion>textColumn(ui.text("import.col.after"), 260, Conversion::after)));
        VBox.setVgrow(table, Priority.ALWAYS);
        accept.setId("acceptConversions");
        accept.setText(ui.text("import.acceptConversions"));
        setPadding(new Insets(0));
        getChildren().addAll(accept, table);
    }

    /** Shows the converted cells and clears the acceptance. */
    void show(List<Conversion> conversions) {
        accept.setSelected(false);
        table.getItems().setAll(conversions);
    }

    BooleanProperty acceptedProperty() {
        return accept.selectedProperty();
    }
}
