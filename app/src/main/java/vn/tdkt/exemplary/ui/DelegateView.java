package vn.tdkt.exemplary.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.exemplary.domain.DelegateLine;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.org.domain.Unit;

/**
 * Đại biểu điển hình: quota, allocation and period → the ranked list; a thin view over {@link DelegateViewModel}; with
 * a {@link ListRequestViewModel}, a second tab of the lists due by a date (who has not sent one).
 */
public final class DelegateView implements Screen {

    private final Ui ui;
    private final DelegateViewModel vm;
    private final ListRequestViewModel lists;
    private final BorderPane root = new BorderPane();

    public DelegateView(Ui ui, DelegateViewModel vm) {
        this(ui, vm, null);
    }

    /** @param lists the lists due by a date (null: the screen shows the delegates only) */
    public DelegateView(Ui ui, DelegateViewModel vm, ListRequestViewModel lists) {
        this.ui = ui;
        this.vm = vm;
        this.lists = lists;
        build();
    }

    private void build() {
        Controls c = new Controls(ui);
        Label title = new Label(ui.text("exemplary.delegates.title"));
        title.getStyleClass().add("page-title");
        var scope = c.combo("scopeCombo", FXCollections.observableArrayList(Scope.Kind.values()), vm.scope,
                k -> ui.text(switch (k) {
                    case PROVINCE -> "exemplary.scope.PROVINCE";
                    case MOVEMENT -> "exemplary.scope.MOVEMENT";
                    case UNIT -> "exemplary.scope.UNIT";
                }));
        var movement = c.combo("scopeMovementCombo", vm.movements, vm.movement, (Movement m) -> m.code() + " — " + m.name());
        movement.setPrefWidth(320); // a long movement name is cut in the box, not the labels and fields beside it
        movement.visibleProperty().bind(vm.scope.isEqualTo(Scope.Kind.MOVEMENT));
        movement.managedProperty().bind(movement.visibleProperty());
        var unit = c.combo("scopeUnitCombo", vm.units, vm.unit, Unit::name);
        unit.visibleProperty().bind(vm.scope.isEqualTo(Scope.Kind.UNIT));
        unit.managedProperty().bind(unit.visibleProperty());
        var write = c.button("writeDelegatesButton", "exemplary.delegates.write", () -> ui.dialogs().chooseSave(
                ui.text("exemplary.delegates.write"), "dai-bieu-dien-hinh.xlsx", "Excel", "*.xlsx", "*.csv").ifPresent(vm::write));
        write.disableProperty().bind(vm.selection.isNull());
        vm.written.offerTo(ui.dialogs());
        var quota = c.field("quotaField", vm.quota, null, 4);
        var from = c.field("fromYearField", vm.from, null, 5);
        var to = c.field("toYearField", vm.to, null, 5);
        // the quota, the scope and the years keep their width; a movement's or a unit's long name shrinks in its box
        List.of(quota, scope, from, to).forEach(r -> r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        movement.setMinWidth(160);
        unit.setMinWidth(160);
        HBox inputs = new HBox(8, c.label("exemplary.field.QUOTA"), quota, scope, movement, unit,
                c.label("exemplary.delegates.from"), from, c.label("exemplary.delegates.to"), to,
                c.button("runDelegatesButton", "exemplary.delegates.run", vm::run));
        inputs.setAlignment(Pos.CENTER_LEFT);
        var printList = c.button("printDelegatesButton", "exemplary.delegates.print", () -> ui.dialogs().chooseSave(
                ui.text("exemplary.delegates.print"), "danh-sach-dai-bieu-dien-hinh.xlsx", "Excel", "*.xlsx")
                .ifPresent(vm::printDelegates));
        var printIntro = c.button("printIntroductionButton", "exemplary.list.print", () -> ui.dialogs().chooseSave(
                ui.text("exemplary.list.print"), "danh-sach-gioi-thieu-dien-hinh.xlsx", "Excel", "*.xlsx")
                .ifPresent(vm::printIntroduction));
        printList.disableProperty().bind(vm.printable.not());
        printIntro.disableProperty().bind(vm.printable.not());
        var reportKind = c.combo("reportKindCombo", FXCollections.observableArrayList(MovementReport.Kind.values()),
                vm.reportKind, k -> ui.text(switch (k) {
                    case SO_KET -> "exemplary.report.kind.SO_KET";
                    case TONG_KET -> "exemplary.report.kind.TONG_KET";
                }));
        var printReport = c.button("printReportButton", "exemplary.report.print", () -> ui.dialogs().chooseSave(
                ui.text("exemplary.report.print"), "bao-cao-dien-hinh-tien-tien.docx", "Word", "*.docx")
                .ifPresent(vm::printReport));
        reportKind.disableProperty().bind(vm.reportable.not());
        printReport.disableProperty().bind(vm.reportable.not());
        HBox prints = new HBox(8, write, printList, printIntro, reportKind, printReport); // the inputs' row keeps room
        prints.setAlignment(Pos.CENTER_LEFT);
        TableView<DelegateLine> table = c.table("delegateTable", vm.lines, List.of(
                UiFormat.<DelegateLine>textColumn(ui.text("exemplary.col.rank"), 60, l -> String.valueOf(l.rank())),
                UiFormat.<DelegateLine>textColumn(ui.text("exemplary.field.CODE"), 90, l -> l.candidate().code()),
                UiFormat.<DelegateLine>textColumn(ui.text("exemplary.field.NAME"), 240, l -> l.candidate().name()),
                UiFormat.<DelegateLine>textColumn(ui.text("exemplary.col.count"), 90,
                        l -> String.valueOf(l.candidate().recognitions())),
                UiFormat.<DelegateLine>textColumn(ui.text("exemplary.col.result"), 160, l -> ui.messages().label(l.result())),
                wrapped(UiFormat.<DelegateLine>textColumn(ui.text("exemplary.col.note"), 320, vm::note))));
        Label summary = new Label();
        summary.setId("delegateSummary");
        summary.textProperty().bind(vm.summary);
        Label problems = new Label();
        problems.setId("delegateProblems");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(vm::problemText, vm.problems));
        VBox body = new VBox(8, inputs, prints, problems, table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setTop(title);
        BorderPane.setMargin(title, new Insets(0, 0, 8, 0));
        if (lists == null) {
            root.setCenter(body);
        } else {
            Tab delegates = new Tab(ui.text("exemplary.tab.delegates"), body);
            delegates.setId("delegatesTab");
            Tab due = new Tab(ui.text("exemplary.tab.lists"), new ListRequestPane(ui, lists).build());
            due.setId("listsTab");
            TabPane tabs = new TabPane(delegates, due);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            body.setPadding(new Insets(8, 0, 0, 0));
            root.setCenter(tabs);
        }
        root.setPadding(new Insets(12));
    }

    /** The Ghi chú wrapped on its lines: the seats left and the women of a tied group are never cut off. */
    private static javafx.scene.control.TableColumn<DelegateLine, String> wrapped(
            javafx.scene.control.TableColumn<DelegateLine, String> col) {
        col.setCellFactory(tc -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(tc.widthProperty().subtract(10));
                text.getStyleClass().add("text");
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
        return col;
    }

    public DelegateViewModel model() {
        return vm;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
        if (lists != null) {
            lists.load();
        }
    }
}
