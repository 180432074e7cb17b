package vn.tdkt.statistics.ui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.statistics.domain.StatisticsForm;
import vn.tdkt.statistics.service.StatisticsService;

/**
 * "Biểu thống kê": one dialog for biểu 0601.N–0605.N over {@link StatisticsFormsModel} — the biểu, the year, the file
 * ("Chọn…"), "Lập biểu" in the background with its progress bar and "Hủy", then "Mở tệp" / "Mở thư mục".
 */
public final class StatisticsFormsDialog {

    private StatisticsFormsDialog() {
    }

    /** Opens the dialog with {@code year} offered first. */
    public static void show(Ui ui, StatisticsService service, int year) {
        StatisticsFormsModel vm = new StatisticsFormsModel(service::write, ui.tasks(), ui.messages(),
                Path.of(System.getProperty("user.home")), year);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(ui.text("statistics.dialog.title"));
        dialog.setHeaderText(ui.text("statistics.dialog.header"));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content(ui, vm));
        dialog.getDialogPane().setPrefWidth(720);
        ui.dialogs().prepare(dialog);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).disableProperty().bind(vm.busy);
        dialog.showAndWait();
    }

    private static VBox content(Ui ui, StatisticsFormsModel vm) {
        ComboBox<StatisticsForm> form = new ComboBox<>(vm.forms);
        form.setId("statisticsForm");
        form.setConverter(Fields.converter(f -> ui.messages().label(f)));
        form.valueProperty().bindBidirectional(vm.form);
        form.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> year = new ComboBox<>();
        year.setId("statisticsYear");
        year.setEditable(true);
        vm.years.forEach(y -> year.getItems().add(Integer.toString(y)));
        year.valueProperty().bindBidirectional(vm.year);
        year.setPrefWidth(110);
        TextField file = new TextField();
        file.setId("statisticsFile");
        file.setEditable(false);
        file.textProperty().bind(vm.file.asString());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(ui.text("statistics.dialog.choose"));
        choose.setId("statisticsChoose");
        choose.setOnAction(e -> ui.dialogs().chooseSave(ui.text("statistics.dialog.title"), vm.suggestedName(),
                ui.text("import.filter"), "*.xlsx").ifPresent(vm::choose));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label(ui.text("statistics.dialog.form")), form);
        grid.addRow(1, label(ui.text("statistics.dialog.year")), year);
        grid.addRow(2, label(ui.text("statistics.dialog.file")), new HBox(8, file, choose));
        GridPane.setHgrow(form, Priority.ALWAYS);
        Button write = new Button(ui.text("statistics.dialog.write"));
        write.setId("statisticsWrite");
        write.setDefaultButton(true);
        write.setOnAction(e -> vm.write());
        Button cancel = new Button(ui.text("dialog.cancel"));
        cancel.setId("statisticsCancel");
        cancel.setOnAction(e -> vm.cancel());
        write.disableProperty().bind(vm.busy);
        cancel.disableProperty().bind(vm.busy.not());
        form.disableProperty().bind(vm.busy);
        year.disableProperty().bind(vm.busy);
        choose.disableProperty().bind(vm.busy);
        ProgressBar bar = new ProgressBar();
        bar.setId("statisticsProgress");
        bar.progressProperty().bind(vm.progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox actions = new HBox(8, bar, write, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("statisticsStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status);
        Label problems = new Label();
        problems.setId("statisticsProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("error-text");
        vm.problems.addListener((ListChangeListener<vn.tdkt.common.domain.Problem>) c -> problems.setText(vm.problemText()));
        vm.written.addListener((o, a, f) -> {
            if (f != null) {
                ui.dialogs().written(f);
            }
        });
        VBox box = new VBox(10, grid, actions, status, problems);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A field's label that is never cut. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
