package vn.tdkt.decision.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.domain.Revocation;
import vn.tdkt.decision.domain.RevocationDraft;
import vn.tdkt.decision.service.DecisionServices;

/**
 * Thu hồi khen thưởng: the quyết định thu hồi (number, date, reason) and what it cancels — the whole decision or
 * the lines ticked (those selected on the page come ticked). Recorded in the background; the service's problems
 * stay in the dialog.
 */
final class RevocationDialog {

    private RevocationDialog() {
    }

    static Optional<Revocation> show(Ui ui, DecisionServices decisions, DecisionPage.Loaded data,
                                     Collection<DecisionPage.Line> selected) {
        FormDialog<Revocation> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.format("decision.revoke.title", data.list().decisionNo()));
        TextField number = d.field(ui.text("decision.revoke.number"), new TextField(), null, true);
        d.bind(DecisionField.REVOCATION_NUMBER, number);
        number.setId("revocationNoField");
        number.setPromptText(ui.text("decision.field.numberHint"));
        DatePicker date = d.field(ui.text("decision.revoke.date"), UiFormat.datePicker("revocationDatePicker"), null, true);
        d.bind(DecisionField.REVOCATION_DATE, date);
        date.setValue(LocalDate.now());
        TextArea reason = d.field(ui.text("decision.revoke.reason"), new TextArea(), null, true);
        d.bind(DecisionField.REVOCATION_REASON, reason);
        reason.setId("revocationReasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        CheckBox whole = d.field(ui.text("decision.revoke.scope"), new CheckBox(ui.text("decision.revoke.whole")), null, false);
        whole.setId("revokeWholeCheck");

        List<DecisionPage.Line> open = data.lines().stream().filter(l -> !l.row().revoked()).toList();
        Map<DecisionPage.Line, BooleanProperty> ticked = new IdentityHashMap<>();
        open.forEach(l -> ticked.put(l, new SimpleBooleanProperty(selected.contains(l))));
        ListView<DecisionPage.Line> lines = new ListView<>();
        lines.setId("revocationLines");
        lines.getItems().setAll(open);
        lines.setPrefHeight(Math.min(240, 28 + 26.0 * open.size()));
        lines.setCellFactory(CheckBoxListCell.forListView(ticked::get, new StringConverter<>() {
            @Override
            public String toString(DecisionPage.Line l) {
                return l == null ? "" : l.row().stt() + ". " + l.row().name() + " — " + l.row().kindName();
            }

            @Override
            public DecisionPage.Line fromString(String s) {
                return null;
            }
        }));
        lines.disableProperty().bind(whole.selectedProperty());
        whole.setSelected(selected.isEmpty());
        d.bind(DecisionField.REVOKED, d.field(ui.text("decision.revoke.lines"), lines, null, false));

        d.onSave(() -> {
            RevocationDraft draft = new RevocationDraft(number.getText(), date.getValue(), reason.getText());
            List<DecisionPage.Line> chosen = whole.isSelected() ? open
                    : open.stream().filter(l -> ticked.get(l).get()).toList();
            boolean wholeRecorded = whole.isSelected() && data.decision().isPresent()
                    && open.size() == data.lines().size() && open.stream().allMatch(l -> l.recipientId() != null);

            return p -> {
                if (wholeRecorded) {
                    return decisions.revocation().revokeDecision(data.decision().get().id(), draft);
                }
                if (chosen.stream().allMatch(l -> l.awardId() != null)) {
                    return decisions.revocation().revokeAwards(chosen.stream().map(DecisionPage.Line::awardId).toList(), draft);
                }
                if (chosen.stream().allMatch(l -> l.recipientId() != null)) {
                    return decisions.revocation().revokeRecipients(chosen.stream().map(DecisionPage.Line::recipientId).toList(), draft);
                }
                throw new AppException(Msg.of("decision.revoke.mixed"));
            };
        });
        return d.showAndWait();
    }
}
