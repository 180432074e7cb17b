package vn.tdkt.regime.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.Wording;
import vn.tdkt.regime.service.RegimeService;

/**
 * The parameters screen's form for the office's wording per legal regime (README decision 149): the regime chosen
 * (the one in force today at first), the text of each {@link Wording} with the placeholders it may use, "Khôi phục lời
 * văn mặc định", and the save through {@link RegimeService#saveWordings}, every problem of every text shown at once.
 */
public final class WordingViewModel {

    private final RegimeService regimes;
    private final TaskExecutor tasks;
    private final Locale locale;
    private final String user;
    private final Clock clock;
    private final ObservableList<LegalRegime> choices = FXCollections.observableArrayList();
    private final ObjectProperty<LegalRegime> selected = new SimpleObjectProperty<>();
    private final Map<Wording, StringProperty> texts = new EnumMap<>(Wording.class);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private RegimeCatalog catalog;

    public WordingViewModel(RegimeService regimes, TaskExecutor tasks, Locale locale, String user, Clock clock) {
        this.regimes = regimes;
        this.tasks = tasks;
        this.locale = locale;
        this.user = user;
        this.clock = clock;
        for (Wording w : Wording.values()) {
            texts.put(w, new SimpleStringProperty(""));
        }
        selected.addListener((obs, o, n) -> fill(n));
    }

    public ObservableList<LegalRegime> choices() {
        return choices;
    }

    public ObjectProperty<LegalRegime> selected() {
        return selected;
    }

    /** The text of a wording for the selected regime, as edited. */
    public StringProperty text(Wording wording) {
        return texts.get(wording);
    }

    /** "Chỗ điền: {nam}, …": what the code fills in a wording. */
    public String placeholders(Wording wording) {
        return Texts.format(locale, "regime.wording.placeholders",
                String.join(", ", wording.placeholders().stream().map(n -> "{" + n + "}").toList()));
    }

    public StringProperty status() {
        return status;
    }

    /** Every problem of the last save, in the user's language. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Loads the regimes and their wording (in the background). */
    public void load() {
        tasks.run(Texts.get(locale, "regime.wording.loading"), p -> regimes.catalog(), this::show, this::failed);
    }

    private void show(RegimeCatalog loaded) {
        catalog = loaded;
        String code = selected.get() == null ? null : selected.get().code();
        choices.setAll(loaded.regimes());
        LegalRegime pick = loaded.regimes().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseGet(() -> loaded.on(LocalDate.now(clock)).orElse(loaded.regimes().isEmpty() ? null
                        : loaded.regimes().get(loaded.regimes().size() - 1)));
        if (pick == selected.get()) {
            fill(pick);
        } else {
            selected.set(pick);
        }
    }

    private void fill(LegalRegime r) {
        problems.clear();
        for (Wording w : Wording.values()) {
            texts.get(w).set(r == null || catalog == null ? "" : catalog.wording(r, w));
        }
    }

    /** Puts the app's default wording in every text; nothing is written until {@link #save()}. */
    public void restoreDefaults() {
        for (Wording w : Wording.values()) {
            texts.get(w).set(w.defaultText());
        }
        status.set(Texts.get(locale, "regime.wording.defaultsShown"));
    }

    /** Saves every text of the selected regime; every problem at once in {@link #problems()}, nothing written then. */
    public void save() {
        problems.clear();
        status.set("");
        LegalRegime r = selected.get();
        if (r == null) {
            problems.setAll(List.of(Texts.get(locale, "regime.wording.none")));
            return;
        }
        Map<Wording, String> edited = new EnumMap<>(Wording.class);
        texts.forEach((w, p) -> edited.put(w, p.get()));
        tasks.run(Texts.get(locale, "regime.wording.saving"), p -> regimes.saveWordings(r.code(), edited, user), saved -> {
            catalog = saved;
            fill(r);
            status.set(Texts.format(locale, "regime.wording.saved", r.name()));
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            problems.setAll(v.problems().stream().map(p -> p.describe(locale)).toList());
        } else {
            problems.setAll(Messages.of(locale.getLanguage()).failure(e));
        }
    }
}
