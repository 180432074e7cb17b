package vn.tdkt.review.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ProposalProgress;

/**
 * The thread's commands on the review screen: propose every eligible row shown, "Lập hồ sơ" and "Lập quyết định" from
 * the proposed rows shown, and open the dossier, the meeting or the (draft) decision of the selected row's proposal.
 */
final class ReviewThreadBar {

    private ReviewThreadBar() {
    }

    static HBox of(Ui ui, ReviewViewModel model, ObservableValue<ReviewRow> selected, ReviewView.Opener opener) {
        Button proposeAll = button(ui, "proposeAllButton", "review.thread.proposeAll", "review.thread.proposeAll.tip");
        proposeAll.disableProperty().bind(model.resultProperty().isNull());
        proposeAll.setOnAction(e -> model.proposeAllShown());
        Button file = button(ui, "openDossiersButton", "review.thread.openDossiers", "review.thread.openDossiers.tip");
        file.disableProperty().bind(model.resultProperty().isNull());
        file.setOnAction(e -> model.openDossiers());
        Button decide = button(ui, "draftDecisionsButton", "review.thread.draftDecisions", "review.thread.draftDecisions.tip");
        decide.disableProperty().bind(model.resultProperty().isNull());
        decide.setOnAction(e -> model.draftDecisions());
        Button dossier = button(ui, "showDossierButton", "review.thread.showDossier", null);
        dossier.disableProperty().bind(missing(selected, p -> p.dossierId() == null));
        dossier.setOnAction(e -> opener.dossier(progress(selected).dossierId()));
        Button meeting = button(ui, "showMeetingButton", "review.thread.showMeeting", null);
        meeting.disableProperty().bind(missing(selected, p -> p.meetingId() == null));
        meeting.setOnAction(e -> opener.meeting(progress(selected).meetingId()));
        Button decision = button(ui, "showDecisionButton", "review.thread.showDecision", null);
        decision.disableProperty().bind(missing(selected, p -> !p.inDecision()));
        decision.setOnAction(e -> opener.decision(progress(selected)));
        HBox bar = new HBox(8, proposeAll, file, decide, dossier, meeting, decision);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ProposalProgress progress(ObservableValue<ReviewRow> selected) {
        Proposal p = selected.getValue() == null ? null : selected.getValue().proposalProperty().get();
        return p == null ? ProposalProgress.PROPOSED : p.progress();
    }

    /** True while the selected row has no proposal, or its progress lacks the record. */
    private static BooleanBinding missing(ObservableValue<ReviewRow> selected,
                                          java.util.function.Predicate<ProposalProgress> lacks) {
        return Bindings.createBooleanBinding(() -> {
            ReviewRow r = selected.getValue();
            return r == null || r.proposalProperty().get() == null || lacks.test(r.proposalProperty().get().progress());
        }, selected, Bindings.select(selected, "proposal"));
    }

    private static Button button(Ui ui, String id, String key, String tipKey) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (tipKey != null) {
            b.setTooltip(new Tooltip(ui.text(tipKey)));
        }
        return b;
    }
}
