package vn.tdkt.audit.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;

/** The Lịch sử thay đổi table: thời điểm, người thực hiện, màn hình / lệnh, thay đổi (trước → sau). */
public final class ChangeHistoryPane {

    private final ChangeHistoryModel model;
    private final VBox root;

    public ChangeHistoryPane(Ui ui, ChangeHistoryModel model, String id) {
        this.model = model;
        TableView<ChangeRow> table = new TableView<>(model.rows());
        table.setId(id);
        table.setPlaceholder(new Label(ui.text("audit.history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<ChangeRow>textColumn(ui.text("audit.history.col.when"), 140, ChangeRow::when),
                UiFormat.<ChangeRow>textColumn(ui.text("audit.history.col.who"), 120, ChangeRow::who),
                UiFormat.<ChangeRow>textColumn(ui.text("audit.history.col.where"), 150, ChangeRow::where),
                UiFormat.<ChangeRow>textColumn(ui.text("audit.history.col.what"), 420, ChangeRow::what)));
        Label status = new Label();
        status.getStyleClass().add("hint");
        status.textProperty().bind(model.statusProperty());
        root = new VBox(4, table, status);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public VBox view() {
        return root;
    }

    /** Reloads the history (in the background). */
    public void refresh() {
        model.refresh();
    }
}
