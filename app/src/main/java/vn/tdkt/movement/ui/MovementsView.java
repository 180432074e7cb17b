package vn.tdkt.movement.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.CellWidths;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.org.domain.Unit;

/** Phong trào thi đua: the list, the editor, status moves, milestones and the Kế hoạch; a thin view over the model. */
public final class MovementsView implements Screen {

    private final Ui ui;
    private final MovementViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<Movement> list = new TableView<>();

    public MovementsView(Ui ui, MovementViewModel vm) {
        this.ui = ui;
        this.vm = vm;
        build();
    }

    public MovementViewModel model() {
        return vm;
    }

    private void build() {
        Label title = new Label(ui.text("movement.title"));
        title.getStyleClass().add("page-title");
        Button add = button("newMovementButton", "movement.new", vm::newMovement);
        Button save = button("saveMovementButton", "movement.save", vm::save);
        Button plan = button("writePlanButton", "movement.writePlan", () -> ui.dialogs().chooseSave(ui.text("movement.writePlan"),
                vm.planName(), "Word", "*.docx").ifPresent(vm::writePlan));
        plan.disableProperty().bind(vm.selected.isNull());
        vm.written.offerTo(ui.dialogs());
        ComboBox<MovementStatus> next = new ComboBox<>(vm.nextStatuses);
        next.setId("nextStatusCombo");
        next.setConverter(MovementForm.converter(ui.messages()::label));
        TextField on = new TextField(VnFormat.date(java.time.LocalDate.now()));
        on.setId("moveDateField");
        on.setPrefColumnCount(8);
        Button move = button("moveButton", "movement.move", () -> vm.move(next.getValue(), on.getText(), null));
        move.disableProperty().bind(vm.selected.isNull().or(next.valueProperty().isNull()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label status = new Label();
        status.setId("movementStatusLabel");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ui.messages().label(vm.status.get()), vm.status));
        Button filter = new Button();
        filter.setId("movementStatusFilter");
        filter.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.statusFilter.get() == null ? ""
                : ui.format("movement.filter.status", ui.messages().label(vm.statusFilter.get())), vm.statusFilter));
        filter.visibleProperty().bind(vm.statusFilter.isNotNull());
        filter.managedProperty().bind(filter.visibleProperty());
        filter.setOnAction(e -> vm.statusFilter.set(null));
        HBox top = new HBox(8, title, gap, add, save, plan, status, next, on, move);
        top.setAlignment(Pos.CENTER_LEFT);

        list.setId("movementTable");
        list.setItems(vm.shown);
        list.setPlaceholder(new Label(ui.text("common.noData")));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the code and the status as wide as their cells, the name wrapped in the rest: every name read whole at
        // 1280 × 800, not only on hover (decision 174, as decision 156 for the milestones)
        var name = CellWidths.wrap(UiFormat.<Movement>textColumn(ui.text("movement.field.NAME"), 200, Movement::name));
        list.getColumns().setAll(List.of(
                UiFormat.<Movement>textColumn(ui.text("movement.field.CODE"), 90, Movement::code),
                UiFormat.<Movement>textColumn(ui.text("movement.field.STATUS"), 80, m -> ui.messages().label(m.status())),
                name));
        CellWidths.fit(list, name);
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, m) -> {
            if (m != null && (vm.selected.get() == null || vm.selected.get().id() != m.id())) {
                vm.select(m);
            }
        });
        Label problems = new Label();
        problems.setId("movementProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("error-text");
        vm.problems.addListener((javafx.collections.ListChangeListener<vn.tdkt.common.domain.Problem>) c ->
                problems.setText(vm.problemText()));
        Label message = new Label();
        message.setId("movementMessage");
        message.textProperty().bind(vm.message);
        VBox right = new VBox(6, new MovementForm(ui, vm).tabs(milestones()), problems, message);
        VBox.setVgrow(right.getChildren().get(0), Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));
        VBox left = new VBox(4, filter, list); // the filter above the list it filters: the top bar has no room left
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        // the list as wide as the form's five tabs leave at 1280 × 800: its names wrap in what the code and status leave
        split.setDividerPositions(0.41);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        root.setCenter(split);
        root.setPadding(new Insets(12));
    }

    private Node milestones() {
        TableView<MilestoneRow> table = new TableView<>(vm.milestones);
        table.setId("milestoneTable");
        table.setPlaceholder(new Label(ui.text("movement.noMilestones")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var dueColumn = UiFormat.<MilestoneRow>dateColumn(ui.text("movement.field.MILESTONE_DUE"), r -> r.milestone().due());
        // the texts wrap (the row grows) and the dates are as wide as their cells: the table fits its pane at 1280 × 800
        // with no sideways scrolling (decision 156)
        var content = CellWidths.wrap(UiFormat.<MilestoneRow>textColumn(ui.text("movement.field.MILESTONE_CONTENT"), 240,
                r -> r.milestone().content()));
        var unitColumn = CellWidths.wrap(UiFormat.<MilestoneRow>textColumn(ui.text("movement.col.unit"), 120,
                r -> r.unitName() == null ? ui.text("movement.allUnits") : r.unitName()));
        var documentColumn = CellWidths.wrap(UiFormat.<MilestoneRow>textColumn(ui.text("movement.col.document"), 120,
                r -> r.milestone().doneDocument() == null ? "" : r.milestone().doneDocument()));
        table.getColumns().setAll(List.of(content, dueColumn, unitColumn,
                UiFormat.<MilestoneRow>dateColumn(ui.text("movement.field.MILESTONE_DONE"), r -> r.milestone().doneDate()),
                documentColumn));
        CellWidths.fit(table, content, unitColumn, documentColumn);
        javafx.scene.text.Text date = new javafx.scene.text.Text("00/00/0000"); // a due day is never cut at 1280 × 800
        dueColumn.setMinWidth(Math.max(dueColumn.getMinWidth(), Math.ceil(date.getLayoutBounds().getWidth() * 1.15) + 24));
        TextField contentField = new TextField();
        contentField.setId("milestoneContentField");
        contentField.setPromptText(ui.text("movement.field.MILESTONE_CONTENT"));
        HBox.setHgrow(contentField, Priority.ALWAYS);
        TextField due = new TextField();
        due.setId("milestoneDueField");
        due.setPromptText("dd/mm/yyyy");
        due.setPrefColumnCount(8);
        due.setMinWidth(Region.USE_PREF_SIZE); // the row squeezed it to "dd/mm/y" at 1280 × 800
        ComboBox<Unit> unit = new ComboBox<>(vm.units);
        unit.setId("milestoneUnitCombo");
        unit.setPromptText(ui.text("movement.allUnits"));
        unit.setPrefWidth(220); // the milestone's text field, not the unit box, takes the row's width
        unit.setConverter(MovementForm.converter(Unit::name));
        Button add = button("addMilestoneButton", "movement.addMilestone", () -> {
            vm.addMilestone(contentField.getText(), due.getText(), unit.getValue());
            contentField.clear();
            due.clear();
        });
        add.disableProperty().bind(vm.selected.isNull());
        TextField doneOn = new TextField(VnFormat.date(java.time.LocalDate.now()));
        doneOn.setId("milestoneDoneField");
        doneOn.setPrefColumnCount(8);
        doneOn.setMinWidth(Region.USE_PREF_SIZE);
        TextField document = new TextField();
        document.setId("milestoneDocumentField");
        document.setPromptText(ui.text("movement.col.document"));
        Button done = button("milestoneDoneButton", "movement.markDone",
                () -> vm.markDone(table.getSelectionModel().getSelectedItem(), doneOn.getText(), document.getText()));
        done.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox box = new VBox(6, table, new HBox(6, contentField, due, unit, add), new HBox(6, doneOn, document, done));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows a movement (from the start screen). */
    public void open(long movementId) {
        vm.load(movementId);
    }

    /** Shows the movements of a status, the movement itself when it is the only one (from the start screen). */
    public void openStatus(MovementStatus status) {
        vm.showStatus(status);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        vm.statusFilter.set(null); // a filter lasts while the page is shown from Tổng quan
        vm.load(0);
    }
}
