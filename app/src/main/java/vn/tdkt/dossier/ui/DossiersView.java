package vn.tdkt.dossier.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tdkt.audit.ui.ChangeHistoryModel;
import vn.tdkt.audit.ui.ChangeHistoryPane;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.service.DossierServices;
import vn.tdkt.movement.service.MovementLinkService;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.service.PeopleService;

/**
 * Hồ sơ đề nghị khen thưởng: the list filtered by year, status and award (the service filters), the creation dialog,
 * and each dossier's page in place of the list (Back returns to it).
 */
public final class DossiersView implements Screen {

    /** The person recorded in the dossier log: the operating-system account of the clerk. */

    /** One listed dossier with what the table shows beside it. */
    public record Row(Dossier dossier, String awardName, int subjects, String levelName) {
    }

    private record Loaded(List<Row> rows, List<Integer> years, Catalogue catalogue) {
    }

    private final Ui ui;
    private final DossierServices services;
    private final CatalogueService catalogue;
    private final PeopleService people;
    private final OrgService org;
    private final DossierPageModel.Writer writer;
    private final StackPane root = new StackPane();
    private final BorderPane list = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final ComboBox<Choice<Integer>> yearFilter = new ComboBox<>();
    private final ComboBox<Choice<DossierStatus>> statusFilter = new ComboBox<>();
    private final ComboBox<Choice<AwardKind>> awardFilter = new ComboBox<>();
    private final Label count = new Label();
    private final Label emptyLabel = new Label();
    private final MovementLinkService movements;
    private DossierPage page;
    private final vn.tdkt.audit.service.AuditService audit;
    private boolean filling;
    private long selectAfterLoad;

    public DossiersView(Ui ui, DossierServices services, CatalogueService catalogue, PeopleService people, OrgService org,
                        MovementLinkService movements, vn.tdkt.audit.service.AuditService audit, DossierPageModel.Writer writer) {
        this.ui = ui;
        this.audit = audit;
        this.movements = movements;
        this.writer = writer;
        this.services = services;
        this.catalogue = catalogue;
        this.people = people;
        this.org = org;
        build();
    }

    private void build() {
        Label title = new Label(ui.text("dossier.list.title"));
        title.getStyleClass().add("page-title");
        yearFilter.setId("dossierYearFilter");
        statusFilter.setId("dossierStatusFilter");
        awardFilter.setId("dossierAwardFilter");
        awardFilter.setPrefWidth(300);
        statusFilter.getItems().add(new Choice<>(null, ui.text("dossier.list.allStatuses")));
        for (DossierStatus s : DossierStatus.values()) {
            statusFilter.getItems().add(new Choice<>(s, ui.messages().label(s)));
        }
        statusFilter.getSelectionModel().selectFirst();
        yearFilter.getItems().add(new Choice<>(null, ui.text("dossier.list.allYears")));
        yearFilter.getSelectionModel().selectFirst();
        awardFilter.getItems().add(new Choice<>(null, ui.text("dossier.list.allAwards")));
        awardFilter.getSelectionModel().selectFirst();
        yearFilter.valueProperty().addListener((obs, o, n) -> filterChanged());
        statusFilter.valueProperty().addListener((obs, o, n) -> filterChanged());
        awardFilter.valueProperty().addListener((obs, o, n) -> filterChanged());

        Button create = new Button(ui.text("dossier.list.create"));
        create.setId("createDossierButton");
        create.setOnAction(e -> create());
        Button open = new Button(ui.text("dossier.list.open"));
        open.setId("openDossierButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(table.getSelectionModel().getSelectedItem().dossier().id()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, new Label(ui.text("dossier.list.year")), yearFilter,
                new Label(ui.text("dossier.list.status")), statusFilter, new Label(ui.text("dossier.list.award")), awardFilter,
                gap, create, open);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, filters);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("dossierTable");
        emptyLabel.setText(ui.text("dossier.list.loading"));
        table.setPlaceholder(emptyLabel);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(columns());
        vn.tdkt.common.ui.CellWidths.fit(table);
        table.setRowFactory(tv -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().dossier().id());
                }
            });
            return row;
        });
        count.setId("dossierCount");
        HBox bottom = new HBox(count);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        list.setTop(top);
        list.setCenter(table);
        list.setBottom(bottom);
        list.setPadding(new Insets(12));
        root.getChildren().setAll(list);
    }

    private List<TableColumn<Row, ?>> columns() {
        TableColumn<Row, LocalDate> deadline = new TableColumn<>(ui.text("dossier.col.deadline"));
        deadline.setPrefWidth(100);
        deadline.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().dossier().deadline()));
        deadline.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : VnFormat.date(d));
                getStyleClass().remove("error-text");
                if (!empty && d != null && d.isBefore(LocalDate.now()) && getTableRow() != null
                        && getTableRow().getItem() != null && getTableRow().getItem().dossier().status().acceptsFiles()) {
                    getStyleClass().add("error-text");
                }
            }
        });
        return List.of(
                UiFormat.<Row>textColumn(ui.text("dossier.col.code"), 110, r -> r.dossier().code()),
                UiFormat.<Row>textColumn(ui.text("dossier.col.award"), 260, Row::awardName),
                UiFormat.<Row>textColumn(ui.text("dossier.col.year"), 90, r -> period(r.dossier())),
                UiFormat.<Row>textColumn(ui.text("dossier.col.subjects"), 90, r -> Integer.toString(r.subjects())),
                UiFormat.<Row>textColumn(ui.text("dossier.col.level"), 170, Row::levelName),
                deadline,
                UiFormat.<Row>textColumn(ui.text("dossier.col.status"), 130, r -> ui.messages().label(r.dossier().status())));
    }

    /** The achievement year, or the movement of a dossier without one. */
    static String period(Dossier d) {
        return d.achievementYear() != null ? Integer.toString(d.achievementYear()) : Objects.requireNonNullElse(d.movement(), "");
    }

    private DossierFilter filter() {
        return new DossierFilter(value(yearFilter), value(statusFilter),
                value(awardFilter) == null ? null : value(awardFilter).code());
    }

    private static <T> T value(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }

    private void filterChanged() {
        if (!filling) {
            refresh();
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        if (page != null) {
            page.refresh();
            return;
        }
        DossierFilter filter = filter();
        ui.tasks().run(ui.text("dossier.list.loading"), p -> {
            Catalogue cat = catalogue.catalogue();
            Map<String, String> levels = services.dossiers().levels().stream()
                    .collect(Collectors.toMap(DecidingLevel::code, DecidingLevel::name));
            Map<Long, Integer> counts = services.dossiers().subjectCounts();
            List<Row> rows = services.dossiers().list(filter).stream().map(d -> new Row(d, cat.require(d.awardCode()).name(),
                    counts.getOrDefault(d.id(), 0), levels.getOrDefault(d.decidingLevel(), d.decidingLevel()))).toList();
            List<Integer> years = services.dossiers().list(DossierFilter.all()).stream().map(Dossier::achievementYear)
                    .filter(Objects::nonNull).distinct().sorted((a, b) -> b - a).toList();
            return new Loaded(rows, years, cat);
        }, this::show, ui.dialogs()::error);
    }

    private void show(Loaded data) {
        filling = true;
        fill(yearFilter, data.years(), y -> Integer.toString(y));
        fill(awardFilter, data.catalogue().kinds(), AwardKind::name);
        filling = false;
        table.getItems().setAll(data.rows());
        data.rows().stream().filter(r -> r.dossier().id() == selectAfterLoad).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
        selectAfterLoad = 0;
        emptyLabel.setText(ui.text("common.noData"));
        count.setText(ui.format("dossier.list.count", data.rows().size()));
    }

    /** Replaces the choices after the first ("all"), keeping the selection when it is still offered. */
    private static <T> void fill(ComboBox<Choice<T>> box, List<T> values, Function<T, String> label) {
        Choice<T> selected = box.getValue();
        Choice<T> all = box.getItems().get(0);
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(all);
        values.forEach(v -> choices.add(new Choice<>(v, label.apply(v))));
        box.getItems().setAll(choices);
        box.setValue(choices.stream().filter(c -> selected != null && Objects.equals(c.value(), selected.value()))
                .findFirst().orElse(all));
    }

    private void create() {
        DossierDialog.create(ui, services.dossiers(), catalogue, people, org, movements, saved -> {
            selectAfterLoad = saved.id();
            refresh();
        });
    }

    /** Shows a dossier's page in place of the list. */
    public void open(long dossierId) {
        page = new DossierPage(ui, new DossierPageModel(services, catalogue, org, writer, ui.tasks(), ui.messages(), Session.author(),
                dossierId), this::backToList, new ChangeHistoryPane(ui, ChangeHistoryModel.ofDossier(audit, dossierId, ui.tasks(),
                ui.messages()), "dossierChangeTable"));
        root.getChildren().setAll(page.view());
        page.refresh();
    }

    private void backToList() {
        page = null;
        root.getChildren().setAll(list);
        refresh();
    }
}
