package vn.tdkt.registration.ui;

import java.util.function.IntSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.movement.domain.MovementChoice;

/** The registration page's round bar: the year's movement, its deadline (dd/MM/yyyy), Save; below, the saved round and problems. */
final class RoundBar extends VBox {

    RoundBar(Ui ui, RoundBarModel model, IntSupplier year, Runnable saved) {
        super(2);
        ComboBox<MovementChoice> movement = new ComboBox<>(model.movements);
        movement.setId("registrationRoundMovementCombo");
        movement.setConverter(Fields.converter(MovementChoice::label));
        movement.setPrefWidth(360);
        movement.setMinWidth(240);
        movement.valueProperty().bindBidirectional(model.movement);
        UiText.data(movement);
        DatePicker deadline = UiFormat.datePicker("registrationRoundDeadlinePicker");
        deadline.setPrefWidth(140);
        deadline.setMinWidth(140);
        deadline.setMaxWidth(140);
        deadline.getEditor().textProperty().bindBidirectional(model.deadline);
        Button save = new Button(ui.text("registration.round.save"));
        save.setId("registrationRoundSaveButton");
        save.setOnAction(e -> model.save(year.getAsInt(), saved));
        Label current = UiText.data(new Label());
        current.setId("registrationRoundLabel");
        current.textProperty().bind(model.current);
        HBox bar = new HBox(8, new Label(ui.text("registration.round.movement")), movement,
                new Label(ui.text("registration.round.deadline")), deadline, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("registrationRoundError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.error);
        error.visibleProperty().bind(model.error.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(bar, current, error);
    }
}
