package vn.tdkt.home.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.home.domain.HomeData;
import vn.tdkt.home.domain.RegistrationProgress;
import vn.tdkt.home.service.HomeService;
import vn.tdkt.movement.service.MovementReports;
import vn.tdkt.movement.domain.MovementStatus;

/**
 * The start screen (Tổng quan): what is overdue and due in the next days, movements by status, decisions and money of
 * the year and the two charts, read by one background call; opening a line goes to the record it names.
 */
public final class HomeViewModel {

    /** Days ahead the start screen looks. */
    public static final int DAYS = 7;

    private final HomeService service;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final Consumer<DueItem> opener;
    private final MovementReports reports;

    public final ObjectProperty<HomeData> data = new SimpleObjectProperty<>();
    /** True once {@link #data} holds the charts too (they come in a second call). */
    public final BooleanProperty chartsLoaded = new SimpleBooleanProperty();
    public final ObservableList<DueItem> due = FXCollections.observableArrayList();
    public final StringProperty summary = new SimpleStringProperty("");
    public final StringProperty movements = new SimpleStringProperty("");
    public final StringProperty decisions = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");
    /** What the last document written says (the công văn đôn đốc). */
    public final StringProperty notice = new SimpleStringProperty("");

    /** The year's registration coverage while below 100 %, else empty. */
    public final StringProperty registrations = new SimpleStringProperty("");

    /** @param opener shows the record a line names (the main window's navigation) */
    public HomeViewModel(HomeService service, MovementReports reports, TaskExecutor tasks, Messages messages,
                         Supplier<LocalDate> today, Consumer<DueItem> opener) {
        this.service = service;
        this.reports = reports;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.opener = opener;
    }

    /**
     * Reads the light part first and shows it (the window is usable then), then the charts over the award history in
     * a second background call.
     */
    public void load() {
        LocalDate day = today.get();
        chartsLoaded.set(false); // the charts on screen stay until the new ones come
        tasks.run(messages.get("home.loading"), p -> service.summary(day, DAYS), d -> {
            show(d);
            // the list and the counts stay as they are (a second setAll would reset the table's selection)
            tasks.run(messages.get("home.loading"), p -> service.withCharts(d), c -> {
                chartsLoaded.set(true);
                data.set(c);
                showRegistrations(c.registrations());
            }, this::failed);
        }, this::failed);
    }

    private void failed(Throwable t) {
        error.set(messages.failure(t));
    }

    private void show(HomeData d) {
        data.set(d);
        due.setAll(d.due());
        long late = d.due().stream().filter(DueItem::overdue).count();
        summary.set(messages.format("home.summary", VnFormat.date(d.today()), String.valueOf(late),
                String.valueOf(d.due().size() - late), String.valueOf(d.days())));
        StringBuilder b = new StringBuilder();
        d.movementsByStatus().forEach((status, n) -> {
            if (b.length() > 0) {
                b.append(" · ");
            }
            b.append(messages.label(MovementStatus.valueOf(status))).append(": ").append(n);
        });
        movements.set(b.toString());
        decisions.set(messages.format("home.decisions", String.valueOf(d.today().getYear()), VnFormat.number(d.decisions()),
                VnFormat.number(d.recipients()), VnFormat.money(d.money())));
        error.set("");
        showRegistrations(d.registrations());
    }

    private void showRegistrations(RegistrationProgress r) {
        registrations.set(r == null ? "" : messages.format("registration.home", String.valueOf(r.year()),
                String.valueOf(r.registered()), String.valueOf(r.members()), r.percent().toPlainString().replace('.', ','),
                String.valueOf(r.unitsRegistered()), String.valueOf(r.units())));
    }

    /** Opens the record a line names. */
    public void open(DueItem item) {
        if (item != null) {
            opener.accept(item);
        }
    }

    /** Whether a công văn đôn đốc can be written from a line: an overdue milestone of a movement. */
    public boolean canRemind(DueItem item) {
        return item != null && item.kind() == DueKind.MILESTONE && item.overdue();
    }

    /**
     * Writes the công văn đôn đốc of the movement of an overdue milestone line, on the day the screen shows: addressed
     * to every unit that has not done a milestone of that movement overdue then.
     */
    public void writeReminder(DueItem item, Path file) {
        if (!canRemind(item)) {
            return;
        }
        LocalDate day = data.get() == null ? today.get() : data.get().today();
        tasks.run(messages.get("home.reminder.writing"), p -> reports.writeReminder(item.targetId(), day, file),
                path -> {
                    notice.set(messages.format("home.reminder.written", path.toString()));
                    error.set("");
                }, t -> error.set(messages.failure(t)));
    }

    /** "Quá hạn 3 ngày" / "Còn 2 ngày" / "Hôm nay". */
    /** The detail of a line, with the note that a milestone's day was a day off. */
    public String detail(DueItem item) {
        return item.dueOnRest() == null ? item.detail() : messages.format("home.dueOnRest", item.detail(), item.dueOnRest());
    }

    public String when(DueItem item) {
        if (item.days() < 0) {
            return messages.format("home.late", String.valueOf(-item.days()));
        }
        return item.days() == 0 ? messages.get("home.today") : messages.format("home.left", String.valueOf(item.days()));
    }
}
