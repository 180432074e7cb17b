package vn.tdkt.registration.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.FormInput;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.movement.service.MovementLinkService;
import vn.tdkt.registration.domain.RegistrationField;
import vn.tdkt.registration.domain.RegistrationRound;
import vn.tdkt.registration.service.RegistrationService;

/**
 * The registration page's round bar: the year's movement (a combo of the movements) and its registration deadline
 * (dd/MM/yyyy, written to a milestone of the movement), read and saved in the background, every problem at once.
 */
public final class RoundBarModel {

    private final RegistrationService service;
    private final MovementLinkService movementLinks;
    private final TaskExecutor tasks;
    private final Messages messages;

    public final ObservableList<MovementChoice> movements = FXCollections.observableArrayList();
    public final ObjectProperty<MovementChoice> movement = new SimpleObjectProperty<>();
    /** The deadline as typed, dd/MM/yyyy. */
    public final StringProperty deadline = new SimpleStringProperty("");
    /** The saved round in words: "Đợt đăng ký năm 2026: … — hạn 31/03/2026". */
    public final StringProperty current = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");

    public RoundBarModel(RegistrationService service, MovementLinkService movementLinks, TaskExecutor tasks, Messages messages) {
        this.service = service;
        this.movementLinks = movementLinks;
        this.tasks = tasks;
        this.messages = messages;
    }

    private record Loaded(List<MovementChoice> movements, RegistrationRound round) {
    }

    /** Reads the movements and the year's round, and shows the round in the bar. */
    public void load(int year) {
        tasks.run(messages.get("registration.round.loading"), p -> new Loaded(movementLinks.choices(), service.round(year)),
                l -> {
                    movements.setAll(l.movements());
                    show(l.round());
                    error.set("");
                }, this::failed);
    }

    private void show(RegistrationRound r) {
        MovementChoice m = r.movementId() == null ? null
                : movements.stream().filter(c -> c.id() == r.movementId()).findFirst().orElse(null);
        movement.set(m);
        deadline.set(r.deadline() == null ? "" : VnFormat.date(r.deadline()));
        String what = m == null ? messages.get("registration.round.noMovement") : m.label();
        current.set(r.deadline() == null
                ? messages.format("registration.round.current", String.valueOf(r.year()), what)
                : messages.format("registration.round.currentDeadline", String.valueOf(r.year()), what,
                VnFormat.date(r.deadline())));
    }

    /**
     * Checks the bar (a movement chosen, a date on the calendar within the year) and saves the round with one service
     * call; every problem is shown at once and nothing is saved while there is one. Then runs {@code saved}.
     */
    public void save(int year, Runnable saved) {
        FormInput in = new FormInput();
        MovementChoice m = in.choice(RegistrationField.MOVEMENT, movement.get(), true);
        LocalDate due = in.date(RegistrationField.MILESTONE, deadline.get(), false);
        in.rules(RegistrationRound.rules(year, m == null ? null : m.id(), due));
        if (!in.problems().isEmpty()) {
            error.set(describe(in.problems()));
            return;
        }
        tasks.run(messages.get("registration.round.saving"), p -> service.setRound(year, m.id(), due), r -> {
            show(r);
            error.set("");
            saved.run();
        }, this::failed);
    }

    private String describe(List<Problem> problems) {
        return problems.stream().map(p -> p.describeInForm(messages.locale())).collect(Collectors.joining("\n"));
    }

    private void failed(Throwable t) {
        if (t instanceof ValidationException v) {
            error.set(describe(v.problems()));
        } else if (t instanceof AppException a) {
            error.set(a.text(messages.locale()));
        } else {
            error.set(messages.get("registration.failed"));
        }
    }
}
