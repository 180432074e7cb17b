package vn.tdkt.decision.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.ui.DecisionDialogModel.Line;

/** The list being drawn up: số sổ vàng, recipient, a kind picker per line and the money with its explanation. */
final class DraftTable {

    private final Ui ui;
    private final DecisionDialogModel model;

    private DraftTable(Ui ui, DecisionDialogModel model) {
        this.ui = ui;
        this.model = model;
    }

    static TableView<Line> of(Ui ui, DecisionDialogModel model) {
        TableView<Line> table = new TableView<>(model.lines);
        table.setId("draftTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(ui.text("decision.draft.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(new DraftTable(ui, model).columns());
        model.goldBookStart.addListener((obs, o, n) -> table.refresh());
        model.totalProperty().addListener((obs, o, n) -> table.refresh());
        return table;
    }

    private List<TableColumn<Line, ?>> columns() {
        TableColumn<Line, String> gold = UiFormat.textColumn(ui.text("decision.col.goldBook"), 85,
                l -> Integer.toString(model.goldBookNo(model.lines.indexOf(l))));
        TableColumn<Line, String> name = UiFormat.textColumn(ui.text("decision.col.name"), 150, Line::name);
        TableColumn<Line, String> position = UiFormat.textColumn(ui.text("decision.col.position"), 110, Line::position);
        TableColumn<Line, String> unit = UiFormat.textColumn(ui.text("decision.col.unit"), 130, Line::unitName);
        TableColumn<Line, AwardKind> kind = new TableColumn<>(ui.text("decision.col.kind"));
        kind.setPrefWidth(290);
        kind.setCellValueFactory(f -> f.getValue().kindProperty());
        kind.setCellFactory(c -> new KindCell());
        Function<Line, String> amount = l -> l.paymentProperty().get() == null ? ui.text("decision.draft.computing")
                : VnFormat.money(l.paymentProperty().get().amount());
        TableColumn<Line, Line> money = DecisionCells.tipColumn(ui.text("decision.col.amount"), 110, amount,
                l -> l.paymentProperty().get() == null ? null : l.paymentProperty().get().explanation(ui.messages().locale()), true);
        TableColumn<Line, String> reason = new TableColumn<>(ui.text("decision.col.keptReason"));
        reason.setId("keptReasonColumn");
        reason.setPrefWidth(180);
        reason.setEditable(true);
        reason.setCellValueFactory(f -> f.getValue().overrideReasonProperty());
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setOnEditCommit(e -> e.getRowValue().overrideReasonProperty().set(e.getNewValue()));
        List<TableColumn<Line, ?>> cols = List.of(gold, name, position, unit, kind, money, reason);
        cols.forEach(c -> c.setSortable(false));
        return cols;
    }

    /** A combo box of the kinds that suit the line's recipient. */
    private final class KindCell extends TableCell<Line, AwardKind> {
        private final ComboBox<AwardKind> combo = new ComboBox<>();

        KindCell() {
            combo.setConverter(Fields.converter(AwardKind::name));
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setOnAction(e -> {
                Line l = getTableRow() == null ? null : getTableRow().getItem();
                if (l != null) {
                    model.setKind(l, combo.getValue());
                }
            });
        }

        @Override
        protected void updateItem(AwardKind k, boolean empty) {
            super.updateItem(k, empty);
            Line l = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (l == null) {
                setGraphic(null);
                return;
            }
            combo.getItems().setAll(model.suitable(l.type()));
            combo.setValue(k);
            setGraphic(combo);
        }
    }
}
