package vn.tdkt.registration.ui;

import java.nio.file.Path;
import java.util.List;
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
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.ConversionReview;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.registration.domain.SheetImport;
import vn.tdkt.registration.service.RegistrationSheets;

/**
 * "Nhập bản đăng ký của đơn vị…" on the Đăng ký thi đua page: one unit sheet read, checked and written in one service
 * call in the background (progress, Cancel); cells typed in TCVN3 / VNI wait in {@link #conversions} for the clerk's
 * acceptance, a refused sheet's problems (sheet, row, column) in {@link #problems}, nothing written in either case;
 * after a write the summary in {@link #message} and the import in {@link #imported}, which the page shows.
 */
public final class SheetImportModel {

    /** The service call the model makes: (file, conversions accepted, progress) → the import. */
    @FunctionalInterface
    interface Importer {
        SheetImport importSheet(Path file, boolean accept, vn.tdkt.common.domain.Progress progress);
    }

    /** The blank sheet a unit fills in: (unit code, year, file). */
    @FunctionalInterface
    interface TemplateWriter {
        void write(String unitCode, int year, Path file);
    }

    private final Importer importer;
    private final TemplateWriter templates;
    private final TaskExecutor tasks;
    private final Messages messages;
    private TaskExecutor.Running running;

    /** True while a sheet is being read or written (the view shows the progress and Cancel). */
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** 0…1, or −1 while unknown. */
    public final DoubleProperty progress = new SimpleDoubleProperty(-1);
    /** The cells converted from TCVN3 / VNI, waiting for the clerk (nothing written meanwhile). */
    public final ConversionReview conversions = new ConversionReview();
    /** The problems of the last refused sheet; empty otherwise. */
    public final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** The name of the file {@link #problems} belong to. */
    public final StringProperty refusedFile = new SimpleStringProperty("");
    /** The summary of the last import, a declined conversion or a cancel. */
    public final StringProperty message = new SimpleStringProperty("");
    /** A failure that is no problem of the sheet (the store busy, the file gone). */
    public final StringProperty error = new SimpleStringProperty("");
    /** The last sheet written: the page shows its unit and year. */
    public final ObjectProperty<SheetImport> imported = new SimpleObjectProperty<>();
    /** The last blank sheet written (the view offers to open or print it). */
    public final vn.tdkt.common.ui.WrittenFile written = new vn.tdkt.common.ui.WrittenFile();

    public SheetImportModel(RegistrationSheets sheets, TaskExecutor tasks, Messages messages, String user) {
        this((file, accept, p) -> sheets.importSheet(file, accept, user, p), sheets::writeTemplate, tasks, messages);
    }

    SheetImportModel(Importer importer, TemplateWriter templates, TaskExecutor tasks, Messages messages) {
        this.importer = importer;
        this.templates = templates;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Reads the chosen sheet and writes it when it is valid and has no cell converted from a legacy encoding. */
    public void importSheet(Path file) {
        run(file, false);
    }

    /**
     * Writes the unit's blank "Đăng ký thi đua" sheet of the year (its members, the drop-downs; the command line's
     * {@code registration template}) for the unit to fill in and send back; a unit must be chosen.
     */
    public void writeTemplate(vn.tdkt.org.domain.Unit unit, int year, Path file) {
        message.set("");
        error.set("");
        if (unit == null) {
            error.set(messages.get("registration.chooseUnit"));
            return;
        }
        tasks.run(messages.get("registration.template.writing"), p -> {
            templates.write(unit.code(), year, file);
            return file;
        }, f -> {
            message.set(messages.format("registration.template.written", unit.code(), String.valueOf(year), f.toString()));
            written.announce(f);
        }, t -> error.set(messages.failure(t)));
    }

    /** Stops the import under way; nothing of it is written. */
    public void cancel() {
        TaskExecutor.Running r = running;
        if (r != null) {
            r.cancel();
        }
    }

    private void run(Path file, boolean accept) {
        String name = file.getFileName().toString();
        problems.clear();
        refusedFile.set("");
        message.set("");
        error.set("");
        busy.set(true);
        TaskExecutor.Running r = tasks.run(messages.format("registration.sheetImport.running", name),
                p -> importer.importSheet(file, accept, p), done -> {
                    finished();
                    message.set(summary(done));
                    imported.set(null);
                    imported.set(done);
                }, t -> {
                    finished();
                    failed(file, t);
                });
        if (busy.get()) { // still running (the window's executor): follow it
            running = r;
            progress.bind(r.progressProperty());
        }
    }

    private void finished() {
        running = null;
        progress.unbind();
        progress.set(-1);
        busy.set(false);
    }

    private void failed(Path file, Throwable t) {
        String name = file.getFileName().toString();
        if (conversions.offer(t, () -> run(file, true),
                () -> message.set(messages.format("legacy.declined", name)))) {
            return;
        }
        if (t instanceof CancelledException) {
            message.set(messages.format("registration.sheetImport.cancelled", name));
        } else if (t instanceof ValidationException v) {
            refusedFile.set(name);
            message.set(messages.format("registration.sheetImport.refused", name, String.valueOf(v.problems().size())));
            problems.setAll(v.problems());
        } else {
            error.set(messages.failure(t));
        }
    }

    /** "Đã nhập bản đăng ký năm 2026 của đơn vị VP — Văn phòng Sở từ tệp vp.xlsx: 12 dòng, 10 người …". */
    String summary(SheetImport s) {
        String collective = s.collectiveTitle() == null ? messages.get("registration.sheetImport.noCollective")
                : messages.format("registration.sheetImport.collective", s.collectiveTitle());
        String converted = s.converted() == 0 ? ""
                : " " + messages.format("registration.sheetImport.converted", String.valueOf(s.converted()));
        return messages.format("registration.sheetImport.done", String.valueOf(s.year()), s.unitCode(), s.unitName(),
                s.fileName(), String.valueOf(s.rows()), String.valueOf(s.registered()), collective) + converted;
    }

    /** Every problem of the refused sheet in the user's language, one a line (what the view's table shows). */
    public List<String> problemLines() {
        return problems.stream().map(p -> p.describe(messages.locale())).toList();
    }
}
