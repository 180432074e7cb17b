package vn.tdkt.registration.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.registration.domain.LogEntry;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnitCoverage;
import vn.tdkt.registration.service.RegistrationExports;
import vn.tdkt.registration.service.RegistrationService;

/**
 * Đăng ký thi đua: the year's coverage by unit (who is missing), and one unit's registration in a grid (one row per
 * member, a title combo each, fill-down), its collective titles, its status with the dated log.
 */
public final class RegistrationViewModel {

    private final RegistrationService service;
    private final RegistrationExports exports;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final String user;
    /** The registration as the form shows it since it was loaded (issue #14: a save checks nobody saved it since). */
    private Registration loaded;

    public final IntegerProperty year = new SimpleIntegerProperty();
    public final ObservableList<UnitCoverage> coverage = FXCollections.observableArrayList();
    public final StringProperty coverageSummary = new SimpleStringProperty("");
    public final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    /** The last file written (the view offers to open or print it). */
    public final vn.tdkt.common.ui.WrittenFile written = new vn.tdkt.common.ui.WrittenFile();
    public final ObservableList<Unit> units = FXCollections.observableArrayList();
    public final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    public final ObservableList<TitleOption> personalTitles = FXCollections.observableArrayList();
    public final ObservableList<TitleOption> collectiveTitles = FXCollections.observableArrayList();
    public final ObservableList<TitleOption> unionPersonal = FXCollections.observableArrayList();
    public final ObservableList<TitleOption> unionCollective = FXCollections.observableArrayList();
    public final ObjectProperty<TitleOption> collective = new SimpleObjectProperty<>(TitleOption.NONE);
    public final ObjectProperty<TitleOption> unionOfUnit = new SimpleObjectProperty<>(TitleOption.NONE);
    public final ObjectProperty<RegistrationStatus> status = new SimpleObjectProperty<>(RegistrationStatus.CHUA_GUI);
    public final ObjectProperty<RegistrationStatus> nextStatus = new SimpleObjectProperty<>();
    public final ObservableList<RegistrationStatus> nextStatuses = FXCollections.observableArrayList();
    public final StringProperty reason = new SimpleStringProperty("");
    public final ObservableList<LogEntry> log = FXCollections.observableArrayList();
    public final StringProperty missing = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");

    public RegistrationViewModel(RegistrationService service, RegistrationExports exports, TaskExecutor tasks, Messages messages,
                                 String user, int year) {
        this.service = service;
        this.exports = exports;
        this.tasks = tasks;
        this.messages = messages;
        this.user = user;
        this.year.set(year);
    }

    private record Catalogue(List<Unit> units, List<TitleOption> personal, List<TitleOption> collective,
                             List<TitleOption> unionPersonal, List<TitleOption> unionCollective, Coverage coverage) {
    }

    /** Loads the units, the title lists and the year's coverage. */
    public void load() {
        int y = year.get();
        tasks.run(messages.get("registration.loading"), p -> new Catalogue(service.units(),
                options(service.titles(AwardSubject.CA_NHAN).stream().map(k -> new TitleOption(k.code(), k.name())).toList()),
                options(service.titles(AwardSubject.TAP_THE).stream().map(k -> new TitleOption(k.code(), k.name())).toList()),
                options(service.unionTitles().stream().filter(u -> u.active() && u.subject().allowsPerson())
                        .map(u -> new TitleOption(u.code(), u.name())).toList()),
                options(service.unionTitles().stream().filter(u -> u.active() && u.subject().allowsUnit())
                        .map(u -> new TitleOption(u.code(), u.name())).toList()),
                service.coverage(y)), c -> {
                    Unit keep = unit.get();
                    units.setAll(c.units());
                    personalTitles.setAll(c.personal());
                    collectiveTitles.setAll(c.collective());
                    unionPersonal.setAll(c.unionPersonal());
                    unionCollective.setAll(c.unionCollective());
                    showCoverage(c.coverage());
                    error.set("");
                    if (keep != null) {
                        select(keep);
                    }
                }, this::failed);
    }

    private static List<TitleOption> options(List<TitleOption> titles) {
        List<TitleOption> out = new ArrayList<>();
        out.add(TitleOption.NONE);
        out.addAll(titles);
        return out;
    }

    private void showCoverage(Coverage c) {
        coverage.setAll(c.units());
        coverageSummary.set(messages.format("registration.coverageSummary", String.valueOf(c.year()),
                String.valueOf(c.registered()), String.valueOf(c.members()), percent(c.percent()),
                String.valueOf(c.unitsRegistered()), String.valueOf(c.unitsExpected())));
        Unit u = unit.get();
        missing.set(u == null ? "" : c.units().stream().filter(x -> x.unitId() == u.id()).findFirst()
                .map(this::missingText).orElse(""));
    }

    private String missingText(UnitCoverage u) {
        return u.missing().isEmpty() ? messages.get("registration.noneMissing")
                : messages.format("registration.missing", String.valueOf(u.missing().size()),
                u.missing().stream().map(Member::fullName).collect(Collectors.joining(", ")));
    }

    /** "57,14". */
    public static String percent(java.math.BigDecimal p) {
        return p.toPlainString().replace('.', ',');
    }

    private record UnitData(List<Member> members, Optional<Registration> registration, List<LogEntry> log) {
    }

    /**
     * After a unit sheet was imported: the page shows the sheet's year, its coverage reloaded, and the unit's
     * registration as written.
     */
    public void showImported(int sheetYear, long unitId) {
        year.set(sheetYear);
        units.stream().filter(u -> u.id() == unitId).findFirst().ifPresent(unit::set);
        load();
    }

    /** Shows a unit's registration of the year in the grid. */
    public void select(Unit u) {
        unit.set(u);
        if (u == null) {
            rows.clear();
            log.clear();
            return;
        }
        int y = year.get();
        tasks.run(messages.get("registration.loading"), p -> new UnitData(service.members(u.id(), y), service.find(u.id(), y),
                service.log(u.id(), y)), d -> {
                    loaded = d.registration().orElse(Registration.none(u.id(), y));
                    show(d);
                }, this::failed);
    }

    private void show(UnitData d) {
        Map<Long, PersonEntry> entries = new HashMap<>();
        d.registration().ifPresent(r -> r.entries().forEach(e -> entries.put(e.personId(), e)));
        List<GridRow> out = new ArrayList<>();
        for (Member m : d.members()) {
            GridRow row = new GridRow(m);
            PersonEntry e = entries.get(m.personId());
            if (e != null) {
                row.title.set(find(personalTitles, e.kindCode()));
                row.union.set(find(unionPersonal, e.unionCode()));
                row.note.set(e.note() == null ? "" : e.note());
            }
            out.add(row);
        }
        rows.setAll(out);
        collective.set(find(collectiveTitles, d.registration().map(Registration::collectiveKind).orElse(null)));
        unionOfUnit.set(find(unionCollective, d.registration().map(Registration::unionCollective).orElse(null)));
        RegistrationStatus s = d.registration().map(Registration::status).orElse(RegistrationStatus.CHUA_GUI);
        status.set(s);
        List<RegistrationStatus> next = new ArrayList<>();
        for (RegistrationStatus x : RegistrationStatus.values()) {
            if (s.canMoveTo(x)) {
                next.add(x);
            }
        }
        nextStatuses.setAll(next);
        nextStatus.set(next.isEmpty() ? null : next.get(0));
        reason.set("");
        log.setAll(d.log());
        Unit u = unit.get();
        missing.set(coverage.stream().filter(x -> u != null && x.unitId() == u.id()).findFirst().map(this::missingText).orElse(""));
    }

    private static TitleOption find(List<TitleOption> options, String code) {
        if (code == null) {
            return TitleOption.NONE;
        }
        return options.stream().filter(o -> code.equals(o.code())).findFirst().orElse(new TitleOption(code, code));
    }

    /** Copies the title of the row to every row below it (the grid's fill-down from one row). */
    public void fillDown(int from) {
        if (from < 0 || from >= rows.size()) {
            return;
        }
        TitleOption t = rows.get(from).title.get();
        for (int i = from + 1; i < rows.size(); i++) {
            rows.get(i).title.set(t);
        }
    }

    /**
     * The grid's fill-down over a selection, as in a spreadsheet: several rows selected (all of them after select-all)
     * take the title of the topmost; a single row copies its title to every row below it.
     */
    public void fillDown(List<Integer> selected) {
        List<Integer> in = selected.stream().filter(i -> i != null && i >= 0 && i < rows.size()).distinct().sorted().toList();
        if (in.size() == 1) {
            fillDown(in.get(0));
            return;
        }
        if (in.isEmpty()) {
            return;
        }
        TitleOption t = rows.get(in.get(0)).title.get();
        in.forEach(i -> rows.get(i).title.set(t));
    }

    /** Writes the unit's Bản đăng ký thi đua of the year (.docx) from what is saved. */
    public void writeForm(java.nio.file.Path file) {
        Unit u = unit.get();
        if (u == null) {
            error.set(messages.get("registration.chooseUnit"));
            return;
        }
        int y = year.get();
        tasks.run(messages.get("registration.formWriting"), p -> {
            exports.writeForm(u.code(), y, file);
            return file;
        }, f -> {
            message.set(messages.format("registration.formWritten", u.code(), f.toString()));
            error.set("");
            written.announce(f);
        }, this::failed);
    }

    /** Saves the unit's registration (collective titles and every row) in one call, then reloads the coverage. */
    public void save() {
        Unit u = unit.get();
        if (u == null) {
            error.set(messages.get("registration.chooseUnit"));
            return;
        }
        List<PersonEntry> entries = new ArrayList<>();
        for (GridRow r : rows) {
            entries.add(new PersonEntry(r.member.personId(), r.title.get() == null ? null : r.title.get().code(),
                    r.union.get() == null ? null : r.union.get().code(), r.note.get()));
        }
        Registration draft = new Registration(0, u.id(), year.get(), collective.get() == null ? null : collective.get().code(),
                unionOfUnit.get() == null ? null : unionOfUnit.get().code(), status.get(), null, null, null, entries);
        tasks.run(messages.get("registration.saving"), p -> service.save(draft, loaded, user), r -> {
            message.set(messages.format("registration.saved", u.code(), String.valueOf(r.entries().stream()
                    .filter(e -> e.kindCode() != null).count())));
            load();
        }, this::failed);
    }

    /** Moves the unit's registration to the chosen next status (Trả lại with its reason), logged. */
    public void changeStatus() {
        Unit u = unit.get();
        RegistrationStatus to = nextStatus.get();
        if (u == null || to == null) {
            error.set(messages.get("registration.chooseUnit"));
            return;
        }
        String why = reason.get();
        int y = year.get();
        tasks.run(messages.get("registration.saving"), p -> service.changeStatus(u.id(), y, to, why, LocalDate.now(), user),
                r -> {
                    message.set(messages.format("registration.statusChanged", u.code(), messages.label(r.status())));
                    load();
                }, this::failed);
    }

    private void failed(Throwable t) {
        if (t instanceof ValidationException v) {
            error.set(v.problems().stream().map(p -> p.describe(messages.locale())).collect(Collectors.joining("\n")));
        } else if (t instanceof AppException a) {
            error.set(a.text(messages.locale()));
        } else {
            error.set(messages.get("registration.failed"));
        }
    }
}
