package vn.tdkt.council.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.CountField;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.CouncilField;
import vn.tdkt.council.service.BallotService;

/**
 * Nhập kết quả kiểm phiếu of one title: the counts (the members in office and present come from the attendance) and
 * the agreeing votes of each candidate and, when the board counted them, the disagreeing ones (round 1, #13); a second
 * round takes the tied candidates only. The service checks everything
 * and its problems stay on the form: nothing is saved until they are fixed.
 */
final class TallyDialog {

    private TallyDialog() {
    }

    /**
     * @param candidates the candidates voted on: the whole title for round 1, the tied ones for a further round
     * @param members     the members in office on the meeting day, offered as the total
     * @param present     the members present per the saved attendance, null before it is saved
     * @param secondRound true to record a further round among tied candidates
     */
    static Optional<TallyResult> show(Ui ui, BallotService service, long meetingId, AgendaGroup group,
                                      List<Candidate> candidates, int members, Integer present, boolean secondRound) {
        FormDialog<TallyResult> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.format(
                secondRound ? "council.tally.secondTitle" : "council.tally.title", group.titleName()));
        Map<CountField, TextField> counts = new LinkedHashMap<>();
        for (CountField f : CountField.values()) {
            TextField t = d.field(CouncilField.of(f), label(ui, f), Fields.digits("count_" + f.name(), 4), true);
            counts.put(f, t);
        }
        counts.get(CountField.TOTAL).setText(Integer.toString(members));
        if (present != null) {
            counts.get(CountField.PRESENT).setText(Integer.toString(present));
        }
        Label votesTitle = new Label(ui.text("council.tally.votes"));
        votesTitle.getStyleClass().add("section-title");
        d.note(votesTitle);
        Map<Long, TextField> votes = new LinkedHashMap<>();
        Map<Long, TextField> against = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            TextField t = d.field(c.seq() + ". " + c.fullName() + " (" + c.subjectCode() + ")",
                    Fields.digits("votes_" + c.subjectCode(), 4), null, true);
            votes.put(c.id(), t);
            if (!secondRound) {
                // optional (#13): when counted, the Biên bản kiểm phiếu prints it instead of hợp lệ − đồng ý
                against.put(c.id(), d.field(ui.format("council.tally.against", c.fullName()),
                        Fields.digits("against_" + c.subjectCode(), 4), null, false));
            }
        }
        d.onSave(() -> {
            BallotCounts entered = new BallotCounts(value(counts.get(CountField.TOTAL)), value(counts.get(CountField.PRESENT)),
                    value(counts.get(CountField.ISSUED)), value(counts.get(CountField.RETURNED)),
                    value(counts.get(CountField.VALID)), value(counts.get(CountField.INVALID)));
            Map<Long, Integer> byCandidate = new LinkedHashMap<>();
            votes.forEach((id, t) -> byCandidate.put(id, value(t)));
            Map<Long, Integer> disagreeing = new LinkedHashMap<>();
            against.forEach((id, t) -> {
                if (!t.getText().isBlank()) {
                    disagreeing.put(id, value(t));
                }
            });
            return p -> secondRound ? service.secondRound(meetingId, group.titleCode(), entered, byCandidate)
                    : service.recordRound(meetingId, group.titleCode(), entered, byCandidate, disagreeing);
        });
        return d.showAndWait();
    }

    private static String label(Ui ui, CountField f) {
        return ui.text(switch (f) {
            case TOTAL -> "council.count.total";
            case PRESENT -> "council.count.present";
            case ISSUED -> "council.count.issued";
            case RETURNED -> "council.count.returned";
            case VALID -> "council.count.valid";
            case INVALID -> "council.count.invalid";
        });
    }

    /** A digits-only field the form has already required. */
    private static int value(TextField t) {
        return Integer.parseInt(t.getText());
    }
}
