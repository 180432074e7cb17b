package vn.tdkt.movement.ui;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementScope;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.org.domain.Unit;

/** The movement editor's tabs (plan, contents, texts), bound to the {@link MovementViewModel}. */
final class MovementForm {

    private final Ui ui;
    private final MovementViewModel vm;

    MovementForm(Ui ui, MovementViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    TabPane tabs(Node milestones) {
        TabPane t = new TabPane(tab("movement.tab.plan", plan()), tab("movement.tab.content", content()),
                tab("movement.tab.texts", texts()), tab("movement.tab.milestones", milestones),
                tab("movement.tab.links", MovementLinksPane.build(ui, vm)));
        t.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        t.setId("movementTabs");
        return t;
    }

    private Tab tab(String key, Node body) {
        return new Tab(ui.text(key), body);
    }

    private Node plan() {
        GridPane g = grid();
        int r = 0;
        row(g, r++, "movement.field.CODE", text("movementCodeField", vm.code));
        row(g, r++, "movement.field.NAME", text("movementNameField", vm.name));
        row(g, r++, "movement.field.KIND", choice("movementKindCombo", MovementKind.values(), vm.kind));
        row(g, r++, "movement.field.LEVEL", choice("movementLevelCombo", LaunchLevel.values(), vm.level));
        row(g, r++, "movement.field.SCOPE", choice("movementScopeCombo", MovementScope.values(), vm.scope));
        ComboBox<Movement> parent = new ComboBox<>(vm.movements);
        parent.setId("movementParentCombo");
        parent.valueProperty().bindBidirectional(vm.parent);
        parent.setConverter(converter(m -> m.code() + " — " + m.name()));
        parent.setMaxWidth(Double.MAX_VALUE);
        Button noParent = new Button(ui.text("movement.clear"));
        noParent.setOnAction(e -> vm.parent.set(null));
        HBox parentBox = new HBox(4, parent, noParent);
        HBox.setHgrow(parent, Priority.ALWAYS);
        row(g, r++, "movement.field.PARENT", parentBox);
        row(g, r++, "movement.label.authorityParent", text("movementAuthorityParentField", vm.authorityParent));
        row(g, r++, "movement.label.authority", text("movementAuthorityField", vm.authority));
        row(g, r++, "movement.label.place", text("movementPlaceField", vm.place));
        row(g, r++, "movement.field.PLAN_NO", text("movementPlanNoField", vm.planNo));
        row(g, r++, "movement.field.PLAN_DATE", text("movementPlanDateField", vm.planDate));
        row(g, r++, "movement.field.START", text("movementStartField", vm.start));
        row(g, r++, "movement.field.END", text("movementEndField", vm.end));
        row(g, r++, "movement.label.midReview", text("movementMidField", vm.midReview));
        row(g, r++, "movement.label.closingReview", text("movementClosingField", vm.closingReview));
        row(g, r++, "movement.label.theme", text("movementThemeField", vm.theme));
        row(g, r++, "movement.label.slogan", text("movementSloganField", vm.slogan));
        row(g, r++, "movement.label.lead", units("movementLeadCombo", vm.lead));
        row(g, r++, "movement.label.signerAuthority", text("movementSignerAuthorityField", vm.signerAuthority));
        row(g, r++, "movement.label.signerTitle", text("movementSignerTitleField", vm.signerTitle));
        row(g, r, "movement.label.signerName", text("movementSignerNameField", vm.signerName));
        return scroll(g);
    }

    private Node content() {
        TableView<MovementViewModel.ItemRow> items = new TableView<>(vm.items);
        items.setId("movementItemTable");
        items.setEditable(true);
        items.setPlaceholder(new Label(ui.text("movement.noItems")));
        TableColumn<MovementViewModel.ItemRow, String> content = new TableColumn<>(ui.text("movement.col.itemContent"));
        content.setCellValueFactory(f -> f.getValue().content);
        content.setCellFactory(TextFieldTableCell.forTableColumn());
        content.setPrefWidth(420);
        TableColumn<MovementViewModel.ItemRow, Unit> lead = new TableColumn<>(ui.text("movement.col.itemLead"));
        lead.setCellValueFactory(f -> f.getValue().lead);
        lead.setCellFactory(ComboBoxTableCell.forTableColumn(converter(Unit::name), vm.units));
        lead.setPrefWidth(240);
        items.getColumns().setAll(java.util.List.of(content, lead));
        Button add = new Button(ui.text("movement.addItem"));
        add.setId("addItemButton");
        add.setOnAction(e -> vm.items.add(new MovementViewModel.ItemRow(ui.text("movement.newItem"), null)));
        Button remove = new Button(ui.text("movement.removeItem"));
        remove.setOnAction(e -> vm.items.remove(items.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());

        ListView<Unit> participants = multi("movementUnitList", vm.units, vm.participants, u -> u.name() + " (" + u.code() + ")");
        ListView<AwardKind> rewards = multi("movementRewardList", vm.kinds, vm.rewards, AwardKind::name);
        VBox box = new VBox(6, section("movement.field.ITEMS"), items, new HBox(6, add, remove),
                section("movement.label.participants"), participants, section("movement.field.REWARDS"), rewards,
                section("movement.label.targets"), area("movementTargetsArea", vm.targets, 3));
        VBox.setVgrow(items, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return scroll(box);
    }

    private Node texts() {
        VBox box = new VBox(6);
        for (PlanPart p : PlanPart.values()) {
            box.getChildren().addAll(section(p.labelKey()), area("movementText" + p.name(), vm.texts.get(p), 4));
        }
        box.getChildren().addAll(section("movement.label.criteriaCollective"),
                area("movementCriteriaCollective", vm.criteriaCollective, 3), section("movement.label.criteriaIndividual"),
                area("movementCriteriaIndividual", vm.criteriaIndividual, 3), section("movement.label.criteriaHousehold"),
                area("movementCriteriaHousehold", vm.criteriaHousehold, 2));
        box.setPadding(new Insets(8));
        return scroll(box);
    }

    static <T> ListView<T> multi(String id, javafx.collections.ObservableList<T> all, javafx.collections.ObservableList<T> chosen,
                                 Function<T, String> text) {
        ListView<T> list = new ListView<>(all);
        list.setId(id);
        list.setPrefHeight(140);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            list.getSelectionModel().clearSelection();
            chosen.forEach(c -> list.getSelectionModel().select(c));
            syncing[0] = false;
        };
        chosen.addListener((ListChangeListener<T>) c -> {
            if (!syncing[0]) {
                fromModel.run();
            }
        });
        all.addListener((ListChangeListener<T>) c -> fromModel.run());
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                chosen.setAll(java.util.List.copyOf(list.getSelectionModel().getSelectedItems()));
                syncing[0] = false;
            }
        });
        return list;
    }

    private Label section(String key) {
        Label l = new Label(ui.text(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        ColumnConstraints label = new ColumnConstraints(170);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(label, field);
        return g;
    }

    private void row(GridPane g, int r, String key, Node field) {
        Label l = new Label(ui.text(key));
        l.setWrapText(true);
        g.add(l, 0, r);
        g.add(field, 1, r);
    }

    private static TextField text(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextArea area(String id, StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    private <E extends Enum<E> & Labelled> ComboBox<E> choice(String id, E[] values,
                                                              javafx.beans.property.ObjectProperty<E> p) {
        ComboBox<E> c = new ComboBox<>();
        c.getItems().setAll(Arrays.asList(values));
        c.setId(id);
        c.valueProperty().bindBidirectional(p);
        c.setConverter(converter(ui.messages()::label));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private ComboBox<Unit> units(String id, javafx.beans.property.ObjectProperty<Unit> p) {
        ComboBox<Unit> c = new ComboBox<>(vm.units);
        c.setId(id);
        c.valueProperty().bindBidirectional(p);
        c.setConverter(converter(u -> u.name() + " (" + u.code() + ")"));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
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
}
