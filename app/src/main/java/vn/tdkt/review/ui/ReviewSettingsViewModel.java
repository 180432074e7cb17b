package vn.tdkt.review.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.review.domain.RuleParam;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.service.ReviewService;

/**
 * The state of the parameters screen: the day looked at, the rules in force that day with every parameter, and
 * the audit trail of overrides, newest first.
 */
public final class ReviewSettingsViewModel {

    private record Loaded(RuleSet rules, List<ParamOverride> overrides) {
    }

    private final ReviewService review;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day", LocalDate.now());
    private final ReadOnlyObjectWrapper<RuleSet> rules = new ReadOnlyObjectWrapper<>(this, "rules");
    private final ObservableList<RuleParam> params = FXCollections.observableArrayList();
    private final ObservableList<ParamOverride> overrides = FXCollections.observableArrayList();
    private Consumer<Throwable> onError = e -> { };

    public ReviewSettingsViewModel(ReviewService review, TaskExecutor tasks, Messages messages) {
        this.review = review;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** The day looked at (today when none is chosen). */
    public LocalDate effectiveDay() {
        return day.get() == null ? LocalDate.now() : day.get();
    }

    /** Loads the rules in force on the day and the overrides. */
    public void load() {
        LocalDate d = effectiveDay();
        tasks.run(messages.get("review.settings.loading"), p -> new Loaded(review.parametersOn(d), review.overrides()),
                this::show, e -> onError.accept(e));
    }

    private void show(Loaded data) {
        rules.set(data.rules());
        params.setAll(data.rules().params());
        List<ParamOverride> newestFirst = new ArrayList<>(data.overrides());
        Collections.reverse(newestFirst);
        overrides.setAll(newestFirst);
    }

    /** The first day an override entered now applies from: the day looked at, not before the regime in force. */
    public LocalDate overrideStart() {
        LocalDate d = effectiveDay();
        RuleSet shown = rules.get();
        return shown != null && d.isBefore(shown.regime().validFrom()) ? shown.regime().validFrom() : d;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyObjectProperty<RuleSet> rulesProperty() {
        return rules.getReadOnlyProperty();
    }

    public ObservableList<RuleParam> params() {
        return params;
    }

    public ObservableList<ParamOverride> overrides() {
        return overrides;
    }
}
