package vn.tdkt.record.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.record.domain.PersonHold;

/** The person page's section of pending procedures (Tạm hoãn khen thưởng), bound to a {@link HoldsViewModel}. */
public final class HoldsPane extends VBox {

    private final HoldsViewModel model;

    public HoldsPane(Ui ui, HoldsViewModel model) {
        super(6);
        this.model = model;
        TableView<PersonHold> table = new TableView<>(model.holds());
        table.setId("holdTable");
        table.setPlaceholder(new Label(ui.text("record.hold.none")));
        table.setPrefHeight(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<PersonHold>textColumn(ui.text("record.hold.field.reason"), 230, h -> ui.messages().label(h.reason())),
                UiFormat.<PersonHold>textColumn(ui.text("record.hold.field.document"), 220, PersonHold::document),
                UiFormat.<PersonHold>dateColumn(ui.text("record.hold.field.from"), PersonHold::from),
                UiFormat.<PersonHold>dateColumn(ui.text("record.hold.field.until"), PersonHold::until)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> model.selected().set(n));
        model.selected().addListener((obs, o, n) -> {
            if (n != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(n);
            }
        });
        Button add = new Button(ui.text("record.hold.add"));
        add.setId("addHoldButton");
        add.setOnAction(e -> RecordDialogs.hold(ui, model).ifPresent(h -> model.load()));
        Button conclude = new Button(ui.text("record.hold.conclude"));
        conclude.setId("concludeHoldButton");
        conclude.disableProperty().bind(model.canConclude().not());
        conclude.setOnAction(e -> RecordDialogs.conclusion(ui).ifPresent(model::conclude));
        Label problems = new Label();
        problems.setId("holdProblems");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        model.problems().addListener((javafx.collections.ListChangeListener<String>) c ->
                problems.setText(String.join("\n", model.problems())));
        getChildren().addAll(UiText.section(ui, "record.hold.section"), new HBox(8, add, conclude), problems, table);
    }

    public HoldsViewModel model() {
        return model;
    }
}
