package vn.tdkt.certificate.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tdkt.certificate.domain.Align;
import vn.tdkt.certificate.domain.BlankLayout;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.domain.DecisionSummary;

/**
 * Giấy khen, bằng khen: choose a decision and a blank, edit the blank's layout field by field, print the calibration
 * sheet and the decision's certificates (PDF); a thin view over {@link CertificateViewModel}.
 */
public final class CertificateView implements Screen {

    private final Ui ui;
    private final CertificateViewModel vm;
    private final BorderPane root = new BorderPane();

    public CertificateView(Ui ui, CertificateViewModel vm) {
        this.ui = ui;
        this.vm = vm;
        build();
    }

    private void build() {
        Label title = new Label(ui.text("certificate.title"));
        title.getStyleClass().add("page-title");
        ComboBox<DecisionSummary> decision = combo("certificateDecisionCombo", vm.decisions, vm.decision,
                d -> d.decisionNo() + " — " + VnFormat.date(d.decisionDate()) + " — " + d.subject());
        decision.setPrefWidth(460);
        ComboBox<BlankLayout> blank = combo("certificateBlankCombo", FXCollections.observableArrayList(), vm.blank,
                b -> b.plain() ? ui.text("certificate.plain") : b.code() + " — " + b.name());
        blank.setItems(vm.blanks);
        blank.setPrefWidth(380);
        CheckBox force = new CheckBox(ui.text("certificate.forceBlank"));
        force.setId("certificateForceBlank");
        force.selectedProperty().bindBidirectional(vm.forceBlank);
        HBox choose = new HBox(8, new Label(ui.text("certificate.decision")), decision, new Label(ui.text("certificate.blank")),
                blank, force);
        choose.setAlignment(Pos.CENTER_LEFT);

        FlowPane page = new FlowPane(8, 6, new Label(ui.text("certificate.layout.NAME")), field("certificateName", vm.name, 28),
                new Label(ui.text("certificate.pageSize")), field("certificateWidth", vm.width, 4), new Label("×"),
                field("certificateHeight", vm.height, 4), new Label("mm"),
                new Label(ui.text("certificate.layout.OFFSET")), field("certificateOffsetX", vm.offsetX, 3),
                field("certificateOffsetY", vm.offsetY, 3), new Label("mm"),
                new Label(ui.text("certificate.layout.KINDS")), field("certificateKinds", vm.kinds, 22));
        page.setAlignment(Pos.CENTER_LEFT);

        TableView<FieldRow> table = table();
        Button save = button("certificateSave", "certificate.save", vm::save);
        save.disableProperty().bind(vm.busy.or(Bindings.createBooleanBinding(
                () -> vm.blank.get() == null || vm.blank.get().plain(), vm.blank)));
        Button calibrate = button("certificateCalibrate", "certificate.calibrate", () -> ui.dialogs().chooseSave(
                ui.text("certificate.calibrate"), "can-chinh-" + code() + ".pdf", "PDF", "*.pdf").ifPresent(vm::calibrate));
        Button print = button("certificatePrint", "certificate.print", () -> ui.dialogs().chooseSave(
                ui.text("certificate.print"), "giay-khen-" + decisionFile() + ".pdf", "PDF", "*.pdf").ifPresent(vm::print));
        Button recognition = button("certificateRecognition", "certificate.recognition", () -> ui.dialogs().chooseSave(
                ui.text("certificate.recognition"), "qd-cong-nhan-" + decisionFile() + ".docx", "Word", "*.docx")
                .ifPresent(vm::recognition));
        recognition.disableProperty().bind(vm.busy.or(vm.decision.isNull()));
        vm.written.offerTo(ui.dialogs());
        Button cancel = button("certificateCancel", "certificate.cancel", vm::cancel);
        calibrate.disableProperty().bind(vm.busy);
        print.disableProperty().bind(vm.busy.or(vm.decision.isNull()));
        cancel.disableProperty().bind(vm.busy.not());
        HBox actions = new HBox(8, save, calibrate, print, recognition, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label problems = new Label();
        problems.setId("certificateProblems");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(vm::problemText, vm.problems));
        Label status = new Label();
        status.setId("certificateStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status);
        Label hint = new Label(ui.text("certificate.hint"));
        hint.setWrapText(true);
        VBox body = new VBox(8, choose, page, table, hint, actions, problems, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setTop(title);
        BorderPane.setMargin(title, new Insets(0, 0, 8, 0));
        root.setCenter(body);
        root.setPadding(new Insets(12));
    }

    private TableView<FieldRow> table() {
        TableView<FieldRow> t = new TableView<>(vm.rows);
        t.setId("certificateFields");
        t.setEditable(true);
        t.setPlaceholder(new Label(ui.text("common.noData")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FieldRow, String> name = UiFormat.textColumn(ui.text("certificate.col.field"), 220,
                r -> ui.text(r.field.labelKey()));
        TableColumn<FieldRow, Boolean> shown = new TableColumn<>(ui.text("certificate.col.shown"));
        shown.setCellValueFactory(c -> c.getValue().shown);
        shown.setCellFactory(CheckBoxTableCell.forTableColumn(shown));
        shown.setPrefWidth(60);
        TableColumn<FieldRow, Boolean> bold = new TableColumn<>(ui.text("certificate.col.bold"));
        bold.setCellValueFactory(c -> c.getValue().bold);
        bold.setCellFactory(CheckBoxTableCell.forTableColumn(bold));
        bold.setPrefWidth(50);
        TableColumn<FieldRow, Boolean> italic = new TableColumn<>(ui.text("certificate.col.italic"));
        italic.setCellValueFactory(c -> c.getValue().italic);
        italic.setCellFactory(CheckBoxTableCell.forTableColumn(italic));
        italic.setPrefWidth(50);
        TableColumn<FieldRow, Align> align = new TableColumn<>(ui.text("certificate.col.align"));
        align.setCellValueFactory(c -> c.getValue().align);
        align.setCellFactory(ComboBoxTableCell.forTableColumn(converter(a -> ui.text(a.labelKey())), Align.values()));
        align.setPrefWidth(110);
        t.getColumns().setAll(java.util.List.of(name, shown, number("certificate.col.x", r -> r.x),
                number("certificate.col.y", r -> r.y), number("certificate.col.width", r -> r.width),
                number("certificate.col.height", r -> r.height), number("certificate.col.size", r -> r.size), bold, italic, align));
        return t;
    }

    private TableColumn<FieldRow, String> number(String key, Function<FieldRow, StringProperty> value) {
        TableColumn<FieldRow, String> c = new TableColumn<>(ui.text(key));
        c.setCellValueFactory(d -> value.apply(d.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(80);
        return c;
    }

    private String code() {
        return vm.blank.get() == null ? "A4" : vm.blank.get().code();
    }

    private String decisionFile() {
        return vm.decision.get() == null ? "" : vm.decision.get().decisionNo().replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static TextField field(String id, StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(columns);
        return f;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Property<T> value,
                                         Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        c.setConverter(converter(text));
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    public CertificateViewModel model() {
        return vm;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
    }
}
