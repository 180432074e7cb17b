package vn.tdkt.regime.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeField;
import vn.tdkt.regime.domain.Wording;

/** The wording form of the parameters screen (README decision 149), bound to a {@link WordingViewModel}. */
public final class WordingPane extends VBox {

    public WordingPane(Ui ui, WordingViewModel model) {
        super(6);
        setId("wordingPane");
        Label title = new Label(ui.text("regime.wording.title"));
        title.getStyleClass().add("section-title");
        ComboBox<LegalRegime> regime = new ComboBox<>(model.choices());
        regime.setId("wordingRegime");
        regime.valueProperty().bindBidirectional(model.selected());
        regime.setCellFactory(lv -> new RegimeCell());
        regime.setButtonCell(new RegimeCell());
        HBox top = new HBox(8, new Label(ui.text("regime.field.regime")), regime);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(title, top);
        for (Wording w : Wording.values()) {
            Label label = new Label(ui.text(RegimeField.of(w).labelKey()));
            TextArea text = new TextArea();
            text.setId("wording" + w.name());
            text.setWrapText(true);
            text.setPrefRowCount(4);
            UiText.data(text); // the office's wording, a data value
            text.textProperty().bindBidirectional(model.text(w));
            Label hint = new Label(model.placeholders(w));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            getChildren().addAll(label, text, hint);
        }
        Button save = new Button(ui.text("regime.wording.save"));
        save.setId("wordingSave");
        save.disableProperty().bind(model.selected().isNull());
        save.setOnAction(e -> model.save());
        Button defaults = new Button(ui.text("regime.wording.defaults"));
        defaults.setId("wordingDefaults");
        defaults.setOnAction(e -> model.restoreDefaults());
        Label problems = new Label();
        problems.setId("wordingProblems");
        problems.getStyleClass().add("error");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        Label status = new Label();
        status.setId("wordingStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        getChildren().addAll(new HBox(8, save, defaults), problems, status);
        setPadding(new Insets(8, 0, 0, 0));
    }

    /** A regime by its official name, from the legal_regime table. */
    private static final class RegimeCell extends ListCell<LegalRegime> {

        RegimeCell() {
            UiText.data(this);
        }

        @Override
        protected void updateItem(LegalRegime item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
