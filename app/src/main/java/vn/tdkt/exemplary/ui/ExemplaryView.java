package vn.tdkt.exemplary.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.CellWidths;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.org.domain.Unit;

/** Điển hình tiên tiến: the list of models and the model's page (the form, then its tabs); a thin view over the model. */
public final class ExemplaryView implements Screen {

    private final Ui ui;
    private final ExemplaryViewModel vm;
    private final Controls c;
    private final BorderPane root = new BorderPane();

    public ExemplaryView(Ui ui, ExemplaryViewModel vm) {
        this.ui = ui;
        this.vm = vm;
        this.c = new Controls(ui);
        build();
    }

    public ExemplaryViewModel model() {
        return vm;
    }

    private void build() {
        Label title = new Label(ui.text("exemplary.title"));
        title.getStyleClass().add("page-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        TabPane tabs = new ModelTabs(ui, vm, c).tabs(form());
        HBox top = new HBox(8, title, gap, c.button("newModelButton", "exemplary.new", () -> {
            vm.newModel();
            tabs.getSelectionModel().selectFirst(); // the new model's form
        }), c.button("saveModelButton", "exemplary.save", vm::save));
        top.setAlignment(Pos.CENTER_LEFT);

        TableColumn<ModelRow, String> name = UiFormat.textColumn(ui.text("exemplary.field.NAME"), 320, r -> r.model().name());
        TableView<ModelRow> list = c.table("exemplaryTable", vm.models, List.of(
                UiFormat.<ModelRow>textColumn(ui.text("exemplary.field.CODE"), 80, r -> r.model().code()),
                UiFormat.<ModelRow>textColumn(ui.text("exemplary.field.KIND"), 90, r -> ui.messages().label(r.model().kind())),
                UiFormat.<ModelRow>textColumn(ui.text("exemplary.field.STAGE"), 90, r -> ui.messages().label(r.model().stage())),
                UiFormat.<ModelRow>textColumn(ui.text("exemplary.field.MOVEMENT"), 90, r -> nz(r.movementCode())), name));
        CellWidths.fit(list, name); // a code, a kind, a stage and a movement show whole; a long name has its tooltip
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, r) -> {
            if (r != null && (vm.selected.get() == null || vm.selected.get().model().id() != r.model().id())) {
                vm.select(r);
            }
        });
        Label problems = new Label();
        problems.setId("exemplaryProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("error-text");
        vm.problems.addListener((javafx.collections.ListChangeListener<vn.tdkt.common.domain.Problem>) ch ->
                problems.setText(vm.problemText()));
        Label message = new Label();
        message.setId("exemplaryMessage");
        message.textProperty().bind(vm.message);
        // the list above the model across the page's whole width: every column of the list and every tab of the model
        // (its form the first) show whole at 1280 × 800, where list and model side by side had room for neither
        VBox model = new VBox(6, stageBar(), tabs, problems, message);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        model.setPadding(new Insets(8, 0, 0, 0));
        SplitPane split = new SplitPane(list, model);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        root.setCenter(split);
        root.setPadding(new Insets(12));
    }

    private Node form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        TextField name = c.field("nameField", vm.name, null, 0);
        GridPane.setHgrow(name, Priority.ALWAYS);
        g.addRow(0, c.label("exemplary.field.CODE"), c.field("codeField", vm.code, null, 8),
                c.label("exemplary.field.NAME"), name);
        g.addRow(1, c.label("exemplary.field.KIND"), c.combo("kindCombo", FXCollections.observableArrayList(ModelKind.values()),
                vm.kind, ui.messages()::label), c.label("exemplary.field.FIELD"), c.field("fieldField", vm.field, null, 0));
        g.addRow(2, c.label("exemplary.personCode"), c.field("personCodeField", vm.personCode, "exemplary.personCodeHint", 8),
                c.label("exemplary.field.UNIT"), c.combo("unitCombo", vm.units, vm.unit, Unit::name));
        g.addRow(3, c.label("exemplary.field.GENDER"), c.combo("genderCombo",
                FXCollections.observableArrayList(Gender.values()), vm.gender, ui.messages()::label),
                c.label("exemplary.field.PROPOSER"), c.combo("proposerCombo", vm.units, vm.proposer, Unit::name));
        var movement = c.combo("movementCombo", vm.movements, vm.movement, (Movement m) -> m.code() + " — " + m.name());
        movement.setMaxWidth(Double.MAX_VALUE);
        g.addRow(4, c.label("exemplary.field.MOVEMENT"), movement);
        GridPane.setColumnSpan(g.getChildren().get(g.getChildren().size() - 1), 3);
        // the code, Loại, Mã cán bộ and Giới tính column keeps room for "Doanh nghiệp", a code and its hint at 1280 × 800
        javafx.scene.layout.ColumnConstraints narrow = new javafx.scene.layout.ColumnConstraints(170);
        narrow.setMinWidth(170);
        narrow.setFillWidth(true);
        g.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), narrow);
        g.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) % 2 == 1)
                .forEach(n -> ((javafx.scene.layout.Region) n).setMaxWidth(Double.MAX_VALUE)); // fields fill their column
        g.setPadding(new Insets(8));
        return g;
    }

    private Node stageBar() {
        Label now = new Label();
        now.setId("stageLabel");
        now.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ui.format("exemplary.stageNow", ui.messages().label(vm.stage.get())), vm.stage));
        var target = c.combo("targetStageCombo", FXCollections.observableArrayList(Stage.values()), vm.target,
                ui.messages()::label);
        TextField note = c.field("moveNoteField", vm.moveNote, "exemplary.moveNoteHint", 0);
        HBox.setHgrow(note, Priority.ALWAYS);
        var move = c.button("moveStageButton", "exemplary.move", vm::move);
        move.disableProperty().bind(vm.selected.isNull().or(vm.target.isNull()));
        HBox bar = new HBox(8, now, target, c.field("moveDateField", vm.moveDate, null, 8), note, move);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Shows a model (from another page). */
    public void open(long modelId) {
        vm.load(modelId);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load(0);
    }
}
