package vn.tdkt.exemplary.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.exemplary.domain.ListStatus;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.org.domain.Unit;

/** The tab Danh sách theo hạn of the delegate screen: a thin view over {@link ListRequestViewModel}. */
final class ListRequestPane {

    private final Ui ui;
    private final ListRequestViewModel vm;

    ListRequestPane(Ui ui, ListRequestViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    Node build() {
        Controls c = new Controls(ui);
        var movement = c.combo("listMovementCombo", vm.movements, vm.movement, (Movement m) -> m.code() + " — " + m.name());
        movement.setPrefWidth(420);
        HBox top = new HBox(8, c.label("exemplary.lists.movement"), movement);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<MilestoneRow> requests = c.table("listRequestTable", vm.requests, List.of(
                UiFormat.<MilestoneRow>textColumn(ui.text("exemplary.field.CONTENT"), 320, r -> r.milestone().content()),
                UiFormat.<MilestoneRow>dateColumn(ui.text("exemplary.lists.col.due"), r -> r.milestone().due()),
                UiFormat.<MilestoneRow>textColumn(ui.text("exemplary.lists.col.units"), 200,
                        r -> r.unitName() == null ? ui.text("exemplary.lists.allUnits") : r.unitName()),
                UiFormat.<MilestoneRow>dateColumn(ui.text("exemplary.lists.col.done"), r -> r.milestone().doneDate())));
        requests.setPrefHeight(150);
        requests.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.request.set(b);
            }
        });
        vm.request.addListener((o, a, b) -> {
            if (b != null && requests.getSelectionModel().getSelectedItem() != b) {
                requests.getSelectionModel().select(b);
            }
        });
        var content = c.field("listContentField", vm.content, "exemplary.lists.contentPrompt", 24);
        HBox.setHgrow(content, Priority.ALWAYS);
        var unit = c.prompted(c.combo("listUnitCombo", vm.units, vm.unit, Unit::name), "exemplary.lists.allUnits");
        unit.setPrefWidth(220);
        HBox ask = new HBox(8, content, c.field("listDueField", vm.due, "exemplary.lists.duePrompt", 11), unit,
                c.button("askListsButton", "exemplary.lists.ask", vm::ask));
        ask.setAlignment(Pos.CENTER_LEFT);
        var other = c.combo("listOtherCombo", vm.others, vm.other, (MilestoneRow r) -> r.milestone().content() + " ("
                + vn.tdkt.common.domain.VnFormat.date(r.milestone().due()) + ")");
        c.prompted(other, "exemplary.lists.otherPrompt");
        other.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(other, Priority.ALWAYS);
        var track = c.button("trackListsButton", "exemplary.lists.track", vm::track);
        track.disableProperty().bind(vm.other.isNull());
        HBox follow = new HBox(8, other, track);
        follow.setAlignment(Pos.CENTER_LEFT);
        LocalDate today = LocalDate.now();
        TableView<ListStatus> status = c.table("listStatusTable", vm.statuses, List.of(
                UiFormat.<ListStatus>textColumn(ui.text("exemplary.lists.col.unitCode"), 90, ListStatus::unitCode),
                UiFormat.<ListStatus>textColumn(ui.text("exemplary.lists.col.unitName"), 260, ListStatus::unitName),
                UiFormat.<ListStatus>dateColumn(ui.text("exemplary.lists.col.due"), ListStatus::due),
                UiFormat.<ListStatus>dateColumn(ui.text("exemplary.lists.col.received"), ListStatus::receivedOn),
                UiFormat.<ListStatus>textColumn(ui.text("exemplary.lists.col.document"), 120,
                        s -> s.document() == null ? "" : s.document()),
                UiFormat.<ListStatus>textColumn(ui.text("exemplary.lists.col.state"), 130, s -> vm.state(s, today))));
        status.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.status.set(b));
        Label missing = new Label();
        missing.setId("listMissing");
        missing.setWrapText(true);
        missing.textProperty().bind(vm.missing);
        var receive = c.button("receiveListButton", "exemplary.lists.receive", vm::receive);
        receive.disableProperty().bind(vm.status.isNull());
        HBox got = new HBox(8, c.field("listReceivedField", vm.receivedOn, "exemplary.lists.receivedPrompt", 13),
                c.field("listDocumentField", vm.document, "exemplary.lists.documentPrompt", 12), receive);
        got.setAlignment(Pos.CENTER_LEFT);
        Label problems = new Label();
        problems.setId("listProblems");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(vm::problemText, vm.problems));
        Label message = new Label();
        message.setId("listMessage");
        message.textProperty().bind(vm.message);
        VBox box = new VBox(8, top, requests, ask, follow, status, missing, got, problems, message);
        VBox.setVgrow(status, Priority.ALWAYS);
        return box;
    }
}
