package vn.tdkt.people.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.StartupProbe;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.org.domain.OrgTree;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.service.PeopleService;

/**
 * Danh sách cán bộ: everyone held in memory once (one query), filtered per keystroke by
 * {@link PeopleIndex#matcher} on a {@link FilteredList} (diacritic-insensitive, no database call), in
 * Vietnamese given-name order unless the user sorts a column.
 */
public final class PeopleView implements Screen {

    private final Ui ui;
    private final PeopleService people;
    private final OrgService org;
    private final LongConsumer openPerson;
    private final ObservableList<PersonRow> master = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> filtered = new FilteredList<>(master);
    private final TableView<PersonRow> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final ComboBox<Choice<Unit>> unitFilter = new ComboBox<>();
    private final Label count = new Label();
    private final Label emptyLabel = new Label();
    private final BorderPane root = new BorderPane();
    private final Label notice = new Label();
    private List<Unit> units = List.of();
    /** The code of the person just saved: shown and selected once the list is back, even under a filter. */
    private String justSaved;

    public PeopleView(Ui ui, PeopleService people, OrgService org, LongConsumer openPerson) {
        this.ui = ui;
        this.people = people;
        this.org = org;
        this.openPerson = openPerson;
        build();
    }

    private void build() {
        Label title = new Label(ui.text("people.list.title"));
        title.getStyleClass().add("page-title");
        search.setId("searchField");
        search.setPromptText(ui.text("people.list.search"));
        search.setPrefColumnCount(28);
        unitFilter.setId("unitFilter");
        unitFilter.setPrefWidth(260);
        count.setId("countLabel");
        Button add = button("addButton", "people.list.add", e -> edit(null));
        Button editBtn = button("editButton", "people.list.edit", e -> edit(selected()));
        Button view = button("viewButton", "people.list.view", e -> openPerson.accept(selected().id()));
        editBtn.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        view.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, search, unitFilter, gap, add, editBtn, view);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, filters);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("peopleTable");
        emptyLabel.setText(ui.text("people.list.loading"));
        table.setPlaceholder(emptyLabel);
        table.getColumns().setAll(columns());
        vn.tdkt.common.ui.CellWidths.fit(table, table.getColumns().get(1), table.getColumns().get(4), table.getColumns().get(5));
        SortedList<PersonRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(tv -> {
            TableRow<PersonRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openPerson.accept(row.getItem().person().id());
                }
            });
            return row;
        });

        count.textProperty().bind(Bindings.createStringBinding(
                () -> ui.format("people.list.count", filtered.size(), master.size()), filtered, master));
        notice.setId("peopleNotice");
        notice.getStyleClass().add("ok-text");
        HBox bottom = new HBox(16, count, notice);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        vn.tdkt.common.ui.TableActions.actions(table, () -> openPerson.accept(selected().id()), () -> edit(selected()),
                () -> remove(selected()));

        search.textProperty().addListener((obs, o, n) -> applyFilter());
        unitFilter.valueProperty().addListener((obs, o, n) -> applyFilter());
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom);
        root.setPadding(new Insets(12));
    }

    private List<TableColumn<PersonRow, ?>> columns() {
        TableColumn<PersonRow, String> code = UiFormat.textColumn(ui.text("people.col.code"), 90, r -> r.person().code());
        // the cell value is the row itself so that sorting by name uses the Vietnamese key (given name first)
        TableColumn<PersonRow, PersonRow> name = new TableColumn<>(ui.text("people.col.name"));
        name.setPrefWidth(220);
        name.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PersonRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.person().fullName());
            }
        });
        name.setComparator(Comparator.comparing(PersonRow::sortKey));
        TableColumn<PersonRow, String> gender = UiFormat.textColumn(ui.text("people.col.gender"), 70,
                r -> r.person().gender() == null ? "" : ui.messages().label(r.person().gender()));
        TableColumn<PersonRow, java.time.LocalDate> birth = UiFormat.dateColumn(ui.text("people.col.birth"),
                r -> r.person().birthDate());
        TableColumn<PersonRow, String> position = UiFormat.textColumn(ui.text("people.col.position"), 160,
                r -> r.person().position() == null ? "" : r.person().position());
        TableColumn<PersonRow, String> unit = UiFormat.textColumn(ui.text("people.col.unit"), 220, PersonRow::unitName);
        return List.of(code, name, gender, birth, position, unit);
    }

    private Button button(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private Person selected() {
        PersonRow r = table.getSelectionModel().getSelectedItem();
        return r == null ? null : r.person();
    }

    private void applyFilter() {
        Choice<Unit> choice = unitFilter.getValue();
        Set<Long> unitIds = choice == null || choice.value() == null ? null : OrgTree.withDescendants(units, choice.value().id());
        filtered.setPredicate(PeopleIndex.matcher(search.getText(), unitIds)::test);
        emptyLabel.setText(ui.text(master.isEmpty() ? "common.noData" : "people.list.noMatch"));
    }

    /** Focuses the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ui.tasks().run(ui.text("people.list.loading"), p -> new Loaded(people.index(), org.units()), this::show, ui.dialogs()::error);
    }

    private record Loaded(PeopleIndex index, List<Unit> units) {
    }

    private void show(Loaded data) {
        units = data.units();
        Choice<Unit> previous = unitFilter.getValue();
        List<Choice<Unit>> choices = new ArrayList<>();
        Choice<Unit> all = new Choice<>(null, ui.text("people.list.allUnits"));
        choices.add(all);
        data.units().forEach(u -> choices.add(new Choice<>(u, u.name())));
        unitFilter.getItems().setAll(choices);
        unitFilter.setValue(choices.stream().filter(c -> previous != null && c.value() != null && previous.value() != null
                && c.value().id() == previous.value().id()).findFirst().orElse(all));
        master.setAll(data.index().all());
        applyFilter();
        showSaved();
        StartupProbe.usable();
    }

    private void edit(Person existing) {
        PersonDialog.show(ui, people, units, existing).ifPresent(saved -> {
            table.getSelectionModel().clearSelection();
            justSaved = saved.code();
            notice.setText(ui.format(existing == null ? "window.people.added" : "window.people.saved", saved.fullName(),
                    saved.code()));
            refresh();
        });
    }

    /** Xóa (Delete, the menu): deleted when nothing names them, else marked as left today with their history kept. */
    private void remove(Person p) {
        if (p == null || !ui.dialogs().confirm(ui.text("people.remove.title"), ui.format("people.remove.confirm",
                p.fullName(), p.code(), vn.tdkt.common.domain.VnFormat.date(java.time.LocalDate.now())))) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        ui.tasks().run(ui.text("people.remove.running"), t -> people.remove(p.id(), today), done -> {
            notice.setText(ui.format(done == PeopleService.Removal.DELETED ? "people.remove.deleted" : "people.remove.left",
                    p.fullName(), p.code(), vn.tdkt.common.domain.VnFormat.date(today)));
            refresh();
        }, ui.dialogs()::error);
    }

    /** Selects the person just saved; a filter that would hide them is cleared first. */
    private void showSaved() {
        String code = justSaved;
        justSaved = null;
        if (code == null) {
            return;
        }
        if (filtered.stream().noneMatch(r -> r.person().code().equals(code))) {
            search.clear();
            unitFilter.getSelectionModel().selectFirst();
            applyFilter();
        }
        table.getItems().stream().filter(r -> r.person().code().equals(code)).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    /** The rows after filtering, in display order. */
    public List<PersonRow> visibleRows() {
        return List.copyOf(table.getItems());
    }
}
