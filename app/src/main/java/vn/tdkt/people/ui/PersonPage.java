package vn.tdkt.people.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonHistory;
import vn.tdkt.people.service.AchievementSheet;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.service.RecordService;
import vn.tdkt.record.ui.HoldsPane;
import vn.tdkt.record.ui.HoldsViewModel;
import vn.tdkt.record.ui.RecordDialogs;

/** Hồ sơ cán bộ: identity, quá trình công tác and the whole history by year, with buttons to add to it. */
public final class PersonPage implements Screen {

    private final Ui ui;
    private final PeopleService people;
    private final OrgService org;
    private final RecordService records;
    private final CatalogueService catalogue;
    private final long personId;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final GridPane identity = new GridPane();
    private final TableView<Assignment> assignments = new TableView<>();
    private final TableView<HistoryRow> history = new TableView<>();
    private Loaded data;
    private HoldsPane holds;
    private final vn.tdkt.audit.ui.ChangeHistoryPane changes;

    public PersonPage(Ui ui, PeopleService people, OrgService org, RecordService records, CatalogueService catalogue,
                      vn.tdkt.audit.service.AuditService audit, long personId, Runnable back) {
        this.ui = ui;
        this.people = people;
        this.org = org;
        this.records = records;
        this.catalogue = catalogue;
        this.personId = personId;
        this.changes = new vn.tdkt.audit.ui.ChangeHistoryPane(ui, vn.tdkt.audit.ui.ChangeHistoryModel.ofPerson(audit, personId,
                ui.tasks(), ui.messages()), "personChangeTable");
        build(back);
    }

    private record Loaded(PersonHistory history, Map<Long, Unit> units, Catalogue catalogue) {
    }

    private void build(Runnable back) {
        Button backButton = new Button(ui.text("person.page.back"));
        backButton.setId("backButton");
        backButton.setOnAction(e -> back.run());
        title.setId("personTitle");
        UiText.data(title);
        title.getStyleClass().add("page-title");
        Button edit = action("editPersonButton", "person.page.edit", () -> PersonDialog.show(ui, people,
                List.copyOf(data.units().values()), data.history().person()));
        Button rating = action("addRatingButton", "person.page.addRating", () -> RecordDialogs.rating(ui, records, personId));
        Button award = action("addAwardButton", "person.page.addAward",
                () -> RecordDialogs.award(ui, records, data.catalogue(), personId));
        Button initiative = action("addInitiativeButton", "person.page.addInitiative",
                () -> RecordDialogs.initiative(ui, records, personId));
        Button discipline = action("addDisciplineButton", "person.page.addDiscipline",
                () -> RecordDialogs.discipline(ui, records, personId));
        Button delete = new Button(ui.text("person.page.deleteLine"));
        delete.setId("deleteLineButton");
        delete.disableProperty().bind(history.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button sheet = new Button(ui.text("person.page.sheet"));
        sheet.setId("achievementSheetButton");
        sheet.setOnAction(e -> writeSheet());
        HBox header = new HBox(10, backButton, title, gap, sheet, edit);
        header.setAlignment(Pos.CENTER_LEFT);

        identity.setHgap(16);
        identity.setVgap(4);
        identity.setId("identityGrid");

        assignments.setId("assignmentTable");
        assignments.setPlaceholder(new Label(ui.text("common.noData")));
        assignments.setPrefHeight(130);
        assignments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        assignments.getColumns().setAll(List.of(
                UiFormat.dateColumn(ui.text("person.assignment.from"), Assignment::startDate),
                UiFormat.dateColumn(ui.text("person.assignment.to"), Assignment::endDate),
                UiFormat.<Assignment>textColumn(ui.text("person.assignment.unit"), 260, a -> unitName(a.unitId())),
                UiFormat.<Assignment>textColumn(ui.text("person.assignment.position"), 200,
                        a -> a.position() == null ? "" : a.position())));
        vn.tdkt.common.ui.CellWidths.fit(assignments, assignments.getColumns().get(2), assignments.getColumns().get(3));

        history.setId("historyTable");
        history.setPlaceholder(new Label(ui.text("common.noData")));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<HistoryRow, HistoryRow> year = new TableColumn<>(ui.text("history.col.year"));
        year.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        year.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.period());
            }
        });
        year.setComparator(HistoryRow.NEWEST_FIRST.reversed());
        year.setPrefWidth(80);
        history.getColumns().setAll(List.of(year,
                UiFormat.<HistoryRow>textColumn(ui.text("history.col.kind"), 110, HistoryRow::kind),
                UiFormat.<HistoryRow>textColumn(ui.text("history.col.content"), 280, HistoryRow::content),
                UiFormat.<HistoryRow>textColumn(ui.text("history.col.detail"), 200, HistoryRow::detail),
                UiFormat.<HistoryRow>textColumn(ui.text("history.col.decisionNo"), 110, HistoryRow::decisionNo),
                UiFormat.<HistoryRow>dateColumn(ui.text("history.col.decisionDate"), HistoryRow::decisionDate),
                UiFormat.<HistoryRow>textColumn(ui.text("history.col.authority"), 150, HistoryRow::authority)));
        vn.tdkt.common.ui.CellWidths.fit(history, history.getColumns().get(3), history.getColumns().get(6));

        HBox historyButtons = new HBox(8, rating, award, initiative, discipline, delete);
        Label assignmentsTitle = section("person.page.assignments");
        Label historyTitle = section("person.page.history");
        holds = new HoldsPane(ui, new HoldsViewModel(records, ui.tasks(), ui.messages().locale(), personId));
        javafx.scene.control.Tab records = new javafx.scene.control.Tab(ui.text("person.page.records"), history);
        javafx.scene.control.Tab changesTab = new javafx.scene.control.Tab(ui.text("audit.history.title"), changes.view());
        changesTab.setId("personChangesTab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(records, changesTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox body = new VBox(8, identity, assignmentsTitle, assignments, historyTitle, historyButtons, tabs, holds);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        assignments.setMinHeight(100); // three lines stay when the tabs take the height
        root.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, 10, 0));
        root.setCenter(body);
        root.setPadding(new Insets(12));
    }

    private Label section(String key) {
        return UiText.section(ui, key);
    }

    /** A button that opens a dialog and reloads the page when the dialog saved something. */
    private Button action(String id, String key, java.util.function.Supplier<Optional<?>> dialog) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> {
            if (data != null && dialog.get().isPresent()) {
                refresh();
            }
        });
        return b;
    }

    private String unitName(long unitId) {
        Unit u = data == null ? null : data.units().get(unitId);
        return u == null ? "" : u.name();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        changes.refresh();
        ui.tasks().run(ui.text("person.page.loading"), p -> new Loaded(people.history(personId),
                org.units().stream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)),
                catalogue.catalogue()),
                this::show, ui.dialogs()::error);
        holds.model().load();
    }

    private void show(Loaded loaded) {
        this.data = loaded;
        Person p = loaded.history().person();
        title.setText(p.fullName() + " — " + p.code());
        identity.getChildren().clear();
        addIdentity(0, 0, "person.field.gender", p.gender() == null ? "" : ui.messages().label(p.gender()));
        addIdentity(0, 1, "person.field.birth", VnFormat.date(p.birthDate()));
        addIdentity(0, 2, "person.field.personalId", p.personalId());
        addIdentity(1, 0, "person.field.position", p.position());
        addIdentity(1, 1, "person.field.unit", loaded.history().unitName());
        addIdentity(1, 2, "person.field.start", VnFormat.date(p.startDate()));
        assignments.getItems().setAll(loaded.history().assignments());
        history.getItems().setAll(HistoryRow.of(loaded.history().record(), loaded.catalogue(), ui.messages()));
    }

    private void addIdentity(int col, int row, String key, String value) {
        Label k = new Label(ui.text(key) + ":");
        k.getStyleClass().add("field-name");
        identity.add(k, col * 2, row);
        identity.add(UiText.data(new Label(value == null ? "" : value)), col * 2 + 1, row);
    }

    /** Bản tóm tắt thành tích: the person's sheet to print, written in the background, then "Mở tệp" / "Mở thư mục". */
    private void writeSheet() {
        if (data == null) {
            return;
        }
        Loaded d = data;
        Person p = d.history().person();
        ui.dialogs().chooseSave(ui.text("person.page.sheet"), "thanh-tich-" + p.code() + ".docx", "Word", "*.docx")
                .ifPresent(file -> ui.tasks().run(ui.text("person.page.sheetWriting"), t -> AchievementSheet.write(d.history(),
                        id -> d.units().containsKey(id) ? d.units().get(id).name() : "",
                        code -> d.catalogue().kind(code).map(vn.tdkt.catalog.domain.AwardKind::name).orElse(code),
                        java.time.LocalDate.now(), file), ui.dialogs()::written, ui.dialogs()::error));
    }

    private void deleteSelected() {
        HistoryRow r = history.getSelectionModel().getSelectedItem();
        if (!ui.dialogs().confirm(ui.text("person.page.deleteLine"), ui.format("person.page.deleteConfirm", r.kind(),
                r.content(), r.period()))) {
            return;
        }
        Object source = r.source();
        ui.tasks().run(ui.text("person.page.deleting"), p -> {
            if (source instanceof Rating x) {
                records.deleteRating(x.id());
            } else if (source instanceof Award x) {
                records.deleteAward(x.id());
            } else if (source instanceof Initiative x) {
                records.deleteInitiative(x.id());
            } else if (source instanceof Discipline x) {
                records.deleteDiscipline(x.id());
            }
            return source;
        }, done -> refresh(), ui.dialogs()::error);
    }
}
