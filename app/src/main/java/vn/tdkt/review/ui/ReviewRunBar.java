package vn.tdkt.review.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.review.domain.ReviewResult;

/**
 * The top rows of the review screen, bound to the {@link ReviewViewModel}: the page title, year and date, run and
 * cancel with the progress, export, and the regime in force on the review date.
 */
final class ReviewRunBar {

    private ReviewRunBar() {
    }

    /** The title, the controls row and the regime row; {@code export} is what the export button does. */
    static List<Node> nodes(Ui ui, ReviewViewModel model, Runnable export) {
        Label pageTitle = new Label();
        pageTitle.setId("reviewTitle");
        pageTitle.getStyleClass().add("page-title");
        pageTitle.textProperty().bind(Bindings.createStringBinding(() -> ui.format("review.title", String.valueOf(
                model.resultProperty().get() == null ? model.yearProperty().get() : model.resultProperty().get().year())),
                model.resultProperty(), model.yearProperty()));
        Spinner<Integer> year = new Spinner<>(1990, 2100, model.yearProperty().get());
        year.setId("yearSpinner");
        year.setEditable(true);
        year.setPrefWidth(90);
        year.valueProperty().addListener((obs, o, y) -> model.yearProperty().set(y));
        DatePicker date = UiFormat.datePicker("reviewDatePicker");
        date.setPrefWidth(130);
        date.valueProperty().bindBidirectional(model.reviewDateProperty());
        Button run = new Button(ui.text("review.run"));
        run.setId("runButton");
        run.setDefaultButton(true);
        run.setOnAction(e -> {
            commitInputs(year, date);
            model.run();
        });
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button(ui.text("review.cancel"));
        cancel.setId("cancelReviewButton");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("reviewProgress");
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(model.runningProperty());
        model.taskProperty().addListener((obs, o, t) -> {
            progress.progressProperty().unbind();
            if (t != null) {
                progress.progressProperty().bind(t.progressProperty());
            }
        });
        Button exportButton = new Button(ui.text("review.export"));
        exportButton.setId("exportButton");
        exportButton.disableProperty().bind(model.resultProperty().isNull());
        exportButton.setOnAction(e -> export.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label(ui.text("review.year")), year, new Label(ui.text("review.date")), date, run,
                cancel, progress, gap, exportButton);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label regimeFrame = new Label();
        regimeFrame.setId("regimeFrame");
        regimeFrame.getStyleClass().add("hint");
        regimeFrame.setMinWidth(Region.USE_PREF_SIZE);
        regimeFrame.textProperty().bind(Bindings.createStringBinding(() -> {
            ReviewResult r = model.resultProperty().get();
            return r == null ? "" : ui.format("review.regime", VnFormat.date(r.reviewDate()));
        }, model.resultProperty()));
        // the regime's name and legal references as the regime table records them: the law's own words (data)
        Label regimeName = UiText.data(new Label());
        regimeName.setId("regimeLabel");
        regimeName.getStyleClass().add("hint");
        regimeName.setWrapText(true);
        regimeName.textProperty().bind(Bindings.createStringBinding(() -> {
            ReviewResult r = model.resultProperty().get();
            return r == null ? "" : ui.format("review.regime.name", r.rules().regime().name(), r.rules().regime().legalRefs());
        }, model.resultProperty()));
        HBox regime = new HBox(4, regimeFrame, regimeName);

        return List.of(pageTitle, controls, regime);
    }

    /** A year or date typed but not yet committed (no Enter, no focus change) still counts. */
    private static void commitInputs(Spinner<Integer> year, DatePicker date) {
        String y = year.getEditor().getText();
        try {
            int typed = Integer.parseInt(y.trim());
            if (typed != year.getValue() && typed >= 1990 && typed <= 2100) {
                year.getValueFactory().setValue(typed);
            }
        } catch (NumberFormatException e) {
            year.getEditor().setText(String.valueOf(year.getValue()));
        }
        String text = date.getEditor().getText();
        if (date.getSkin() != null && !text.equals(UiFormat.DATE.toString(date.getValue()))) {
            date.setValue(text.isBlank() ? null : UiFormat.DATE.fromString(text));
        }
    }
}
