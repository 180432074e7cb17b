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
import javafx.scene.control.TableColumn;
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
import vn.tdkt.registration.domain.FileProblem;

/**
 * The page's half of {@link SheetImportModel}: the buttons that choose the unit sheet or a folder of them, the progress
 * with Cancel while they are read and written, the summary line, the TCVN3 / VNI preview and the list of a refused
 * sheet's problems (a refused folder's with the file of each).
 */
final class SheetImportBar {

    private final Ui ui;
    private final SheetImportModel model;
    private final Button open = new Button();
    private final Button template = new Button();
    private final Button folder = new Button();
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

        folder.setText(ui.text("registration.folderImport.open"));
        folder.setId("registrationImportFolderButton");
        folder.setTooltip(new Tooltip(ui.text("registration.folderImport.hint")));
        folder.disableProperty().bind(model.busy);
        folder.setOnAction(e -> ui.dialogs().chooseFolder(ui.text("registration.folderImport.choose"), FOLDER_KIND)
                .ifPresent(model::importFolder));

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
        model.folderProblems.addListener((ListChangeListener<FileProblem>) c -> {
            if (!model.folderProblems.isEmpty()) {
                List<FileProblem> shown = List.copyOf(model.folderProblems);
                String head = model.folderRefusal.get();
                Platform.runLater(() -> showFolderProblems(head, shown));
            }
        });
    }

    /** The folder of the units' sheets to import, remembered apart from the folders documents are written into. */
    static final String FOLDER_KIND = "registration-sheets";

    /** The button for the page's top bar. */
    Button button() {
        return open;
    }

    /** "Nhập cả thư mục bản đăng ký…": every unit sheet of a folder, all or nothing. */
    Button folderButton() {
        return folder;
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
        show(ui.format("registration.sheetImport.problemsText", file, String.valueOf(problems.size())), problems,
                List.of(), p -> p);
    }

    /** Every problem of a refused folder: Tệp, Trang tính, Dòng, Cột, Lỗi. */
    private void showFolderProblems(String head, List<FileProblem> problems) {
        show(head, problems, List.of(CellWidths.wrap(UiFormat.<FileProblem>textColumn(ui.text("import.col.file"), 170,
                FileProblem::file))), FileProblem::problem);
    }

    private <T> void show(String text, List<T> rows, List<TableColumn<T, String>> first,
                          java.util.function.Function<T, Problem> problem) {
        Dialog<ButtonType> d = new Dialog<>();
        ui.dialogs().prepare(d);
        d.setTitle(ui.text("registration.sheetImport.problemsTitle"));
        Label head = new Label(text);
        head.setWrapText(true);
        head.setMaxWidth(860);
        TableView<T> table = new TableView<>();
        table.setId("registrationImportProblemsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<T, String>> columns = new java.util.ArrayList<>(first);
        columns.addAll(List.of(
                CellWidths.wrap(UiFormat.<T>textColumn(ui.text("import.col.sheet"), 120,
                        r -> problem.apply(r).sheet() == null ? "" : problem.apply(r).sheet())),
                UiFormat.<T>textColumn(ui.text("import.col.row"), 60,
                        r -> problem.apply(r).row() > 0 ? Integer.toString(problem.apply(r).row()) : ""),
                CellWidths.wrap(UiFormat.<T>textColumn(ui.text("import.col.column"), 140,
                        r -> problem.apply(r).column() == null ? "" : problem.apply(r).column())),
                CellWidths.wrap(UiFormat.<T>textColumn(ui.text("import.col.message"), 430,
                        r -> ui.messages().text(problem.apply(r).text())))));
        table.getColumns().setAll(columns);
        table.getItems().setAll(rows);
        table.setPrefSize(first.isEmpty() ? 860 : 960, 300);
        d.getDialogPane().setContent(new VBox(8, head, table));
        ButtonType close = new ButtonType(ui.text("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(close);
        d.getDialogPane().lookupButton(close).setId("registrationImportProblemsClose");
        d.showAndWait();
    }
}
