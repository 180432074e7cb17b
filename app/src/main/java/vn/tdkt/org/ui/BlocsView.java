package vn.tdkt.org.ui;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.org.domain.OrgField;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/** Khối thi đua: blocs with their member units and the leading unit (trưởng khối) of each year. */
public final class BlocsView implements Screen {

    private final Ui ui;
    private final OrgService org;
    private final BorderPane root = new BorderPane();
    private final TableView<Bloc> blocs = new TableView<>();
    private final ListView<String> members = new ListView<>();
    private final TableView<BlocLeader> leaders = new TableView<>();
    private Loaded data = Loaded.of(List.of(), List.of(), List.of());

    public BlocsView(Ui ui, OrgService org) {
        this.ui = ui;
        this.org = org;
        build();
    }

    private record Loaded(List<Bloc> blocs, List<Unit> units, List<BlocLeader> leaders, Map<Long, Unit> unitsById) {

        static Loaded of(List<Bloc> blocs, List<Unit> units, List<BlocLeader> leaders) {
            return new Loaded(blocs, units, leaders, units.stream().collect(Collectors.toMap(Unit::id, Function.identity())));
        }

        List<Unit> members(long blocId) {
            return units.stream().filter(u -> u.blocId() != null && u.blocId() == blocId).toList();
        }

        Optional<BlocLeader> leader(long blocId, int year) {
            return leaders.stream().filter(l -> l.blocId() == blocId && l.year() == year).findFirst();
        }
    }

    private void build() {
        Label title = new Label(ui.text("blocs.title"));
        title.getStyleClass().add("page-title");
        Button add = new Button(ui.text("blocs.add"));
        add.setId("addBlocButton");
        add.setOnAction(e -> editBloc(null));
        Button rename = new Button(ui.text("blocs.rename"));
        rename.setId("renameBlocButton");
        rename.setOnAction(e -> editBloc(blocs.getSelectionModel().getSelectedItem()));
        Button leader = new Button(ui.text("blocs.setLeader"));
        leader.setId("setLeaderButton");
        leader.setOnAction(e -> setLeader(blocs.getSelectionModel().getSelectedItem()));
        rename.disableProperty().bind(blocs.getSelectionModel().selectedItemProperty().isNull());
        leader.disableProperty().bind(blocs.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, add, rename, leader);
        top.setAlignment(Pos.CENTER_LEFT);

        int thisYear = Year.now().getValue();
        blocs.setId("blocTable");
        blocs.setPlaceholder(new Label(ui.text("common.noData")));
        blocs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        blocs.getColumns().setAll(List.of(
                UiFormat.<Bloc>textColumn(ui.text("blocs.col.name"), 260, Bloc::name),
                UiFormat.<Bloc>textColumn(ui.text("blocs.col.members"), 90, b -> Integer.toString(data.members(b.id()).size())),
                UiFormat.<Bloc>textColumn(ui.format("blocs.col.leaderOfYear", Integer.toString(thisYear)), 240,
                        b -> data.leader(b.id(), thisYear).map(l -> unitName(l.unitId())).orElse(""))));
        blocs.getSelectionModel().selectedItemProperty().addListener((obs, o, b) -> showDetails(b));

        members.setId("memberList");
        members.setPlaceholder(new Label(ui.text("blocs.noMembers")));
        leaders.setId("leaderTable");
        leaders.setPlaceholder(new Label(ui.text("common.noData")));
        leaders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        leaders.getColumns().setAll(List.of(
                UiFormat.<BlocLeader>textColumn(ui.text("blocs.col.year"), 70, l -> Integer.toString(l.year())),
                UiFormat.<BlocLeader>textColumn(ui.text("blocs.col.leader"), 240, l -> unitName(l.unitId()))));
        Label hint = new Label(ui.text("blocs.membersHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox right = new VBox(6, section("blocs.members"), members, hint, section("blocs.leaders"), leaders);
        VBox.setVgrow(members, Priority.ALWAYS);
        VBox.setVgrow(leaders, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));
        SplitPane split = new SplitPane(blocs, right);
        split.setDividerPositions(0.55);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        root.setCenter(split);
        root.setPadding(new Insets(12));
    }

    private Label section(String key) {
        return UiText.section(ui, key);
    }

    private String unitName(long id) {
        Unit u = data.unitsById().get(id);
        return u == null ? "" : u.name();
    }

    private void showDetails(Bloc b) {
        if (b == null) {
            members.getItems().clear();
            leaders.getItems().clear();
            return;
        }
        members.getItems().setAll(data.members(b.id()).stream().map(u -> u.name() + " (" + u.code() + ")").toList());
        leaders.getItems().setAll(data.leaders().stream().filter(l -> l.blocId() == b.id())
                .sorted(Comparator.comparingInt(BlocLeader::year).reversed()).toList());
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ui.tasks().run(ui.text("blocs.loading"), p -> Loaded.of(org.blocs(), org.units(), org.blocLeaders()), loaded -> {
            Bloc selected = blocs.getSelectionModel().getSelectedItem();
            data = loaded;
            blocs.getItems().setAll(loaded.blocs());
            loaded.blocs().stream().filter(b -> selected == null || b.id() == selected.id()).findFirst()
                    .ifPresent(b -> blocs.getSelectionModel().select(b));
            showDetails(blocs.getSelectionModel().getSelectedItem());
        }, ui.dialogs()::error);
    }

    private void editBloc(Bloc existing) {
        FormDialog<Bloc> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.text(existing == null ? "blocs.editor.addTitle" : "blocs.editor.renameTitle"));
        TextField name = d.field(OrgField.BLOC_NAME, new TextField(), true);
        name.setId("blocNameField");
        if (existing != null) {
            name.setText(existing.name());
        }
        long id = existing == null ? 0 : existing.id();
        d.onSave(() -> {
            Bloc draft = new Bloc(id, name.getText());
            return p -> org.saveBloc(draft, existing);
        });
        d.showAndWait().ifPresent(b -> refresh());
    }

    private void setLeader(Bloc bloc) {
        FormDialog<BlocLeader> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.format("blocs.leader.title", bloc.name()));
        TextField year = d.field(ui.text("blocs.col.year"), new TextField(Integer.toString(Year.now().getValue())), null, true);
        year.setId("leaderYearField");
        year.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        ComboBox<Unit> unit = d.field(ui.text("blocs.col.leader"), new ComboBox<>(), null, true);
        unit.setId("leaderUnitCombo");
        List<Unit> candidates = data.members(bloc.id()).isEmpty() ? data.units() : data.members(bloc.id());
        unit.getItems().setAll(candidates);
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? "" : u.name() + " (" + u.code() + ")";
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        d.onSave(() -> {
            BlocLeader draft = new BlocLeader(bloc.id(), Integer.parseInt(year.getText()), unit.getValue().id());
            return p -> {
                org.setBlocLeader(draft);
                return draft;
            };
        });
        d.showAndWait().ifPresent(l -> refresh());
    }
}
