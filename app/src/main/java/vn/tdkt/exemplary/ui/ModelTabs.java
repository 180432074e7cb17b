package vn.tdkt.exemplary.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.exemplary.domain.AwardLine;
import vn.tdkt.exemplary.domain.Evidence;
import vn.tdkt.exemplary.domain.MediaItem;
import vn.tdkt.exemplary.domain.MediaKind;
import vn.tdkt.exemplary.domain.NextTitle;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Replication;
import vn.tdkt.exemplary.domain.ReplicationActivity;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.exemplary.domain.Support;

/** The tabs of a model's page: its form, stages, recognitions, media and replication, support, evidence, awards and path. */
final class ModelTabs {

    private final Ui ui;
    private final ExemplaryViewModel vm;
    private final Controls c;

    ModelTabs(Ui ui, ExemplaryViewModel vm, Controls c) {
        this.ui = ui;
        this.vm = vm;
        this.c = c;
    }

    /** The tabs, the model's form (details) the first. */
    TabPane tabs(Node details) {
        TabPane p = new TabPane(tab("exemplary.tab.details", details), tab("exemplary.tab.stages", stages()),
                tab("exemplary.tab.recognitions", recognitions()),
                tab("exemplary.tab.media", media()), tab("exemplary.tab.support", support()),
                tab("exemplary.tab.evidence", evidence()), tab("exemplary.tab.awards", awards()));
        p.setId("exemplaryTabs");
        p.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return p;
    }

    private Tab tab(String key, Node body) {
        Tab t = new Tab(ui.text(key), body);
        t.setId(key.substring(key.lastIndexOf('.') + 1) + "Tab");
        return t;
    }

    private Node stages() {
        TableView<StageChange> t = c.table("stageTable", vm.stages, List.of(
                UiFormat.<StageChange>dateColumn(ui.text("exemplary.field.DATE"), StageChange::on),
                UiFormat.<StageChange>textColumn(ui.text("exemplary.col.from"), 100,
                        s -> s.from() == null ? "" : ui.messages().label(s.from())),
                UiFormat.<StageChange>textColumn(ui.text("exemplary.col.to"), 100, s -> ui.messages().label(s.to())),
                UiFormat.<StageChange>textColumn(ui.text("exemplary.col.user"), 100, s -> nz(s.user())),
                UiFormat.<StageChange>textColumn(ui.text("exemplary.field.NOTE"), 200, s -> nz(s.note()))));
        return box(t);
    }

    private Node recognitions() {
        TableView<Recognition> t = c.table("recognitionTable", vm.recognitions, List.of(
                UiFormat.<Recognition>textColumn(ui.text("exemplary.field.YEAR"), 60, r -> String.valueOf(r.year())),
                UiFormat.<Recognition>textColumn(ui.text("exemplary.field.DECISION_NO"), 140, Recognition::decisionNo),
                UiFormat.<Recognition>dateColumn(ui.text("exemplary.field.DECISION_DATE"), Recognition::decisionDate)));
        var add = c.button("recogniseButton", "exemplary.recognise", vm::recognise);
        add.disableProperty().bind(vm.selected.isNull());
        return box(t, new HBox(6, c.field("recYearField", vm.recYear, "exemplary.field.YEAR", 5),
                c.field("recNoField", vm.recNo, "exemplary.field.DECISION_NO", 12),
                c.field("recDateField", vm.recDate, "exemplary.field.DECISION_DATE", 10), add));
    }

    private Node media() {
        TableView<MediaItem> t = c.table("mediaTable", vm.media, List.of(
                UiFormat.<MediaItem>dateColumn(ui.text("exemplary.field.DATE"), MediaItem::on),
                UiFormat.<MediaItem>textColumn(ui.text("exemplary.field.KIND"), 90, m -> ui.messages().label(m.kind())),
                UiFormat.<MediaItem>textColumn(ui.text("exemplary.field.TITLE"), 200, MediaItem::title),
                UiFormat.<MediaItem>textColumn(ui.text("exemplary.col.outlet"), 120, m -> nz(m.outlet())),
                UiFormat.<MediaItem>textColumn(ui.text("exemplary.field.LINK"), 160, m -> nz(m.link()))));
        var addMedia = c.button("addMediaButton", "exemplary.add", vm::addMedia);
        addMedia.disableProperty().bind(vm.selected.isNull());
        TableView<Replication> r = c.table("replicationTable", vm.replications, List.of(
                UiFormat.<Replication>dateColumn(ui.text("exemplary.field.DATE"), Replication::on),
                UiFormat.<Replication>textColumn(ui.text("exemplary.col.activity"), 120, x -> ui.messages().label(x.activity())),
                UiFormat.<Replication>textColumn(ui.text("exemplary.field.LEARNER"), 220, Replication::learner)));
        var addRep = c.button("addReplicationButton", "exemplary.add", vm::addReplication);
        addRep.disableProperty().bind(vm.selected.isNull());
        var title = c.field("mediaTitleField", vm.mediaTitle, "exemplary.field.TITLE", 0);
        HBox.setHgrow(title, Priority.ALWAYS);
        var learner = c.field("learnerField", vm.learner, "exemplary.field.LEARNER", 0);
        HBox.setHgrow(learner, Priority.ALWAYS);
        return box(t, new HBox(6, c.combo("mediaKindCombo", FXCollections.observableArrayList(MediaKind.values()), vm.mediaKind,
                        ui.messages()::label), title, c.field("mediaOutletField", vm.mediaOutlet, "exemplary.col.outlet", 10),
                        c.field("mediaDateField", vm.mediaDate, "exemplary.field.DATE", 8),
                        c.field("mediaLinkField", vm.mediaLink, "exemplary.field.LINK", 14), addMedia),
                c.label("exemplary.replication"), r,
                new HBox(6, c.combo("activityCombo", FXCollections.observableArrayList(ReplicationActivity.values()), vm.activity,
                        ui.messages()::label), learner, c.field("replicationDateField", vm.replicationDate,
                        "exemplary.field.DATE", 8), addRep));
    }

    private Node support() {
        TableView<Support> t = c.table("supportTable", vm.supports, List.of(
                UiFormat.<Support>dateColumn(ui.text("exemplary.field.DATE"), Support::on),
                UiFormat.<Support>textColumn(ui.text("exemplary.field.CONTENT"), 240, Support::content),
                UiFormat.<Support>textColumn(ui.text("exemplary.col.provider"), 140, s -> nz(s.provider()))));
        var add = c.button("addSupportButton", "exemplary.add", vm::addSupport);
        add.disableProperty().bind(vm.selected.isNull());
        var content = c.field("supportContentField", vm.supportContent, "exemplary.field.CONTENT", 0);
        HBox.setHgrow(content, Priority.ALWAYS);
        return box(t, new HBox(6, content, c.field("supportProviderField", vm.supportProvider, "exemplary.col.provider", 12),
                c.field("supportDateField", vm.supportDate, "exemplary.field.DATE", 8), add));
    }

    private Node evidence() {
        TableView<Evidence> t = c.table("evidenceTable", vm.evidence, List.of(
                UiFormat.<Evidence>textColumn(ui.text("exemplary.field.FILE"), 240, Evidence::originalName),
                UiFormat.<Evidence>textColumn(ui.text("exemplary.col.addedBy"), 120, e -> nz(e.addedBy()))));
        var attach = c.button("attachEvidenceButton", "exemplary.attach", () -> ui.dialogs().chooseOpen(
                ui.text("exemplary.attach"), ui.text("exemplary.files"), "*.pdf", "*.jpg", "*.png", "*.docx", "*.xlsx", "*.zip")
                .ifPresent(vm::attach));
        attach.disableProperty().bind(vm.selected.isNull());
        // an evidence file is opened with the system's program, from its button or a double click on its row
        Runnable open = () -> {
            Evidence e = t.getSelectionModel().getSelectedItem();
            if (e != null) {
                ui.dialogs().open(vm.file(e));
            }
        };
        var openFile = c.button("openEvidenceButton", "exemplary.openEvidence", open);
        openFile.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        t.setRowFactory(table -> {
            javafx.scene.control.TableRow<Evidence> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        return box(t, new HBox(6, attach, openFile));
    }

    private Node awards() {
        TableView<AwardLine> t = c.table("awardTable", vm.awards, List.of(
                UiFormat.<AwardLine>textColumn(ui.text("exemplary.col.award"), 220, AwardLine::kindName),
                UiFormat.<AwardLine>textColumn(ui.text("exemplary.field.YEAR"), 70, AwardLine::period),
                UiFormat.<AwardLine>textColumn(ui.text("exemplary.field.DECISION_NO"), 120, a -> nz(a.decisionNo())),
                UiFormat.<AwardLine>dateColumn(ui.text("exemplary.field.DECISION_DATE"), AwardLine::decisionDate)));
        ListView<NextTitle> next = new ListView<>(vm.nextTitles);
        next.setId("nextTitleList");
        next.setPrefHeight(130);
        next.setMinHeight(130); // the awards table grows, the path keeps room for its lines, wrapped, never scrolled sideways
        next.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(NextTitle n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : ui.messages().text(n.text()));
            }
        });
        var ask = c.button("nextTitleButton", "exemplary.nextTitle.ask", vm::loadNextTitles);
        ask.disableProperty().bind(vm.selected.isNull());
        Label state = new Label();
        state.setId("nextTitleState");
        state.textProperty().bind(vm.nextTitleState);
        return box(t, new HBox(8, c.label("exemplary.nextTitle"), ask, state), next);
    }

    private static VBox box(Node table, Node... below) {
        VBox b = new VBox(6, table);
        b.getChildren().addAll(below);
        VBox.setVgrow(table, Priority.ALWAYS);
        b.setPadding(new Insets(8));
        return b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
