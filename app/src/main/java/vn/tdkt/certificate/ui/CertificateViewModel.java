package vn.tdkt.certificate.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.certificate.domain.BlankLayout;
import vn.tdkt.certificate.domain.FieldBox;
import vn.tdkt.certificate.domain.LayoutField;
import vn.tdkt.certificate.domain.PrintResult;
import vn.tdkt.certificate.service.CertificateService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Field;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.decision.domain.DecisionSummary;
import vn.tdkt.decision.service.DecisionFormsService;

/**
 * The certificate screen: a decision and a blank; the blank's layout edited field by field (box in mm, font size,
 * bold, italic, alignment, shown), its paper size, printer offset and the awards printed on it; save, the calibration
 * sheet (of the layout as edited, saved or not) and the decision's certificates in one PDF, in the background with
 * progress and Cancel. Every problem of the layout at once, on its field.
 */
public final class CertificateViewModel {

    private final CertificateService service;
    private final DecisionFormsService forms;
    private final TaskExecutor tasks;
    private final Messages messages;

    public final ObservableList<DecisionSummary> decisions = FXCollections.observableArrayList();
    public final ObjectProperty<DecisionSummary> decision = new SimpleObjectProperty<>();
    public final ObservableList<BlankLayout> blanks = FXCollections.observableArrayList();
    public final ObjectProperty<BlankLayout> blank = new SimpleObjectProperty<>();
    /** True: every page on the chosen blank; false: each recipient on the blank of its award. */
    public final BooleanProperty forceBlank = new SimpleBooleanProperty(false);
    /** The last file written (the view offers to open or print it). */
    public final vn.tdkt.common.ui.WrittenFile written = new vn.tdkt.common.ui.WrittenFile();
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty width = new SimpleStringProperty("");
    public final StringProperty height = new SimpleStringProperty("");
    public final StringProperty offsetX = new SimpleStringProperty("");
    public final StringProperty offsetY = new SimpleStringProperty("");
    public final StringProperty kinds = new SimpleStringProperty("");
    public final ObservableList<FieldRow> rows = FXCollections.observableArrayList();
    public final ObservableList<Problem> problems = FXCollections.observableArrayList();
    public final StringProperty status = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    private TaskExecutor.Running running;

    public CertificateViewModel(CertificateService service, DecisionFormsService forms, TaskExecutor tasks, Messages messages) {
        this.service = service;
        this.forms = forms;
        this.tasks = tasks;
        this.messages = messages;
        blank.addListener((o, a, b) -> show(b));
    }

    private record Choices(List<DecisionSummary> decisions, List<BlankLayout> blanks) {
    }

    /** Reads the decisions and blanks; keeps the choices when they still exist. */
    public void load() {
        String code = blank.get() == null ? null : blank.get().code();
        Long decisionId = decision.get() == null ? null : decision.get().id();
        tasks.run(messages.get("certificate.loading"), p -> {
            List<BlankLayout> all = new ArrayList<>(service.blanks());
            all.add(BlankLayout.plainA4());
            return new Choices(service.decisions(), all);
        }, c -> {
            decisions.setAll(c.decisions());
            blanks.setAll(c.blanks());
            decision.set(c.decisions().stream().filter(d -> decisionId != null && d.id() == decisionId).findFirst()
                    .orElse(c.decisions().isEmpty() ? null : c.decisions().get(0)));
            blank.set(c.blanks().stream().filter(b -> b.code().equals(code)).findFirst().orElse(c.blanks().get(0)));
        }, this::failed);
    }

    private void show(BlankLayout b) {
        problems.clear();
        if (b == null) {
            rows.clear();
            return;
        }
        name.set(b.name());
        width.set(mm(b.widthMm()));
        height.set(mm(b.heightMm()));
        offsetX.set(mm(b.offsetXMm()));
        offsetY.set(mm(b.offsetYMm()));
        kinds.set(String.join(", ", b.kinds()));
        rows.setAll(b.fields().stream().map(FieldRow::new).toList());
    }

    /** The layout as edited, or empty with every problem of the typed numbers listed. */
    public Optional<BlankLayout> layout() {
        BlankLayout b = blank.get();
        if (b == null) {
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        double w = number(width.get(), LayoutField.PAGE, found);
        double h = number(height.get(), LayoutField.PAGE, found);
        double ox = number(offsetX.get(), LayoutField.OFFSET, found);
        double oy = number(offsetY.get(), LayoutField.OFFSET, found);
        List<FieldBox> boxes = new ArrayList<>();
        for (FieldRow r : rows) {
            boxes.add(new FieldBox(r.field, r.shown.get(), number(r.x.get(), r.field, found), number(r.y.get(), r.field, found),
                    number(r.width.get(), r.field, found), number(r.height.get(), r.field, found),
                    number(r.size.get(), r.field, found), r.bold.get(), r.italic.get(), r.align.get()));
        }
        List<String> codes = Arrays.stream(kinds.get() == null ? new String[0] : kinds.get().split("[,;\\s]+"))
                .map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
        BlankLayout edited = new BlankLayout(b.id(), b.code(), name.get(), w, h, ox, oy, boxes, codes);
        if (found.isEmpty()) {
            found.addAll(edited.problems().stream().filter(p -> !b.plain() || p.field() != LayoutField.CODE).toList());
        }
        problems.setAll(found);
        return found.isEmpty() ? Optional.of(edited) : Optional.empty();
    }

    /** Stores the layout as edited (not the plain certificate, which is built in). */
    public void save() {
        if (blank.get() == null || blank.get().plain()) {
            problems.setAll(List.of(Problem.file(Msg.of("certificate.plainNotSaved"))));
            return;
        }
        layout().ifPresent(l -> tasks.run(messages.get("certificate.saving"), p -> service.save(l), saved -> {
            int i = blanks.indexOf(blank.get());
            blanks.set(i, saved);
            blank.set(saved);
            status.set(messages.format("certificate.saved", saved.code()));
        }, this::failed));
    }

    /** The calibration sheet of the layout as edited, with the chosen decision's first certificate as sample text. */
    public void calibrate(Path file) {
        Long id = decision.get() == null ? null : decision.get().id();
        layout().ifPresent(l -> start(messages.get("certificate.calibrating"), p -> {
            service.calibrate(l, id == null ? Optional.empty() : service.decision(id), file);
            return file;
        }, f -> {
            status.set(messages.format("certificate.calibrated", f.toString()));
            written.announce(f);
        }));
    }

    /** Every certificate of the chosen decision in one PDF. */
    public void print(Path file) {
        DecisionSummary d = decision.get();
        if (d == null) {
            problems.setAll(List.of(Problem.file(Msg.of("certificate.chooseDecision"))));
            return;
        }
        problems.clear();
        String code = forceBlank.get() && blank.get() != null ? blank.get().code() : null;
        start(messages.format("certificate.printing", d.decisionNo()), p -> service.print(d.id(), code, file, p),
                (PrintResult r) -> {
                    status.set(messages.format("certificate.printed", r.decisionNo(), String.valueOf(r.pages()),
                            String.valueOf(r.plain()), r.fontName(), r.file().toString()));
                    written.announce(r.file());
                });
    }

    /** The Quyết định công nhận danh hiệu (.docx) of the chosen decision. */
    public void recognition(Path file) {
        DecisionSummary d = decision.get();
        if (d == null) {
            problems.setAll(List.of(Problem.file(Msg.of("certificate.chooseDecision"))));
            return;
        }
        problems.clear();
        start(messages.format("recognition.writing", d.decisionNo()), p -> {
            forms.writeRecognition(d.id(), file, p);
            return file;
        }, f -> {
            status.set(messages.format("recognition.written", f.toString()));
            written.announce(f);
        });
    }

    /** Stops the print or calibration under way. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(String title, java.util.function.Function<vn.tdkt.common.domain.Progress, T> work,
                           java.util.function.Consumer<T> done) {
        busy.set(true);
        running = tasks.run(title, work, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            failed(e);
        });
    }

    public String problemText() {
        return String.join("\n", problems.stream().map(p -> p.describe(messages.locale())).toList());
    }

    /** Problems of one field (a box, or the layout's own), for a mark beside it. */
    public boolean hasProblem(Field f) {
        return problems.stream().anyMatch(p -> p.field() == f);
    }

    private void failed(Throwable t) {
        if (t instanceof CancelledException) {
            status.set(messages.get("certificate.cancelled"));
        } else if (t instanceof ValidationException v) {
            problems.setAll(v.problems());
        } else if (t instanceof AppException e) {
            problems.setAll(List.of(Problem.file(e.text())));
        } else {
            problems.setAll(List.of(Problem.file(messages.failure(t))));
        }
    }

    private static double number(String text, Field f, List<Problem> found) {
        String s = text == null ? "" : text.strip().replace(',', '.');
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            found.add(Problem.of(f, Msg.of("certificate.problem.number", text == null ? "" : text.strip())));
            return 0;
        }
    }

    static String mm(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(v).replace('.', ',');
    }
}
