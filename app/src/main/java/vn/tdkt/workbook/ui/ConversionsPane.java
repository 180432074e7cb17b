package vn.tdkt.workbook.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.LegacyConverter.Conversion;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.ConversionsTable;

/**
 * The preview of the cells typed in TCVN3 or VNI that the import reads as Unicode (sheet, row, column, encoding,
 * before → after) and the clerk's acceptance: the import button stays off until "Chấp nhận chuyển mã" is ticked.
 */
final class ConversionsPane extends VBox {

    private final TableView<Conversion> table;
    private final CheckBox accept = new CheckBox();

    ConversionsPane(Ui ui) {
        super(8);
        setId("conversionsPane");
        table = ConversionsTable.create(ui, "conversionsTable");
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
