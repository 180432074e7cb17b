package vn.tdkt.regime.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.regime.domain.Amendment;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.service.RegimeService;

/**
 * The parameters screen's form for a regime waiting for its text (the 2026 amendment of the law): shows what is
 * pending and records the published law's number and dates through {@link RegimeService#recordAmendment}.
 */
public final class AmendmentViewModel {

    private final RegimeService regimes;
    private final TaskExecutor tasks;
    private final Locale locale;
    private final String user;
    private final ObservableList<LegalRegime> pending = FXCollections.observableArrayList();
    private final ObjectProperty<LegalRegime> selected = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty passed = new SimpleStringProperty("");
    private final StringProperty inForce = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private RegimeCatalog catalog;

    public AmendmentViewModel(RegimeService regimes, TaskExecutor tasks, Locale locale, String user) {
        this.regimes = regimes;
        this.tasks = tasks;
        this.locale = locale;
        this.user = user;
        selected.addListener((obs, o, n) -> describe(n));
    }

    public ObservableList<LegalRegime> pending() {
        return pending;
    }

    public ObjectProperty<LegalRegime> selected() {
        return selected;
    }

    /** What the selected regime is and which rules it applies until its text is recorded. */
    public StringProperty description() {
        return description;
    }

    public StringProperty number() {
        return number;
    }

    /** dd/MM/yyyy */
    public StringProperty passed() {
        return passed;
    }

    /** dd/MM/yyyy */
    public StringProperty inForce() {
        return inForce;
    }

    public StringProperty status() {
        return status;
    }

    /** Every problem of the last save, in the user's language. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Loads the regimes waiting for their text (in the background). */
    public void load() {
        tasks.run(Texts.get(locale, "regime.amend.title"), p -> regimes.catalog(), this::show, this::failed);
    }

    private void show(RegimeCatalog loaded) {
        catalog = loaded;
        String code = selected.get() == null ? null : selected.get().code();
        List<LegalRegime> waiting = loaded.regimes().stream().filter(LegalRegime::inherits)
                .filter(r -> r.validFrom().isAfter(loaded.rulesRegime(r).validFrom())).toList();
        pending.setAll(waiting);
        selected.set(waiting.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElse(waiting.isEmpty() ? null : waiting.get(waiting.size() - 1)));
        if (waiting.isEmpty()) {
            description.set(Texts.get(locale, "regime.amend.none"));
        }
    }

    private void describe(LegalRegime r) {
        if (r == null || catalog == null) {
            return;
        }
        String rules = catalog.rulesRegime(r).name();
        description.set(Texts.format(locale, r.verified() ? "regime.amend.recorded" : "regime.amend.pending", r.name(),
                VnFormat.date(r.validFrom()), rules));
        if (inForce.get().isBlank()) {
            inForce.set(VnFormat.date(r.validFrom()));
        }
    }

    /** Records the text; every problem at once in {@link #problems()}. */
    public void save() {
        problems.clear();
        status.set("");
        LegalRegime r = selected.get();
        List<String> found = new ArrayList<>();
        Optional<LocalDate> passedDay = date(passed.get(), found);
        Optional<LocalDate> inForceDay = date(inForce.get(), found);
        if (r == null) {
            found.add(Texts.get(locale, "regime.amend.none"));
        }
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        Amendment a = new Amendment(number.get(), passedDay.orElse(null), inForceDay.orElse(null));
        tasks.run(Texts.get(locale, "regime.amend.saving"), p -> regimes.recordAmendment(r.code(), a, user), saved -> {
            status.set(Texts.format(locale, "regime.amend.saved", saved.name(), VnFormat.date(saved.validFrom())));
            load();
        }, this::failed);
    }

    private Optional<LocalDate> date(String text, List<String> found) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = VnFormat.parseDate(text.trim());
        if (d.isEmpty()) {
            found.add(Texts.format(locale, "regime.amend.badDate", text.trim()));
        }
        return d;
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            problems.setAll(v.problems().stream().map(p -> p.describe(locale)).toList());
        } else {
            problems.setAll(Messages.of(locale.getLanguage()).failure(e));
        }
    }
}
