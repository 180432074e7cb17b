package vn.tdkt.registration.ui;

import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.registration.domain.UnionTitle;
import vn.tdkt.registration.service.RegistrationService;

/**
 * The union-title catalogue (danh hiệu Công đoàn: Công đoàn viên xuất sắc, Tổ công đoàn xuất sắc …), kept apart from the
 * state titles: every title with its subject, order and whether it is in use; a new title, a title changed (its code,
 * which registrations refer to, stays), a title put out of use or back in use. A title out of use is no longer offered
 * on the registration grid; registrations that carry it keep it.
 */
public final class UnionTitlesViewModel {

    private final RegistrationService service;
    private final TaskExecutor tasks;
    private final Messages messages;

    public final ObservableList<UnionTitle> titles = FXCollections.observableArrayList();
    public final ObjectProperty<UnionTitle> selected = new SimpleObjectProperty<>();
    public final StringProperty code = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<AwardSubject> subject = new SimpleObjectProperty<>(AwardSubject.CA_NHAN);
    public final StringProperty rank = new SimpleStringProperty("");
    public final BooleanProperty active = new SimpleBooleanProperty(true);
    /** False while an existing title is edited: its code is what registrations refer to. */
    public final BooleanProperty codeEditable = new SimpleBooleanProperty(true);
    public final StringProperty message = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");

    public UnionTitlesViewModel(RegistrationService service, TaskExecutor tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Loads the catalogue (every title, in use or not). */
    public void load() {
        tasks.run(messages.get("unionTitles.loading"), p -> service.unionTitles(), list -> {
            titles.setAll(list);
            UnionTitle keep = selected.get();
            if (keep != null) {
                list.stream().filter(t -> t.code().equals(keep.code())).findFirst().ifPresentOrElse(this::select,
                        this::newTitle);
            } else if (code.get().isEmpty()) {
                newTitle();
            }
        }, this::failed);
    }

    /** Shows a title in the form to change it. */
    public void select(UnionTitle t) {
        if (t == null) {
            return;
        }
        selected.set(t);
        code.set(t.code());
        name.set(t.name());
        subject.set(t.subject());
        rank.set(String.valueOf(t.rank()));
        active.set(t.active());
        codeEditable.set(false);
        error.set("");
    }

    /** An empty form for a new title, its order after the last one. */
    public void newTitle() {
        selected.set(null);
        code.set("");
        name.set("");
        subject.set(AwardSubject.CA_NHAN);
        rank.set(String.valueOf(titles.stream().mapToInt(UnionTitle::rank).max().orElse(0) + 10));
        active.set(true);
        codeEditable.set(true);
        error.set("");
    }

    /** Saves the form (every problem at once: code, name, a name already in the catalogue, an order that is no number). */
    public void save() {
        Integer order = parse(rank.get());
        if (order == null) {
            error.set(messages.format("unionTitles.badRank", rank.get() == null ? "" : rank.get()));
            return;
        }
        UnionTitle draft = new UnionTitle(code.get(), name.get(), subject.get() == null ? AwardSubject.CA_NHAN : subject.get(),
                order, active.get());
        write(draft, "unionTitles.saved");
    }

    /** Puts the selected title out of use, or back in use. */
    public void toggleActive() {
        UnionTitle t = selected.get();
        if (t == null) {
            error.set(messages.get("unionTitles.chooseTitle"));
            return;
        }
        write(new UnionTitle(t.code(), t.name(), t.subject(), t.rank(), !t.active()),
                t.active() ? "unionTitles.disabled" : "unionTitles.enabled");
    }

    private void write(UnionTitle t, String done) {
        tasks.run(messages.get("unionTitles.saving"), p -> service.saveUnionTitle(t), saved -> {
            message.set(messages.format(done, saved.name()));
            error.set("");
            selected.set(saved);
            load();
        }, this::failed);
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void failed(Throwable t) {
        if (t instanceof ValidationException v) {
            error.set(v.problems().stream().map(p -> p.describe(messages.locale())).collect(Collectors.joining("\n")));
        } else if (t instanceof AppException a) {
            error.set(a.text(messages.locale()));
        } else {
            error.set(messages.get("unionTitles.failed"));
        }
    }
}
