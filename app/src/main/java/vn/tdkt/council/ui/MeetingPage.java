package vn.tdkt.council.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;

/**
 * One meeting of the council: attendance with the quorum, the agenda with its quotas, and the tally, each a tab
 * bound to the {@link MeetingPageModel}.
 */
public final class MeetingPage implements Screen {

    private final Ui ui;
    private final MeetingPageModel model;
    private final BorderPane root = new BorderPane();

    MeetingPage(Ui ui, MeetingServices services, long meetingId, Runnable back) {
        this.ui = ui;
        this.model = new MeetingPageModel(services, ui.tasks(), ui.messages(), meetingId);
        model.onError(e -> CouncilDialogs.error(ui, e));
        build(services, back);
    }

    private void build(MeetingServices services, Runnable back) {
        Button backButton = CouncilDialogs.button(ui, "meetingBackButton", "council.meeting.back", back);
        Label title = new Label();
        title.setId("meetingTitle");
        title.getStyleClass().add("page-title");
        UiText.data(title); // the meeting's date, place and kind: its record, not a label
        title.setWrapText(true); // a long place wraps rather than push the page's buttons out of the window
        model.meetingProperty().addListener((obs, o, m) -> title.setText(m == null ? "" : ui.format("council.meeting.title",
                VnFormat.date(m.date()), m.place(), ui.messages().label(m.kind()))));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button opinions = CouncilDialogs.button(ui, "opinionFormButton", "council.opinion.export", this::exportOpinions);
        opinions.setVisible(model.writesOpinionForms());
        opinions.setManaged(model.writesOpinionForms());
        HBox header = new HBox(10, backButton, title, gap, opinions,
                CouncilDialogs.button(ui, "meetingPackButton", "council.pack.export", this::exportPack));
        header.setAlignment(Pos.CENTER_LEFT);
        TabPane tabs = new TabPane(new Tab(ui.text("council.tab.attendance"), new AttendancePane(ui, model).view()),
                new Tab(ui.text("council.tab.agenda"), new AgendaPane(ui, model, services.council().meetings()).view()),
                new Tab(ui.text("council.tab.tally"), new TallyPane(ui, model, services.council().ballots()).view()));
        tabs.setId("meetingTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        root.setCenter(tabs);
        root.setPadding(new Insets(12));
    }

    /** The whole meeting pack into a chosen folder, in the background (Cancel in the status bar removes it again). */
    private void exportPack() {
        ui.dialogs().chooseFolder(ui.text("council.pack.choose"), vn.tdkt.common.ui.DialogService.FOLDERS_TO_WRITE)
                .ifPresent(folder -> model.exportPack(folder, count -> ui.dialogs().info(ui.text("council.pack.title"),
                        ui.format("council.pack.done", count, folder.toAbsolutePath()))));
    }

    /** Phiếu lấy ý kiến: for every member (a meeting by written consultation) or only the absent ones, then the file. */
    private void exportOpinions() {
        String all = ui.text("council.opinion.all");
        ChoiceDialog<String> who = new ChoiceDialog<>(all, all, ui.text("council.opinion.absent"));
        who.setTitle(ui.text("council.opinion.title"));
        who.setHeaderText(ui.text("council.opinion.header"));
        who.setContentText(ui.text("council.opinion.who"));
        ui.dialogs().prepare(who);
        who.showAndWait().ifPresent(choice -> ui.dialogs().chooseSave(ui.text("council.opinion.title"),
                "phieu-lay-y-kien-" + model.meetingProperty().get().date() + ".docx", ui.text("council.opinion.filter"), "*.docx")
                .ifPresent(file -> model.exportOpinionForms(!choice.equals(all), file, done -> ui.dialogs().info(
                        ui.text("council.opinion.title"), ui.format("council.opinion.done", done.toAbsolutePath())))));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
