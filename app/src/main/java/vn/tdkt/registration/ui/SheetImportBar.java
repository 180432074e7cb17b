package vn.tdkt.registration.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.ui.CellWidths;
import vn.tdkt.common.ui.ConversionsTable;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;

/**
 * The page's half of {@link SheetImportModel}: the button that chooses the unit sheet, the progress with Cancel while
 * it is read and written, the summary line, the TCVN3 / VNI preview and the list of a refused sheet's problems.
 */
final class SheetImportBar {

    private final Ui ui;
    private final SheetImportModel model;
    private final Button open = new Button();
    private final Button template = new Button();
    private final HBox progressRow;

    SheetImportBar(Ui ui, SheetImportModel model, javafx.beans.value.ObservableValue<vn.tdkt.org.domain.Unit> unit,
            javafx.beans.value.ObservableIntegerValue year) {
        this.ui = ui;
        this.model = model;
        open.setText(ui.text("registration.sheetImport.open"));
        open.setId("registrationImportSheetButton");
        open.setTooltip(new Tooltip(ui.text("registration.sheetImport.hint")));
        open.disableProperty().bind(model.busy);
        open.setOnAction(e -> ui.dialogs().chooseOpen(ui.text("registration.sheetImport.open"), "Excel", "*.xlsx")
                .ifPresent(model::importSheet));

        template.setText(ui.text("registration.template.open"));
        template.setId("registrationTemplateButton");
        template.setTooltip(new Tooltip(ui.text("registration.template.hint")));
        template.disableProperty().bind(model.busy.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> unit.getValue() == null, unit)));
        template.setOnAction(e -> ui.dialogs().chooseSave(ui.text("registration.template.open"), "dang-ky-thi-dua-"
                + unit.getValue().code() + "-" + year.get() + ".xlsx", "Excel", "*.xlsx")
                .ifPresent(f -> model.writeTemplate(unit.getValue(), year.get(), f)));
        model.written.offerTo(ui.dialogs());

        ProgressBar progress = new ProgressBar();
        progress.setId("registrationImportProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.progress);
        Button cancel = new Button(ui.text("registration.sheetImport.cancel"));
        cancel.setId("registrationImportCancelButton");
        cancel.setOnAction(e -> model.cancel());
        Label message = UiText.bound("registrationImportMessage", model.message);
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label error = UiText.bound("registrationImportError", model.error);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        progress.visibleProperty().bind(model.busy);
        progress.managedProperty().bind(model.busy);
        cancel.visibleProperty().bind(model.busy);
        cancel.managedProperty().bind(model.busy);
        progressRow = new HBox(8, progress, cancel, message, error);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(model.busy.or(model.message.isNotEmpty()).or(model.error.isNotEmpty()));
        progressRow.managedProperty().bind(progressRow.visibleProperty());

        ConversionsTable.review(ui.dialogs(), model.conversions);
        model.problems.addListener((ListChangeListener<Problem>) c -> {
            if (!model.problems.isEmpty()) {
                List<Problem> shown = List.copyOf(model.problems);
                String file = model.refusedFile.get();
                Platform.runLater(() -> showProblems(file, shown));
            }
        });
    }

    /** The button for the page's top bar. */
    Button button() {
        return open;
    }

    /** "Ghi mẫu đăng ký cho đơn vị (.xlsx)…": the blank sheet of the chosen unit and year. */
    Button templateButton() {
        return template;
    }

    /** The progress, Cancel and summary line (shown while importing and after). */
    HBox status() {
        return progressRow;
    }

    private void showProblems(String file, List<Problem> problems) {
        Dialog<ButtonType> d = new Dialog<>();
        ui.dialogs().prepare(d);
        d.setTitle(ui.text("registration.sheetImport.problemsTitle"));
        Label head = new Label(ui.format("registration.sheetImport.problemsText", file, String.valueOf(problems.size())));
        head.setWrapText(true);
        head.setMaxWidth(860);
        TableView<Problem> table = new TableView<>();
        table.setId("registrationImportProblemsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<Problem>textColumn(ui.text("import.col.sheet"), 130, p -> p.sheet() == null ? "" : p.sheet()),
                UiFormat.<Problem>textColumn(ui.text("import.col.row"), 60, p -> p.row() > 0 ? Integer.toString(p.row()) : ""),
                UiFormat.<Problem>textColumn(ui.text("import.col.column"), 150, p -> p.column() == null ? "" : p.column()),
                CellWidths.wrap(UiFormat.<Problem>textColumn(ui.text("import.col.message"), 500,
                        p -> ui.messages().text(p.text())))));
        table.getItems().setAll(problems);
        table.setPrefSize(860, 300);
        d.getDialogPane().setContent(new VBox(8, head, table));
        ButtonType close = new ButtonType(ui.text("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(close);
        d.getDialogPane().lookupButton(close).setId("registrationImportProblemsClose");
        d.showAndWait();
    }
}
