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
import vn.tdkt.registration.domain.FileProblem;
import vn.tdkt.registration.domain.FolderImport;
import vn.tdkt.registration.domain.SheetImport;
import vn.tdkt.registration.domain.SheetsRefused;
import vn.tdkt.registration.service.RegistrationSheets;

/**
 * "Nhập bản đăng ký của đơn vị…" on the Đăng ký thi đua page: one unit sheet read, checked and written in one service
 * call in the background (progress, Cancel); cells typed in TCVN3 / VNI wait in {@link #conversions} for the clerk's
 * acceptance, a refused sheet's problems (sheet, row, column) in {@link #problems}, nothing written in either case;
 * after a write the summary in {@link #message} and the import in {@link #imported}, which the page shows.
 * "Nhập cả thư mục bản đăng ký…" does the same for every sheet of a folder, all or nothing in one service call: the
 * conversions of all the files in one preview, the problems of every file in {@link #folderProblems} (Tệp, Trang tính,
 * Dòng, Cột, Lỗi), after the write the summary and {@link #folderImported}.
 */
public final class SheetImportModel {

    /** The service call the model makes: (file, conversions accepted, progress) → the import. */
    @FunctionalInterface
    interface Importer {
        SheetImport importSheet(Path file, boolean accept, vn.tdkt.common.domain.Progress progress);
    }

    /** The service call of a folder: (folder, conversions accepted, progress) → the import of all its sheets. */
    @FunctionalInterface
    interface FolderImporter {
        FolderImport importFolder(Path folder, boolean accept, vn.tdkt.common.domain.Progress progress);
    }

    /** The blank sheet a unit fills in: (unit code, year, file). */
    @FunctionalInterface
    interface TemplateWriter {
        void write(String unitCode, int year, Path file);
    }

    private final Importer importer;
    private final FolderImporter folders;
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
    /** The problems of the last refused folder, each with its file; empty otherwise. */
    public final ObservableList<FileProblem> folderProblems = FXCollections.observableArrayList();
    /** What the list of {@link #folderProblems} says first: the folder, how many files have how many problems. */
    public final StringProperty folderRefusal = new SimpleStringProperty("");
    /** The last folder written: the page shows its year. */
    public final ObjectProperty<FolderImport> folderImported = new SimpleObjectProperty<>();
    /** The last blank sheet written (the view offers to open or print it). */
    public final vn.tdkt.common.ui.WrittenFile written = new vn.tdkt.common.ui.WrittenFile();

    public SheetImportModel(RegistrationSheets sheets, TaskExecutor tasks, Messages messages, String user) {
        this((file, accept, p) -> sheets.importSheet(file, accept, user, p),
                (folder, accept, p) -> sheets.importFolder(folder, accept, user, p), sheets::writeTemplate, tasks, messages);
    }

    SheetImportModel(Importer importer, FolderImporter folders, TemplateWriter templates, TaskExecutor tasks,
                     Messages messages) {
        this.importer = importer;
        this.folders = folders;
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

    /**
     * Reads every .xlsx of the chosen folder and writes them all in one transaction when every one is valid and the
     * cells read from TCVN3 / VNI (all the files' together) are accepted; one bad file and nothing is written.
     */
    public void importFolder(Path folder) {
        runFolder(folder, false);
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
        start();
        follow(tasks.run(messages.format("registration.sheetImport.running", name),
                p -> importer.importSheet(file, accept, p), done -> {
                    finished();
                    message.set(summary(done));
                    imported.set(null);
                    imported.set(done);
                }, t -> {
                    finished();
                    failed(file, t);
                }));
    }

    private void runFolder(Path folder, boolean accept) {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        start();
        follow(tasks.run(messages.format("registration.folderImport.running", name),
                p -> folders.importFolder(folder, accept, p), done -> {
                    finished();
                    message.set(summary(done));
                    folderImported.set(null);
                    folderImported.set(done);
                }, t -> {
                    finished();
                    folderFailed(folder, name, t);
                }));
    }

    private void start() {
        problems.clear();
        refusedFile.set("");
        folderProblems.clear();
        folderRefusal.set("");
        message.set("");
        error.set("");
        busy.set(true);
    }

    private void follow(TaskExecutor.Running r) {
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

    private void folderFailed(Path folder, String name, Throwable t) {
        if (conversions.offer(t, () -> runFolder(folder, true),
                () -> message.set(messages.format("registration.folderImport.declined", name)))) {
            return;
        }
        if (t instanceof CancelledException) {
            message.set(messages.format("registration.folderImport.cancelled", name));
        } else if (t instanceof SheetsRefused v) {
            String files = String.valueOf(v.refused());
            String all = String.valueOf(v.files());
            String count = String.valueOf(v.located().size());
            message.set(messages.format("registration.folderImport.refused", name, files, all, count));
            folderRefusal.set(messages.format("registration.folderImport.problemsText", name, files, all, count));
            folderProblems.setAll(v.located());
        } else {
            error.set(messages.failure(t));
        }
    }

    /** "Đã nhập 9 bản đăng ký từ thư mục dang-ky-2026: 9 đơn vị, 148 dòng cán bộ, 120 người đăng ký danh hiệu." */
    String summary(FolderImport f) {
        String converted = f.converted() == 0 ? ""
                : " " + messages.format("registration.sheetImport.converted", String.valueOf(f.converted()));
        return messages.format("registration.folderImport.done", f.folder(), String.valueOf(f.sheets()),
                String.valueOf(f.units()), String.valueOf(f.rows()), String.valueOf(f.registered())) + converted;
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
