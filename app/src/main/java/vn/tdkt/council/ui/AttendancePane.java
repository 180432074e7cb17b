package vn.tdkt.council.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.QuorumCheck;

/** The attendance tab: one line per member in office, the quorum live while ticking, then as saved. */
final class AttendancePane {

    private final Ui ui;
    private final MeetingPageModel model;
    private final GridPane grid = new GridPane();
    private final Label quorum = new Label();
    private final Label state = new Label();

    AttendancePane(Ui ui, MeetingPageModel model) {
        this.ui = ui;
        this.model = model;
        model.attendance().addListener((javafx.collections.ListChangeListener<MeetingPageModel.AttendanceLine>) c -> fill());
        model.quorumProperty().addListener((obs, o, q) -> showQuorum(q));
        state.textProperty().bind(Bindings.createStringBinding(() -> ui.text(switch (model.attendanceStateProperty().get()) {
            case NOT_SAVED -> "council.attendance.notSaved";
            case SAVED -> "council.attendance.saved";
            case UNSAVED -> "council.attendance.unsaved";
        }), model.attendanceStateProperty()));
    }

    Node view() {
        grid.setId("attendanceGrid");
        grid.setHgap(10);
        grid.setVgap(4);
        quorum.setId("quorumLabel");
        quorum.setWrapText(true);
        showQuorum(model.quorumProperty().get());
        state.setId("attendanceState");
        state.getStyleClass().add("hint");
        Button all = CouncilDialogs.button(ui, "allPresentButton", "council.attendance.allPresent", model::markAllPresent);
        Button save = CouncilDialogs.button(ui, "saveAttendanceButton", "council.attendance.save", model::saveAttendance);
        save.setDefaultButton(true);
        HBox actions = new HBox(8, all, save, state);
        actions.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox box = new VBox(8, quorum, actions, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void fill() {
        grid.getChildren().clear();
        String[] headers = {ui.text("council.attendanceCol.no"), ui.text("council.attendanceCol.name"),
                ui.text("council.attendanceCol.role"), ui.text("council.attendanceCol.status"),
                ui.text("council.attendanceCol.note")};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().add("field-name");
            grid.add(h, c, 0);
        }
        int row = 1;
        for (MeetingPageModel.AttendanceLine line : model.attendance()) {
            ChoiceBox<AttendanceStatus> status = Fields.choice("attendance_" + row, List.of(AttendanceStatus.values()),
                    ui.messages()::label);
            status.valueProperty().bindBidirectional(line.statusProperty());
            TextField note = Fields.text("attendanceNote_" + row);
            note.setPromptText(ui.text("council.attendance.noteHint"));
            note.setPrefColumnCount(30);
            note.textProperty().bindBidirectional(line.noteProperty());
            grid.addRow(row, new Label(Integer.toString(row)), UiText.data(new Label(line.member().fullName())),
                    new Label(ui.messages().label(line.member().role())), status, note);
            row++;
        }
    }

    private void showQuorum(Optional<QuorumCheck> q) {
        quorum.getStyleClass().removeAll("ok-text", "error-text");
        quorum.setText(q.map(x -> ui.messages().text(x.text())).orElse(ui.text("council.attendance.noRule")));
        quorum.getStyleClass().add(q.map(QuorumCheck::ok).orElse(false) ? "ok-text" : "error-text");
    }
}
