package vn.tdkt.decision.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RegisterEntry;
import vn.tdkt.decision.service.DecisionServices;
import vn.tdkt.movement.service.MovementLinkService;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.service.PeopleService;

/**
 * Quyết định khen thưởng: the register (recorded decisions and decision numbers found only in the imported award
 * history) with a diacritic-insensitive filter, "Lập quyết định…", the "Biểu thống kê" dialog (0601.N–0605.N), and each decision's
 * page (opened by double click or "Xem") in place of the list.
 */
public final class DecisionsView implements Screen {

    static final String STYLESHEET = DecisionsView.class.getResource("decisions.css").toExternalForm();

    private final Ui ui;
    private final DecisionServices decisions;
    private final CatalogueService catalogue;
    private final PeopleService people;
    private final OrgService org;
    private final MovementLinkService movements;
    private final java.util.function.IntConsumer statistics;
    private final ObservableList<Row> master = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(master);
    private final TableView<Row> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final Label count = new Label();
    private final Label emptyLabel = new Label();
    private final Label result = new Label();
    private final BorderPane listPane = new BorderPane();
    private final StackPane root = new StackPane();
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab draftsTab = new javafx.scene.control.Tab();
    private final DraftsPane drafts;
    private DecisionPage page;
    private Integer year; // the year Tổng quan's decisions card filters the register to, null for every year
    private final Button yearFilter = new Button();

    /** A register line with its search key. */
    record Row(RegisterEntry entry, String searchKey) {
    }

    /** @param statistics opens the "Biểu thống kê" dialog with the year it offers first */
    public DecisionsView(Ui ui, DecisionServices decisions, CatalogueService catalogue, PeopleService people, OrgService org,
                         MovementLinkService movements, java.util.function.IntConsumer statistics) {
        this.statistics = statistics;
        this.movements = movements;
        this.ui = ui;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.people = people;
        this.org = org;
        this.drafts = new DraftsPane(ui, decisions, catalogue, people, org, this::reloadRegister,
                () -> prepare(Optional.empty()));
        build();
    }

    private void build() {
        Label title = new Label(ui.text("decision.list.title"));
        title.getStyleClass().add("page-title");
        search.setId("decisionSearch");
        search.setPromptText(ui.text("decision.list.search"));
        search.setPrefColumnCount(34);
        Button create = button("newDecisionButton", "decision.list.create", this::create);
        Button view = button("viewDecisionButton", "decision.list.view", () -> open(table.getSelectionModel().getSelectedItem().entry()));
        view.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button stats = button("statisticsButton", "decision.list.statistics", this::statistics);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        yearFilter.setId("decisionYearFilter");
        showYear(null);
        yearFilter.setOnAction(e -> showYear(null));
        HBox bar = new HBox(8, search, yearFilter, gap, create, view, stats);
        bar.setAlignment(Pos.CENTER_LEFT);
        result.setId("decisionsResult");
        result.setWrapText(true);
        result.getStyleClass().add("ok-text");
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        VBox top = new VBox(8, title, bar, result);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("decisionTable");
        emptyLabel.setText(ui.text("decision.list.loading"));
        table.setPlaceholder(emptyLabel);
        table.getColumns().setAll(columns());
        // the authority and the list of kinds may be cut (with a tooltip); numbers, dates, counts and money never
        vn.tdkt.common.ui.CellWidths.fit(table, table.getColumns().get(2), table.getColumns().get(3));
        SortedList<Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(tv -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().entry());
                }
            });
            return row;
        });
        count.setId("decisionCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> ui.format("decision.list.count", filtered.size(), master.size()), filtered, master));
        HBox bottom = new HBox(count);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        search.textProperty().addListener((obs, o, n) -> applyFilter());

        listPane.setTop(top);
        listPane.setCenter(table);
        listPane.setBottom(bottom);
        listPane.setPadding(new Insets(12));
        root.getStylesheets().add(STYLESHEET);
        javafx.scene.control.Tab registerTab = new javafx.scene.control.Tab(ui.text("decision.tab.register"), listPane);
        registerTab.setId("registerTab");
        draftsTab.setText(ui.text("decision.tab.drafts"));
        draftsTab.setId("draftsTab");
        BorderPane draftsBox = new BorderPane(drafts.view());
        draftsBox.setPadding(new Insets(12));
        draftsTab.setContent(draftsBox);
        tabs.getTabs().setAll(registerTab, draftsTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getChildren().setAll(tabs);
    }

    private List<TableColumn<Row, ?>> columns() {
        TableColumn<Row, String> no = UiFormat.textColumn(ui.text("decision.col.number"), 130, r -> r.entry().decisionNo());
        TableColumn<Row, LocalDate> date = UiFormat.dateColumn(ui.text("decision.col.date"), r -> r.entry().decisionDate());
        TableColumn<Row, String> authority = UiFormat.textColumn(ui.text("decision.col.authority"), 200, r -> r.entry().authority());
        TableColumn<Row, String> kinds = UiFormat.textColumn(ui.text("decision.col.kinds"), 240,
                r -> String.join("; ", r.entry().kindNames()));
        TableColumn<Row, Number> recipients = DecisionCells.numberColumn(ui.text("decision.col.recipients"), 100,
                r -> r.entry().recipients(), Number::toString);
        TableColumn<Row, Number> total = DecisionCells.numberColumn(ui.text("decision.col.total"), 120,
                r -> r.entry().total(), n -> VnFormat.money(n.longValue()));
        TableColumn<Row, String> status = UiFormat.textColumn(ui.text("decision.col.status"), 200, r -> status(r.entry()));
        return List.of(no, date, authority, kinds, recipients, total, status);
    }

    private String status(RegisterEntry e) {
        String source = ui.text(e.recorded() ? "decision.status.recorded" : "decision.status.imported");
        if (e.revoked() == 0) {
            return source;
        }
        return source + " · " + (e.revoked() == e.recipients() ? ui.text("decision.status.revokedAll")
                : ui.format("decision.status.revokedSome", e.revoked(), e.recipients()));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void applyFilter() {
        String[] words = VietnameseText.fold(search.getText()).split(" ");
        filtered.setPredicate(r -> {
            if (year != null && r.entry().decisionDate().getYear() != year) {
                return false;
            }
            for (String w : words) {
                if (!w.isEmpty() && !r.searchKey().contains(w)) {
                    return false;
                }
            }
            return true;
        });
        emptyLabel.setText(ui.text(master.isEmpty() ? "decision.list.empty" : "decision.list.noMatch"));
    }

    private static Row row(RegisterEntry e) {
        return new Row(e, VietnameseText.fold(String.join(" ", e.decisionNo(), VnFormat.date(e.decisionDate()),
                e.authority(), e.subject(), String.join(" ", e.kindNames()))));
    }

    @Override
    public Node view() {
        return root;
    }

    /** Shows the register and the drafts (leaving a decision's page) and reloads them. */
    @Override
    public void refresh() {
        page = null;
        root.getChildren().setAll(tabs);
        reloadRegister();
        drafts.refresh();
    }

    private void reloadRegister() {
        ui.tasks().run(ui.text("decision.list.loading"), p -> decisions.reports().register(), this::show, ui.dialogs()::error);
    }

    /** Filters the register to the decisions of a year (null: every year), with a button that lifts the filter. */
    public void showYear(Integer y) {
        year = y;
        yearFilter.setText(y == null ? "" : ui.format("decision.list.year", String.valueOf(y)));
        yearFilter.setVisible(y != null);
        applyFilter();
    }

    /** Shows the drafts with that draft selected (a proposal's draft decision opened from Bình xét). */
    public void openDraft(long draftId) {
        page = null;
        root.getChildren().setAll(tabs);
        tabs.getSelectionModel().select(draftsTab);
        drafts.select(draftId);
    }

    private void show(List<RegisterEntry> entries) {
        master.setAll(entries.stream().map(DecisionsView::row).toList());
        applyFilter();
    }

    /** Opens a decision's page in place of the list. */
    private void open(RegisterEntry entry) {
        open(entry.decisionNo(), entry.decisionDate());
    }

    /** Opens the page of the decision of that number and date in place of the list (a proposal's decision). */
    public void open(String decisionNo, LocalDate decisionDate) {
        result.setText("");
        page = new DecisionPage(ui, decisions, decisionNo, decisionDate, this::refresh);
        root.getChildren().setAll(page.view());
        page.refresh();
    }

    private void create() {
        ui.tasks().run(ui.text("decision.draft.preparing"), p -> prepare(decisions.drafting().template()),
                prepared -> DecisionDialog.of(ui, new DecisionDialogModel(decisions.drafting(), ui.tasks(), ui.messages(),
                prepared)).showAndWait().ifPresent(saved -> {
            result.setText(ui.format("decision.list.saved", saved.info().decisionNo(), saved.recipients().size(),
                    VnFormat.money(saved.total())));
            ui.tasks().run(ui.text("decision.list.loading"), p -> decisions.reports().register(), this::show, ui.dialogs()::error);
        }), ui.dialogs()::error);
    }

    /** What the decision dialog offers (run in the background), prefilled with that header. */
    private DecisionDialogModel.Prepared prepare(Optional<DecisionInfo> template) {
        return new DecisionDialogModel.Prepared(catalogue.catalogue(), people.index(), org.units(), template,
                catalogue.regimes().catalog(), movements.choices());
    }

    /** "Biểu thống kê…": the dialog of biểu 0601.N–0605.N, offering first the year of the newest decision. */
    private void statistics() {
        int thisYear = LocalDate.now().getYear();
        statistics.accept(master.isEmpty() ? thisYear : Math.max(master.get(0).entry().decisionDate().getYear(), thisYear - 10));
    }
}
