package vn.tdkt.council.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.dossier.domain.Dossier;

/** The agenda tab: the titles with their quotas and thresholds, and every candidate. */
final class AgendaPane {

    private final Ui ui;
    private final MeetingPageModel model;
    private final MeetingService meetings;
    private final TableView<AgendaGroup> groups = new TableView<>();
    private final TableView<Candidate> candidates = new TableView<>();

    AgendaPane(Ui ui, MeetingPageModel model, MeetingService meetings) {
        this.ui = ui;
        this.model = model;
        this.meetings = meetings;
    }

    Node view() {
        groups.setId("quotaTable");
        groups.setPlaceholder(new Label(ui.text("council.agenda.none")));
        groups.setPrefHeight(140);
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.getColumns().setAll(List.of(
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.title"), 300, AgendaGroup::titleName),
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.count"), 100, g -> Integer.toString(g.candidates().size())),
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.quota"), 100, g -> model.quotaText(g.quota())),
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.threshold"), 260, model::threshold)));
        model.agenda().addListener((javafx.collections.ListChangeListener<AgendaGroup>) c -> {
            AgendaGroup selected = groups.getSelectionModel().getSelectedItem();
            groups.getItems().setAll(model.agenda());
            if (selected != null) {
                model.group(selected.titleCode()).ifPresent(g -> groups.getSelectionModel().select(g));
            }
        });
        candidates.setId("agendaTable");
        candidates.setPlaceholder(new Label(ui.text("council.agenda.none")));
        candidates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        candidates.getColumns().setAll(List.of(
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.title"), 220, c -> model.titleName(c.titleCode())),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.no"), 50, c -> Integer.toString(c.seq())),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.code"), 90, Candidate::subjectCode),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.name"), 200, Candidate::fullName),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.type"), 80, c -> ui.messages().label(c.subjectType())),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.detail"), 260,
                        c -> c.detail() == null ? "" : c.detail())));
        candidates.setItems(model.candidates());
        Button add = CouncilDialogs.button(ui, "addCandidateButton", "council.agenda.add", () -> CouncilDialogs.candidate(ui,
                meetings, model.meetingId(), model.kinds()).ifPresent(c -> model.load()));
        Button fromDossier = CouncilDialogs.button(ui, "addFromDossierButton", "council.agenda.fromDossier",
                () -> model.dossiers(this::chooseDossier));
        Button remove = CouncilDialogs.button(ui, "removeCandidateButton", "council.agenda.remove", this::removeCandidate);
        remove.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        Button quota = CouncilDialogs.button(ui, "setQuotaButton", "council.agenda.quota", () -> CouncilDialogs.quota(ui,
                meetings, model.meetingId(), groups.getSelectionModel().getSelectedItem()).ifPresent(g -> model.load()));
        quota.disableProperty().bind(groups.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, add, fromDossier, remove, gap, quota), groups, candidates);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void removeCandidate() {
        Candidate c = candidates.getSelectionModel().getSelectedItem();
        if (ui.dialogs().confirm(ui.text("council.agenda.remove"), ui.format("council.agenda.removeConfirm", c.fullName(),
                model.titleName(c.titleCode())))) {
            model.removeCandidate(c);
        }
    }

    /** Picks a dossier; the model then puts its persons and units on the agenda in one service call. */
    private void chooseDossier(List<Dossier> dossiers) {
        FormDialog<Dossier> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("council.agenda.fromDossier"));
        ComboBox<Dossier> choice = d.field(ui.text("council.field.dossier"), Fields.combo("dossierCombo", dossiers,
                x -> x.code() + " — " + model.titleName(x.awardCode()) + " — " + ui.messages().label(x.status())), null, true);
        d.onSave(() -> {
            Dossier chosen = choice.getValue();
            return p -> chosen;
        });
        d.showAndWait().ifPresent(chosen -> model.addFromDossier(chosen.id(), summary ->
                ui.dialogs().info(ui.text("council.agenda.fromDossier"), summary)));
    }
}
