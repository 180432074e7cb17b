package vn.tdkt.org.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/** Đơn vị: the organisation tree (cơ quan → phòng/đơn vị) with bloc and headcount; add, edit, delete. */
public final class UnitsView implements Screen {

    private final Ui ui;
    private final OrgService org;
    private final TreeTableView<Unit> tree = new TreeTableView<>();
    private final BorderPane root = new BorderPane();
    private UnitTree data = UnitTree.of(List.of(), List.of(), Map.of());

    public UnitsView(Ui ui, OrgService org) {
        this.ui = ui;
        this.org = org;
        build();
    }

    private void build() {
        Label title = new Label(ui.text("units.title"));
        title.getStyleClass().add("page-title");
        Button add = button("addUnitButton", "units.add", () -> edit(null, null));
        Button addChild = button("addChildButton", "units.addChild", () -> edit(null, selected().id()));
        Button edit = button("editUnitButton", "units.edit", () -> edit(selected(), null));
        Button delete = button("deleteUnitButton", "units.delete", this::deleteSelected);
        for (Button b : List.of(addChild, edit, delete)) {
            b.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, add, addChild, edit, delete);
        top.setAlignment(Pos.CENTER_LEFT);

        tree.setId("unitTree");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label(ui.text("common.noData")));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Unit, String> name = column("units.col.name", 280, Unit::name);
        TreeTableColumn<Unit, String> code = column("units.col.code", 110, Unit::code);
        TreeTableColumn<Unit, String> bloc = column("units.col.bloc", 190, u -> data.blocName(u));
        TreeTableColumn<Unit, String> type = column("units.col.type", 130,
                u -> u.type() == null ? "" : u.type().text(ui.messages().locale()));
        TreeTableColumn<Unit, String> heads = column("units.col.headcount", 90, u -> VnFormat.number(data.headcount(u)));
        heads.setStyle("-fx-alignment: CENTER-RIGHT;");
        TreeTableColumn<Unit, String> total = column("window.units.col.total", 130, u -> VnFormat.number(data.total(u)));
        total.setId("unitTotalColumn");
        total.setMinWidth(170); // its title "Tổng (cả trực thuộc)" whole at 1280 wide
        total.setStyle("-fx-alignment: CENTER-RIGHT;");
        tree.getColumns().setAll(List.of(name, code, type, bloc, heads, total));
        tree.setRowFactory(t -> {
            javafx.scene.control.TreeTableRow<Unit> row = new javafx.scene.control.TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    edit(row.getItem(), null);
                }
            });
            return row;
        });
        // the menu and keys of every table: Sửa, Xóa (Delete), Sao chép, Chọn tất cả, Xuất, In danh sách (record 0170)
        vn.tdkt.common.ui.TableActions.actions(tree, null, () -> edit(selected(), null), this::deleteSelected);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        root.setCenter(tree);
        root.setPadding(new Insets(12));
    }

    private TreeTableColumn<Unit, String> column(String key, double width, java.util.function.Function<Unit, String> value) {
        TreeTableColumn<Unit, String> c = new TreeTableColumn<>(ui.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        return c;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Unit selected() {
        TreeItem<Unit> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ui.tasks().run(ui.text("units.loading"), p -> UnitTree.of(org.units(), org.blocs(), org.headcounts()), this::show,
                ui.dialogs()::error);
    }

    private void show(UnitTree loaded) {
        Long selectedId = selected() == null ? null : selected().id();
        data = loaded;
        TreeItem<Unit> top = new TreeItem<>();
        Map<Long, TreeItem<Unit>> items = new HashMap<>();
        for (Unit u : loaded.units()) {
            TreeItem<Unit> item = new TreeItem<>(u);
            item.setExpanded(true);
            items.put(u.id(), item);
        }
        for (Unit u : loaded.units()) {
            TreeItem<Unit> parent = u.parentId() == null ? top : items.getOrDefault(u.parentId(), top);
            parent.getChildren().add(items.get(u.id()));
        }
        tree.setRoot(top);
        if (selectedId != null && items.containsKey(selectedId)) {
            tree.getSelectionModel().select(items.get(selectedId));
        }
    }

    private void edit(Unit existing, Long parentId) {
        Optional<Unit> saved = UnitDialog.show(ui, org, data.units(), data.blocs(), existing, parentId);
        saved.ifPresent(u -> refresh());
    }

    private void deleteSelected() {
        Unit u = selected();
        if (ui.dialogs().confirm(ui.text("units.delete"), ui.format("units.deleteConfirm", u.name(), u.code()))) {
            ui.tasks().run(ui.text("units.deleting"), p -> {
                org.deleteUnit(u.id());
                return u;
            }, done -> refresh(), ui.dialogs()::error);
        }
    }

    /** The loaded organisation: units in name order with their blocs and headcounts. */
    record UnitTree(List<Unit> units, List<Bloc> blocs, Map<Long, String> blocNames, Map<Long, Integer> headcounts) {

        static UnitTree of(List<Unit> units, List<Bloc> blocs, Map<Long, Integer> headcounts) {
            Map<Long, String> names = new HashMap<>();
            blocs.forEach(b -> names.put(b.id(), b.name()));
            return new UnitTree(units, blocs, names, headcounts);
        }

        String blocName(Unit u) {
            return u.blocId() == null ? "" : blocNames.getOrDefault(u.blocId(), "");
        }

        int headcount(Unit u) {
            return headcounts.getOrDefault(u.id(), 0);
        }

        /** The unit's people with those of every unit under it, at any depth. */
        int total(Unit u) {
            return vn.tdkt.org.domain.OrgTree.withDescendants(units, u.id()).stream()
                    .mapToInt(id -> headcounts.getOrDefault(id, 0)).sum();
        }
    }
}
