package vn.tdkt.regime.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Ui;

/** The amendment form of the parameters screen, bound to an {@link AmendmentViewModel}. */
public final class AmendmentPane extends VBox {

    public AmendmentPane(Ui ui, AmendmentViewModel model) {
        super(6);
        setId("amendmentPane");
        Label title = new Label(ui.text("regime.amend.title"));
        title.getStyleClass().add("section-title");
        Label description = new Label();
        description.setId("amendDescription");
        description.setWrapText(true);
        description.textProperty().bind(model.description());
        TextField number = field("amendNumber", "06/2026/QH16", 140);
        number.textProperty().bindBidirectional(model.number());
        TextField passed = field("amendPassed", "dd/MM/yyyy", 110);
        passed.textProperty().bindBidirectional(model.passed());
        TextField inForce = field("amendInForce", "dd/MM/yyyy", 110);
        inForce.textProperty().bindBidirectional(model.inForce());
        Button save = new Button(ui.text("regime.amend.save"));
        save.setId("amendSave");
        save.disableProperty().bind(model.selected().isNull());
        save.setOnAction(e -> model.save());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(ui.text("regime.field.number")), number, new Label(ui.text("regime.field.passed")), passed,
                new Label(ui.text("regime.field.inForce")), inForce);
        HBox actions = new HBox(8, grid, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label problems = new Label();
        problems.setId("amendProblems");
        problems.getStyleClass().add("error");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        Label status = new Label();
        status.setId("amendStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        getChildren().setAll(title, description, actions, problems, status);
        setPadding(new Insets(8, 0, 0, 0));
    }

    private static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }
}
