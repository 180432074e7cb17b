package vn.tdkt.exemplary.ui;

import java.nio.file.Path;
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
import vn.tdkt.exemplary.domain.DelegateLine;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.Period;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.exemplary.service.DelegateService;
import vn.tdkt.exemplary.service.ExemplaryLists;
import vn.tdkt.exemplary.service.ExemplaryService;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * The delegate screen: a quota, an allocation (the whole province, a movement with its sub-movements, a unit) and a
 * period → the ranked list with Được chọn / Không được chọn / Đồng hạng tại điểm cắt, written to a file on demand.
 */
public final class DelegateViewModel {

    private final DelegateService delegates;
    private final ExemplaryService models;
    private final OrgService org;
    private final TaskExecutor tasks;
    private final Messages messages;

    public final ObservableList<Movement> movements = FXCollections.observableArrayList();
    public final ObservableList<Unit> units = FXCollections.observableArrayList();
    public final StringProperty quota = new SimpleStringProperty("");
    public final ObjectProperty<Scope.Kind> scope = new SimpleObjectProperty<>(Scope.Kind.PROVINCE);
    public final ObjectProperty<Movement> movement = new SimpleObjectProperty<>();
    /** The last file written (the view offers to open or print it). */
    public final vn.tdkt.common.ui.WrittenFile written = new vn.tdkt.common.ui.WrittenFile();
    public final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    public final StringProperty from = new SimpleStringProperty("");
    public final StringProperty to = new SimpleStringProperty("");
    public final ObservableList<DelegateLine> lines = FXCollections.observableArrayList();
    public final ObjectProperty<DelegateSelection> selection = new SimpleObjectProperty<>();
    public final StringProperty summary = new SimpleStringProperty("");
    public final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** Whether the ranked list shown can be printed as a Danh sách (the whole province or a movement, not a unit). */
    public final javafx.beans.property.BooleanProperty printable = new javafx.beans.property.SimpleBooleanProperty();
    /** Whether the list shown is a movement's, so that the Word report on its models can be written. */
    public final javafx.beans.property.BooleanProperty reportable = new javafx.beans.property.SimpleBooleanProperty();
    /** The report's kind: the movement's sơ kết or tổng kết. */
    public final ObjectProperty<MovementReport.Kind> reportKind = new SimpleObjectProperty<>(MovementReport.Kind.TONG_KET);

    private final ExemplaryLists lists;
    /** The allocation of the list shown: the movement's code (null: the province), the period, the quota. */
    private String shownMovement;
    private Period shownPeriod = Period.ALL;
    private int shownQuota;

    public DelegateViewModel(DelegateService delegates, ExemplaryService models, OrgService org, TaskExecutor tasks,
                             Messages messages) {
        this(delegates, models, org, null, tasks, messages);
    }

    /** @param lists the print-ready lists (null: the screen offers none) */
    public DelegateViewModel(DelegateService delegates, ExemplaryService models, OrgService org, ExemplaryLists lists,
                             TaskExecutor tasks, Messages messages) {
        this.delegates = delegates;
        this.models = models;
        this.org = org;
        this.lists = lists;
        this.tasks = tasks;
        this.messages = messages;
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

    /** Ranks the models of the allocation; every problem of the inputs at once. */
    public void run() {
        List<Problem> found = new ArrayList<>();
        Integer n = number(quota.get(), ExemplaryField.QUOTA, found, true);
        Integer a = number(from.get(), ExemplaryField.PERIOD, found, false);
        Integer b = number(to.get(), ExemplaryField.PERIOD, found, false);
        Scope s = switch (scope.get()) {
            case PROVINCE -> Scope.PROVINCE;
            case MOVEMENT -> movement.get() == null ? null : Scope.movement(movement.get().id());
            case UNIT -> unit.get() == null ? null : Scope.unit(unit.get().id());
        };
        if (s == null) {
            found.add(Problem.of(scope.get() == Scope.Kind.MOVEMENT ? ExemplaryField.MOVEMENT : ExemplaryField.PROPOSER,
                    Msg.of("exemplary.problem.noScope")));
        }
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        problems.clear();
        Period period = new Period(a, b);
        String code = scope.get() == Scope.Kind.MOVEMENT ? movement.get().code() : null;
        boolean canPrint = lists != null && scope.get() != Scope.Kind.UNIT;
        tasks.run(messages.get("exemplary.delegates.running"), p -> delegates.select(s, period, n), sel -> {
            shownMovement = code;
            shownPeriod = period;
            shownQuota = n;
            printable.set(canPrint);
            reportable.set(canPrint && code != null);
            selection.set(sel);
            lines.setAll(sel.lines());
            summary.set(messages.format("exemplary.delegates.summary", String.valueOf(sel.lines().size()),
                    String.valueOf(sel.selected()), String.valueOf(sel.tied()), String.valueOf(sel.seatsAtCut())));
        }, this::failed);
    }

    /** Writes the ranked list shown (.xlsx or .csv). */
    public void write(Path file) {
        DelegateSelection sel = selection.get();
        if (sel == null) {
            return;
        }
        tasks.run(messages.get("exemplary.delegates.writing"), p -> {
            delegates.write(sel, file);
            return file;
        }, this::wrote, this::failed);
    }

    /** Writes the print-ready Danh sách đại biểu of the list shown (title, A4, signatures). */
    public void printDelegates(Path file) {
        if (!printable.get()) {
            return;
        }
        String code = shownMovement;
        Period period = shownPeriod;
        int quota = shownQuota;
        tasks.run(messages.get("exemplary.delegates.writing"), p -> {
            lists.writeDelegates(code, period, quota, file);
            return file;
        }, this::wrote, this::failed);
    }

    /** Writes the Danh sách giới thiệu điển hình tiên tiến of the allocation shown (its movement, its period). */
    public void printIntroduction(Path file) {
        if (!printable.get()) {
            return;
        }
        String code = shownMovement;
        Period period = shownPeriod;
        tasks.run(messages.get("exemplary.list.writing"), p -> {
            lists.writeIntroduction(code, period, file);
            return file;
        }, this::wrote, this::failed);
    }

    /**
     * Writes the Word report on the models of the movement shown for its sơ kết or tổng kết: recognitions from the
     * period's first year (none: the movement's), dated today or 31/12 of the period's last year when it is over.
     */
    public void printReport(Path file) {
        if (!reportable.get() || reportKind.get() == null) {
            return;
        }
        String code = shownMovement;
        Period period = shownPeriod;
        String kind = reportKind.get().label();
        java.time.LocalDate day = ExemplaryLists.reportDay(period.to(), java.time.LocalDate.now());
        tasks.run(messages.get("exemplary.report.writing"), p -> {
            lists.writeReport(code, kind, day, period.from(), file);
            return file;
        }, this::wrote, this::failed);
    }

    private void wrote(Path f) {
        summary.set(messages.format("exemplary.written", f.toString()));
        written.announce(f);
    }

    /** The Ghi chú of a line in the user's language. */
    public String note(DelegateLine l) {
        return l.note(messages.locale());
    }

    private static Integer number(String text, ExemplaryField f, List<Problem> problems, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(Problem.of(f, Msg.of("exemplary.problem.noQuota")));
            }
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.of(f, Msg.of("exemplary.problem.notNumber", text.trim())));
            return null;
        }
    }

    private void failed(Throwable t) {
        problems.setAll(ScreenProblems.of(t));
    }

    public String problemText() {
        return ScreenProblems.text(problems, messages.locale());
    }
}
