package vn.tdkt.statistics.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.statistics.domain.StatisticsForm;

/**
 * "Biểu thống kê": the biểu (0601.N–0605.N of TT 02/2023/TT-BNV), the year and the output file; the biểu is written in
 * the background with its progress and can be cancelled; when it is written, {@link #written} names the file for
 * "Mở tệp" / "Mở thư mục". The file name follows the biểu and the year (bieu-0604N-2025.xlsx) in the folder chosen,
 * until the clerk names the file.
 */
public final class StatisticsFormsModel {

    /** Writes a biểu: the service call. */
    @FunctionalInterface
    public interface Writer {
        Path write(StatisticsForm form, int year, Path file, Progress progress);
    }

    public final ObservableList<StatisticsForm> forms = FXCollections.observableArrayList(StatisticsForm.values());
    public final ObjectProperty<StatisticsForm> form = new SimpleObjectProperty<>(StatisticsForm.F0601);
    public final ObservableList<Integer> years = FXCollections.observableArrayList();
    public final StringProperty year = new SimpleStringProperty();
    public final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty status = new SimpleStringProperty("");
    public final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** The file just written (set once per biểu written). */
    public final ObjectProperty<Path> written = new SimpleObjectProperty<>();

    private final Writer writer;
    private final TaskExecutor tasks;
    private final Messages messages;
    private boolean named;
    private TaskExecutor.Running running;

    /**
     * @param folder   where the file goes until the clerk chooses another (the last folder written to)
     * @param thisYear the year offered first; the ten before it are offered too
     */
    public StatisticsFormsModel(Writer writer, TaskExecutor tasks, Messages messages, Path folder, int thisYear) {
        this.writer = writer;
        this.tasks = tasks;
        this.messages = messages;
        for (int y = thisYear; y >= thisYear - 10; y--) {
            years.add(y);
        }
        year.set(Integer.toString(thisYear));
        file.set(folder.resolve(StatisticsForm.F0601.fileName(thisYear)));
        form.addListener((o, a, b) -> rename());
        year.addListener((o, a, b) -> rename());
    }

    /** The file the clerk chose in the save dialog: kept as named whatever biểu or year is chosen next. */
    public void choose(Path chosen) {
        named = true;
        file.set(chosen);
    }

    /** The name the save dialog offers. */
    public String suggestedName() {
        int y = parsedYear();
        return form.get().fileName(y == 0 ? years.get(0) : y);
    }

    /** Checks the year and the file, then writes the biểu in the background; a problem writes nothing. */
    public void write() {
        List<Problem> found = new ArrayList<>();
        int y = parsedYear();
        if (y < 1990 || y > 2100) {
            found.add(Problem.file(Msg.of("statistics.problem.year")));
        }
        Path target = file.get();
        if (target == null) {
            found.add(Problem.file(Msg.of("statistics.problem.noFile")));
        } else if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            found.add(Problem.file(Msg.of("statistics.problem.extension")));
        }
        problems.setAll(found);
        if (!found.isEmpty() || busy.get()) {
            return;
        }
        StatisticsForm f = form.get();
        busy.set(true);
        status.set(messages.format("statistics.dialog.running", f.number(), String.valueOf(y)));
        running = tasks.run(status.get(), p -> writer.write(f, y, target, p), done -> {
            busy.set(false);
            progress.unbind();
            progress.set(1);
            status.set(messages.format("statistics.dialog.done", f.number(), String.valueOf(y),
                    done.toAbsolutePath().toString()));
            written.set(null);
            written.set(done);
        }, this::failed);
        progress.bind(running.progressProperty());
    }

    /** Stops the biểu under way; nothing is written. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
        }
    }

    public String problemText() {
        return String.join("\n", problems.stream().map(p -> p.describe(messages.locale())).toList());
    }

    private void failed(Throwable t) {
        busy.set(false);
        progress.unbind();
        progress.set(0);
        if (t instanceof CancelledException) {
            status.set(messages.get("statistics.dialog.cancelled"));
        } else if (t instanceof ValidationException v) {
            status.set("");
            problems.setAll(v.problems());
        } else if (t instanceof AppException e) {
            status.set("");
            problems.setAll(List.of(Problem.file(e.text())));
        } else {
            status.set(messages.format("statistics.dialog.failed", messages.failure(t)));
        }
    }

    private void rename() {
        Path current = file.get();
        int y = parsedYear();
        if (!named && current != null && y != 0) {
            Path folder = current.toAbsolutePath().getParent();
            file.set(folder.resolve(form.get().fileName(y)));
        }
    }

    private int parsedYear() {
        try {
            return Integer.parseInt(year.get() == null ? "" : year.get().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
