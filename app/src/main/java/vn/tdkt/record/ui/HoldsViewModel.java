package vn.tdkt.record.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.service.RecordService;

/**
 * The pending investigations, inspections, complaints and discipline procedures entered on a person (NĐ 152/2025/NĐ-CP,
 * Điều 4 khoản 4: no award and no proposal while one is open; the review shows Tạm hoãn): the list with its dates, a new
 * one, and the day one was concluded. Commands run through a {@link TaskExecutor}; problems are kept in
 * {@link #problems()} in the user's language.
 */
public final class HoldsViewModel {

    private final RecordService records;
    private final TaskExecutor tasks;
    private final Locale locale;
    private final long personId;
    private final ObservableList<PersonHold> holds = FXCollections.observableArrayList();
    private final ObjectProperty<PersonHold> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanBinding canConclude;

    public HoldsViewModel(RecordService records, TaskExecutor tasks, Locale locale, long personId) {
        this.records = records;
        this.tasks = tasks;
        this.locale = locale;
        this.personId = personId;
        this.canConclude = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().until() == null,
                selected);
    }

    /** The person's procedures, oldest first. */
    public ObservableList<PersonHold> holds() {
        return holds;
    }

    public ObjectProperty<PersonHold> selected() {
        return selected;
    }

    /** True when the selected procedure is still open (its conclusion can be recorded). */
    public BooleanBinding canConclude() {
        return canConclude;
    }

    /** Every problem of the last command, in the user's language. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The person the procedures are entered on. */
    public long personId() {
        return personId;
    }

    /** Loads the list (in the background). */
    public void load() {
        tasks.run(Texts.get(locale, "record.hold.loading"), p -> records.holds(personId), this::show, this::failed);
    }

    /**
     * The work of entering a new procedure, for the form that runs it on its task: every missing or inconsistent field is
     * refused at once (record.hold.problem.*); reload with {@link #load()} after it succeeded.
     */
    public PersonHold add(PersonHold draft) {
        return records.addHold(new PersonHold(0, personId, draft.reason(), draft.document(), draft.from(), draft.until(),
                draft.note()));
    }

    /** Records the day the selected procedure was concluded; the hold ends that day. */
    public void conclude(LocalDate until) {
        PersonHold h = selected.get();
        problems.clear();
        if (h == null) {
            return;
        }
        tasks.run(Texts.get(locale, "record.hold.saving"), p -> records.closeHold(h.id(), until), x -> load(), this::failed);
    }

    private void show(List<PersonHold> loaded) {
        Long keep = selected.get() == null ? null : selected.get().id();
        holds.setAll(loaded);
        selected.set(loaded.stream().filter(h -> keep != null && h.id() == keep).findFirst().orElse(null));
    }

    private void failed(Throwable t) {
        problems.clear();
        if (t instanceof ValidationException v) {
            v.problems().forEach(p -> problems.add(p.describe(locale)));
        } else if (t instanceof AppException a) {
            problems.add(a.text(locale));
        } else {
            problems.add(Texts.get(locale, "record.hold.failed"));
        }
    }
}
