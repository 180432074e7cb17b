package vn.tdkt.council.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.service.CouncilServices;

/**
 * Hội đồng TĐKT: the councils with their members (role, name, position, term) and meetings; a meeting opens in
 * place of the council (attendance, agenda, tally), Back returns to it.
 */
public final class CouncilView implements Screen {

    private record Loaded(List<Council> councils, Council council, List<CouncilMember> members, List<Meeting> meetings) {
    }

    private final Ui ui;
    private final CouncilServices council;
    private final MeetingServices services;
    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final ComboBox<Council> councilChoice = Fields.combo("councilChoice", List.of(),
            c -> c.name() + " (" + c.decisionNo() + ")");
    private final Label decision = new Label();
    private final TableView<CouncilMember> members = new TableView<>();
    private final TableView<Meeting> meetings = new TableView<>();
    private List<CouncilMember> memberList = List.of();
    private MeetingPage page;
    private boolean filling;

    public CouncilView(Ui ui, MeetingServices services) {
        this.ui = ui;
        this.council = services.council();
        this.services = services;
        build();
    }

    private void build() {
        Label title = new Label(ui.text("council.title"));
        title.getStyleClass().add("page-title");
        councilChoice.setPrefWidth(420);
        councilChoice.valueProperty().addListener((obs, o, n) -> {
            if (!filling) {
                refresh();
            }
        });
        Button addCouncil = CouncilDialogs.button(ui, "addCouncilButton", "council.add", () -> CouncilDialogs.council(ui,
                council.admin(), null)
                .ifPresent(c -> reload(c.id())));
        Button editCouncil = CouncilDialogs.button(ui, "editCouncilButton", "council.edit", () -> CouncilDialogs.council(ui,
                council.admin(),
                councilChoice.getValue()).ifPresent(c -> reload(c.id())));
        editCouncil.disableProperty().bind(councilChoice.valueProperty().isNull());
        HBox councilRow = new HBox(8, new Label(ui.text("council.choose")), councilChoice, addCouncil, editCouncil);
        councilRow.setAlignment(Pos.CENTER_LEFT);
        decision.setId("councilDecision");
        decision.getStyleClass().add("hint");
        VBox top = new VBox(8, title, councilRow, decision);
        top.setPadding(new Insets(0, 0, 8, 0));

        TabPane tabs = new TabPane(new Tab(ui.text("council.tab.members"), membersPane()),
                new Tab(ui.text("council.tab.meetings"), meetingsPane()));
        tabs.setId("councilTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(councilChoice.valueProperty().isNull());
        main.setTop(top);
        main.setCenter(tabs);
        main.setPadding(new Insets(12));
        root.getChildren().setAll(main);
    }

    /** The member dialog, once the Cán bộ to pick from are loaded in the background. */
    private void editMember(CouncilMember existing) {
        Council c = councilChoice.getValue();
        if (services.people() == null) {
            CouncilDialogs.member(ui, council.admin(), c, existing, null).ifPresent(m -> refresh());
            return;
        }
        ui.tasks().run(ui.text("council.members.loadingPeople"), p -> services.people().index(),
                index -> CouncilDialogs.member(ui, council.admin(), c, existing, index).ifPresent(m -> refresh()),
                ui.dialogs()::error);
    }

    private Node membersPane() {
        members.setId("memberTable");
        members.setPlaceholder(new Label(ui.text("council.members.none")));
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        members.getColumns().setAll(List.of(
                UiFormat.<CouncilMember>textColumn(ui.text("council.memberCol.role"), 150, m -> ui.messages().label(m.role())),
                UiFormat.<CouncilMember>textColumn(ui.text("council.memberCol.name"), 200, CouncilMember::fullName),
                UiFormat.<CouncilMember>textColumn(ui.text("council.memberCol.position"), 260,
                        m -> m.position() == null ? "" : m.position()),
                UiFormat.<CouncilMember>textColumn(ui.text("council.memberCol.term"), 200,
                        m -> CouncilDialogs.term(ui, m.termFrom(), m.termTo()))));
        Button add = CouncilDialogs.button(ui, "addMemberButton", "council.members.add", () -> editMember(null));
        Button edit = CouncilDialogs.button(ui, "editMemberButton", "council.members.edit",
                () -> editMember(members.getSelectionModel().getSelectedItem()));
        Button delete = CouncilDialogs.button(ui, "deleteMemberButton", "council.members.delete", this::deleteMember);
        edit.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        VBox box = new VBox(8, new HBox(8, add, edit, delete), members);
        VBox.setVgrow(members, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node meetingsPane() {
        meetings.setId("meetingTable");
        meetings.setPlaceholder(new Label(ui.text("council.meetings.none")));
        meetings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Function<Long, String> name = id -> memberList.stream().filter(m -> id != null && m.id() == id)
                .map(CouncilMember::fullName).findFirst().orElse("");
        meetings.getColumns().setAll(List.of(
                UiFormat.<Meeting>dateColumn(ui.text("council.meetingCol.date"), Meeting::date),
                UiFormat.<Meeting>textColumn(ui.text("council.meetingCol.kind"), 160, m -> ui.messages().label(m.kind())),
                UiFormat.<Meeting>textColumn(ui.text("council.meetingCol.place"), 240, Meeting::place),
                UiFormat.<Meeting>textColumn(ui.text("council.meetingCol.chair"), 170, m -> name.apply(m.chairId())),
                UiFormat.<Meeting>textColumn(ui.text("council.meetingCol.secretary"), 170, m -> name.apply(m.secretaryId()))));
        meetings.setRowFactory(tv -> {
            TableRow<Meeting> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().id());
                }
            });
            return row;
        });
        Button add = CouncilDialogs.button(ui, "addMeetingButton", "council.meetings.add", () -> CouncilDialogs.meeting(ui,
                council.meetings(),
                councilChoice.getValue().id(), memberList, null).ifPresent(m -> refresh()));
        Button edit = CouncilDialogs.button(ui, "editMeetingButton", "council.meetings.edit", () -> CouncilDialogs.meeting(ui,
                council.meetings(),
                councilChoice.getValue().id(), memberList, meetings.getSelectionModel().getSelectedItem())
                .ifPresent(m -> refresh()));
        Button open = CouncilDialogs.button(ui, "openMeetingButton", "council.meetings.open",
                () -> open(meetings.getSelectionModel().getSelectedItem().id()));
        Button delete = CouncilDialogs.button(ui, "deleteMeetingButton", "council.meetings.delete", this::deleteMeeting);
        edit.disableProperty().bind(meetings.getSelectionModel().selectedItemProperty().isNull());
        open.disableProperty().bind(meetings.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(meetings.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, add, edit, open, gap, delete), meetings);
        VBox.setVgrow(meetings, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }


    private void deleteMember() {
        CouncilMember m = members.getSelectionModel().getSelectedItem();
        if (ui.dialogs().confirm(ui.text("council.members.delete"), ui.format("council.members.deleteConfirm", m.fullName()))) {
            ui.tasks().run(ui.text("council.deleting"), p -> {
                council.admin().deleteMember(m.id());
                return m;
            }, done -> refresh(), e -> CouncilDialogs.error(ui, e));
        }
    }

    private void deleteMeeting() {
        Meeting m = meetings.getSelectionModel().getSelectedItem();
        if (ui.dialogs().confirm(ui.text("council.meetings.delete"),
                ui.format("council.meetings.deleteConfirm", VnFormat.date(m.date()), m.place()))) {
            ui.tasks().run(ui.text("council.deleting"), p -> {
                council.meetings().deleteMeeting(m.id());
                return m;
            }, done -> refresh(), e -> CouncilDialogs.error(ui, e));
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
        reload(councilChoice.getValue() == null ? 0 : councilChoice.getValue().id());
    }

    /** Loads the councils and the chosen one's members and meetings (the first council when none is chosen). */
    private void reload(long councilId) {
        ui.tasks().run(ui.text("council.loading"), p -> {
            List<Council> all = council.admin().councils();
            Optional<Council> chosen = all.stream().filter(c -> c.id() == councilId).findFirst()
                    .or(() -> all.stream().findFirst());
            return chosen.map(c -> new Loaded(all, c, council.admin().members(c.id()), council.meetings().meetings(c.id())))
                    .orElseGet(() -> new Loaded(all, null, List.of(), List.of()));
        }, this::show, e -> CouncilDialogs.error(ui, e));
    }

    private void show(Loaded data) {
        filling = true;
        councilChoice.getItems().setAll(data.councils());
        councilChoice.setValue(data.council());
        filling = false;
        memberList = data.members();
        members.getItems().setAll(data.members());
        meetings.getItems().setAll(data.meetings());
        decision.setText(data.council() == null ? ui.text("council.none") : ui.format("council.decision",
                data.council().decisionNo(), VnFormat.date(data.council().decisionDate()),
                data.council().authority(), data.members().size()));
    }

    /** Shows a meeting in place of the council. */
    public void open(long meetingId) {
        page = new MeetingPage(ui, services, meetingId, this::backToCouncil);
        root.getChildren().setAll(page.view());
        page.refresh();
    }

    private void backToCouncil() {
        page = null;
        root.getChildren().setAll(main);
        refresh();
    }
}
