package vn.tdkt.exemplary.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ListStatus;
import vn.tdkt.exemplary.service.ExemplaryService;
import vn.tdkt.exemplary.service.ListRequestService;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * The lists of models due by a date (seed 002: lists before 20/5), a tab of the delegate screen: a movement's list
 * requests (its milestones), a new one asked of one unit or of every participating unit, each unit's list with the day
 * it arrived, who has not sent one, and a list recorded as received. Tested without the toolkit.
 */
public final class ListRequestViewModel {

    private final ListRequestService service;
    private final ExemplaryService models;
    private final OrgService org;
    private final TaskExecutor tasks;
    private final Messages messages;

    public final ObservableList<Movement> movements = FXCollections.observableArrayList();
    public final ObservableList<Unit> units = FXCollections.observableArrayList();
    public final ObjectProperty<Movement> movement = new SimpleObjectProperty<>();
    public final ObservableList<MilestoneRow> requests = FXCollections.observableArrayList();
    public final ObjectProperty<MilestoneRow> request = new SimpleObjectProperty<>();
    /** The movement's other milestones, one of which may be followed as a list request. */
    public final ObservableList<MilestoneRow> others = FXCollections.observableArrayList();
    public final ObjectProperty<MilestoneRow> other = new SimpleObjectProperty<>();
    public final ObservableList<ListStatus> statuses = FXCollections.observableArrayList();
    public final ObjectProperty<ListStatus> status = new SimpleObjectProperty<>();
    /** The new request: content, due date (dd/MM/yyyy), the unit asked (null: every participating unit). */
    public final StringProperty content = new SimpleStringProperty("");
    public final StringProperty due = new SimpleStringProperty("");
    public final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    /** The list received from the unit selected: the day it arrived and its document. */
    public final StringProperty receivedOn = new SimpleStringProperty("");
    public final StringProperty document = new SimpleStringProperty("");
    /** "Chưa gửi (2/5): …" or "Đã đủ danh sách" for the request shown. */
    public final StringProperty missing = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("");
    public final ObservableList<Problem> problems = FXCollections.observableArrayList();

    public ListRequestViewModel(ListRequestService service, ExemplaryService models, OrgService org, TaskExecutor tasks,
                                Messages messages) {
        this.service = service;
        this.models = models;
        this.org = org;
        this.tasks = tasks;
        this.messages = messages;
        movement.addListener((o, a, b) -> showRequests(null));
        request.addListener((o, a, b) -> showStatus());
    }

    private record Choices(List<Movement> movements, List<Unit> units) {
    }

    /** Reads the movements and units to choose from. */
    public void load() {
        tasks.run(messages.get("exemplary.loading"), p -> new Choices(models.movements(), org.units()), c -> {
            movements.setAll(c.movements());
            units.setAll(c.units());
        }, this::failed);
    }

    private record Milestones(List<MilestoneRow> requests, List<MilestoneRow> others) {
    }

    private void showRequests(Long select) {
        Movement m = movement.get();
        if (m == null) {
            requests.clear();
            others.clear();
            return;
        }
        tasks.run(messages.get("exemplary.loading"), p -> new Milestones(service.requests(m.id()), service.others(m.id())),
                rows -> {
                    requests.setAll(rows.requests());
                    others.setAll(rows.others());
                    other.set(null);
                    request.set(rows.requests().stream().filter(r -> select != null && r.milestone().id() == select)
                            .findFirst().orElse(rows.requests().isEmpty() ? null : rows.requests().get(0)));
                }, this::failed);
    }

    /** Follows the milestone chosen among the movement's others as a list request. */
    public void track() {
        MilestoneRow o = other.get();
        if (o == null) {
            problems.setAll(List.of(Problem.file(Msg.of("exemplary.lists.noMilestone"))));
            return;
        }
        tasks.run(messages.get("exemplary.saving"), p -> {
            service.track(o.milestone().id());
            return o.milestone().id();
        }, id -> {
            problems.clear();
            message.set(messages.get("exemplary.lists.tracked"));
            showRequests(id);
        }, this::failed);
    }

    private void showStatus() {
        MilestoneRow r = request.get();
        if (r == null) {
            statuses.clear();
            missing.set("");
            return;
        }
        tasks.run(messages.get("exemplary.loading"), p -> service.status(r.milestone().id()), this::shown, this::failed);
    }

    private void shown(List<ListStatus> rows) {
        statuses.setAll(rows);
        List<String> not = rows.stream().filter(s -> !s.sent()).map(ListStatus::unitName).toList();
        missing.set(rows.isEmpty() ? messages.get("exemplary.lists.nobody") : not.isEmpty()
                ? messages.get("exemplary.lists.allSent")
                : messages.format("exemplary.lists.missing", String.valueOf(not.size()), String.valueOf(rows.size()),
                String.join(", ", not)));
    }

    /** Asks the units for lists by the date typed: a milestone of the movement shown. */
    public void ask() {
        Movement m = movement.get();
        List<Problem> found = new ArrayList<>();
        if (m == null) {
            found.add(Problem.file(Msg.of("exemplary.lists.noMovement")));
        }
        LocalDate on = ExemplaryViewModel.parse(due.get(), ExemplaryField.DATE, found);
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        Unit u = unit.get();
        String text = content.get();
        tasks.run(messages.get("exemplary.saving"), p -> service.request(m.id(), text, on, u == null ? null : u.id()), ms -> {
            problems.clear();
            content.set("");
            due.set("");
            unit.set(null);
            message.set(messages.get("exemplary.lists.asked"));
            showRequests(ms.id());
        }, this::failed);
    }

    /** Records the list of the unit selected as received on the day typed. */
    public void receive() {
        MilestoneRow r = request.get();
        ListStatus s = status.get();
        List<Problem> found = new ArrayList<>();
        if (r == null || s == null) {
            found.add(Problem.file(Msg.of("exemplary.lists.noUnit")));
        }
        LocalDate on = ExemplaryViewModel.parse(receivedOn.get(), ExemplaryField.DATE, found);
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        String doc = document.get();
        tasks.run(messages.get("exemplary.saving"), p -> service.receive(r.milestone().id(), s.unitId(), on, doc), rows -> {
            problems.clear();
            receivedOn.set("");
            document.set("");
            message.set(messages.format("exemplary.lists.received", s.unitName()));
            shown(rows);
            if (rows.stream().allMatch(ListStatus::sent)) {
                showRequests(r.milestone().id()); // the request is done: its Hoàn thành shows the day
            }
        }, this::failed);
    }

    /** The state of a unit's list on {@code today}: sent, sent late, not sent, not sent and overdue. */
    public String state(ListStatus s, LocalDate today) {
        return messages.get(s.sent() ? s.late(today) ? "exemplary.lists.state.late" : "exemplary.lists.state.sent"
                : s.late(today) ? "exemplary.lists.state.overdue" : "exemplary.lists.state.missing");
    }

    private void failed(Throwable t) {
        problems.setAll(ScreenProblems.of(t));
    }

    /** Every problem, one per line, in the user's language. */
    public String problemText() {
        return ScreenProblems.text(problems, messages.locale());
    }
}
