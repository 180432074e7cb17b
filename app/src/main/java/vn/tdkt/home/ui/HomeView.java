package vn.tdkt.home.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.CellWidths;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.StartupProbe;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.UnitYearCount;

/**
 * Tổng quan, the first page: due and overdue items (double-click or Enter opens one), counts and two charts; every
 * item opens what it names through the view model.
 */
public final class HomeView implements Screen {

    private final Ui ui;
    private final HomeViewModel vm;
    private final BorderPane root = new BorderPane();
    private BarChart<Number, String> bars;
    private PieChart pie;

    public HomeView(Ui ui, HomeViewModel vm) {
        this.ui = ui;
        this.vm = vm;
        build();
    }

    private void build() {
        Label title = new Label(ui.text("home.title"));
        title.getStyleClass().add("page-title");
        Label summary = UiText.bound("homeSummary", vm.summary);
        // every item opens what it names: a status the movements of that status, the registration card Đăng ký on its
        // year, the decisions card the register on the year
        javafx.scene.layout.FlowPane movements = new javafx.scene.layout.FlowPane(12, 2);
        movements.setId("homeMovements");
        vm.statusCounts.addListener((javafx.collections.ListChangeListener<HomeViewModel.StatusCount>) c ->
                movements.getChildren().setAll(vm.statusCounts.stream().map(this::statusLink).toList()));
        Hyperlink decisions = link("homeDecisions", vm.decisions, vm::openDecisions);
        Label error = UiText.bound("homeError", vm.error);
        Hyperlink registrations = link("homeRegistrations", vm.registrations, vm::openRegistrations);
        registrations.visibleProperty().bind(vm.registrations.isNotEmpty());
        registrations.managedProperty().bind(registrations.visibleProperty());
        error.getStyleClass().add("error-text");

        TableView<DueItem> due = new TableView<>(vm.due);
        due.setId("homeDueTable");
        due.setPlaceholder(new Label(ui.text("home.nothingDue")));
        due.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // a milestone's content and its detail wrap onto more lines (the row grows), never "…" (decision 157); the day,
        // the time left and the kind are as wide as their cells
        var what = CellWidths.wrap(UiFormat.<DueItem>textColumn(ui.text("home.col.title"), 300, DueItem::title));
        var detail = CellWidths.wrap(UiFormat.<DueItem>textColumn(ui.text("home.col.detail"), 240, vm::detail));
        due.getColumns().setAll(List.of(
                UiFormat.<DueItem>dateColumn(ui.text("home.col.date"), DueItem::date),
                UiFormat.<DueItem>textColumn(ui.text("home.col.when"), 150, vm::when),
                UiFormat.<DueItem>textColumn(ui.text("home.col.kind"), 120, d -> ui.messages().label(d.kind())),
                what, detail));
        CellWidths.fit(due, what, detail);
        due.setRowFactory(t -> {
            TableRow<DueItem> row = new TableRow<>() {
                @Override
                protected void updateItem(DueItem item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("overdue");
                    if (!empty && item != null && item.overdue()) {
                        getStyleClass().add("overdue");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        due.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.open(due.getSelectionModel().getSelectedItem());
            }
        });

        // the charts (and the chart classes) are made when their data comes, after the window is usable
        HBox charts = new HBox(8);
        charts.setPrefHeight(300);
        charts.setMinHeight(300); // a chart hides its legend when less than 150 px (200 beside it) is left for the plot
        // each chart is drawn when its own query finishes
        vm.awardsByUnitYear.addListener((obs, o, list) -> {
            if (list != null) {
                if (bars == null) {
                    makeCharts(charts);
                }
                bars(list);
            }
        });
        vm.titles.addListener((obs, o, map) -> {
            if (map != null) {
                if (bars == null) {
                    makeCharts(charts);
                }
                pie.getData().setAll(vm.slices(map).stream().map(e -> {
                    PieChart.Data slice = new PieChart.Data(e.getKey(), e.getValue());
                    clickable(slice.nodeProperty(), () -> vm.openSlice(slice.getName()));
                    return slice;
                }).toList());
            }
        });
        vm.data.addListener((obs, o, d) -> StartupProbe.usable());

        Button remind = new Button(ui.text("home.reminder"));
        remind.setId("homeReminderButton");
        remind.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.canRemind(due.getSelectionModel().getSelectedItem()), due.getSelectionModel().selectedItemProperty()));
        remind.setOnAction(e -> ui.dialogs().chooseSave(ui.text("home.reminder"),
                vm.reminderName(due.getSelectionModel().getSelectedItem()), "Word", "*.docx")
                .ifPresent(f -> vm.writeReminder(due.getSelectionModel().getSelectedItem(), f)));
        vm.written.offerTo(ui.dialogs());
        Label notice = UiText.bound("homeNotice", vm.notice);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, gap, remind);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(4, titleRow, summary, movements, decisions, registrations, notice, error);
        VBox center = new VBox(8, due, charts);
        VBox.setVgrow(due, Priority.ALWAYS);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        root.setCenter(center);
        root.setPadding(new Insets(12));
    }

    private void makeCharts(HBox charts) {
        // units down the side, awards along: a unit's name reads on one line however long it is
        bars = new BarChart<>(new NumberAxis(), new CategoryAxis());
        bars.setId("homeAwardsChart");
        bars.setTitle(ui.text("home.chart.awards"));
        bars.setAnimated(false);
        pie = new PieChart();
        pie.setId("homeTitlesChart");
        UiText.data(pie); // its slices are the catalogue's title names (data, also the documents' spelling)
        pie.setTitle(ui.text("home.chart.titles"));
        pie.setAnimated(false);
        // the titles as a legend beside the pie, each with its count: slice labels are dropped when the pie is small,
        // and a legend below it takes the height the pie needs
        pie.setLabelsVisible(false);
        pie.setLegendVisible(true);
        pie.setLegendSide(javafx.geometry.Side.RIGHT);
        bars.setPrefWidth(420);
        pie.setPrefWidth(620); // the legend beside the pie (about 350 px) leaves the pie the 200 px the chart requires
        charts.getChildren().setAll(bars, pie);
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox.setHgrow(pie, Priority.ALWAYS);
    }

    private void bars(java.util.List<UnitYearCount> counts) {
        Map<Integer, XYChart.Series<Number, String>> byYear = new TreeMap<>();
        for (UnitYearCount c : counts) {
            XYChart.Series<Number, String> s = byYear.computeIfAbsent(c.year(), y -> {
                XYChart.Series<Number, String> n = new XYChart.Series<>();
                n.setName(String.valueOf(y));
                return n;
            });
            XYChart.Data<Number, String> bar = new XYChart.Data<>(c.count(), c.unitName());
            clickable(bar.nodeProperty(), () -> vm.openBar(c.unitName(), c.year()));
            s.getData().add(bar);
        }
        bars.getData().setAll(byYear.values());
    }

    private Hyperlink statusLink(HomeViewModel.StatusCount c) {
        Hyperlink l = new Hyperlink(ui.messages().label(c.status()) + ": " + c.count());
        l.setId("homeStatus-" + c.status().name());
        l.setOnAction(e -> vm.openStatus(c.status()));
        return l;
    }

    private static Hyperlink link(String id, javafx.beans.property.StringProperty text, Runnable open) {
        Hyperlink l = new Hyperlink();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.setOnAction(e -> open.run());
        return l;
    }

    /** A bar or a slice opens the award register on what it counts. */
    private static void clickable(javafx.beans.property.ReadOnlyObjectProperty<Node> node, Runnable open) {
        java.util.function.Consumer<Node> wire = n -> {
            n.setCursor(javafx.scene.Cursor.HAND);
            n.setOnMouseClicked(e -> open.run());
        };
        if (node.get() != null) {
            wire.accept(node.get());
        }
        node.addListener((obs, o, n) -> {
            if (n != null) {
                wire.accept(n);
            }
        });
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
