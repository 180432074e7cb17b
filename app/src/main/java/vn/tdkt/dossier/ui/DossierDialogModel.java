package vn.tdkt.dossier.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.NewDossier;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.PersonRow;

/**
 * The state of "Tạo hồ sơ": the dossier's data, the subject search (people or units filtered per keystroke in
 * memory, a household typed in) and the subjects chosen. The save is one service call: the dossier and its subjects
 * in one transaction, refused as a whole with every problem listed. No control here: the dialog binds to it.
 */
public final class DossierDialogModel {

    /** A subject chosen or offered, with the text the lists show; person is null for a unit or a household. */
    public record Pick(DossierSubject subject, String label, PersonRow person, String unitKey) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the form offers, loaded in the background before it opens. */
    public record Prepared(Catalogue catalogue, List<DecidingLevel> levels, List<Unit> units, PeopleIndex people,
                           List<MovementChoice> movements) {

        /** What the form offers when no movement is recorded. */
        public Prepared(Catalogue catalogue, List<DecidingLevel> levels, List<Unit> units, PeopleIndex people) {
            this(catalogue, levels, units, people, List.of());
        }
    }

    private final DossierService dossiers;
    private final Messages messages;
    private final String user;
    private final Prepared data;
    private final List<Pick> personPicks;
    private final List<Pick> unitPicks;

    public final ObjectProperty<AwardKind> award = new SimpleObjectProperty<>();
    public final ObjectProperty<DecidingLevel> level = new SimpleObjectProperty<>();
    /** The achievement year as typed (digits only); the year the review looks at by default (last year). */
    public final StringProperty year = new SimpleStringProperty(Integer.toString(LocalDate.now().getYear() - 1));
    /** The movement as typed in the combo's editor: a movement's label, code or name, or any free text. */
    public final StringProperty movement = new SimpleStringProperty("");
    /** The movement picked in the combo (null: none picked; the text may still name one). */
    public final ObjectProperty<MovementChoice> movementChoice = new SimpleObjectProperty<>();
    public final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    public final ObjectProperty<Procedure> procedure = new SimpleObjectProperty<>(Procedure.THUONG);
    public final ObjectProperty<SimplifiedCase> simplifiedCase = new SimpleObjectProperty<>();
    public final ObjectProperty<SubjectKind> subjectKind = new SimpleObjectProperty<>(SubjectKind.CA_NHAN);
    public final StringProperty query = new SimpleStringProperty("");
    public final StringProperty householdName = new SimpleStringProperty("");
    public final StringProperty householdAddress = new SimpleStringProperty("");
    public final ObservableList<Pick> chosen = FXCollections.observableArrayList();
    private final ObservableList<Pick> offered;
    private final FilteredList<Pick> matches;

    public DossierDialogModel(DossierService dossiers, Messages messages, String user, Prepared data) {
        this.dossiers = dossiers;
        this.messages = messages;
        this.user = user;
        this.data = data;
        Map<Long, String> unitNames = data.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        this.personPicks = data.people().all().stream().map(DossierDialogModel::personPick).toList();
        this.unitPicks = data.units().stream().map(u -> new Pick(DossierSubject.unit(u.id()),
                u.name() + " — " + u.code() + parentSuffix(u, unitNames), null, u.searchKey())).toList();
        this.offered = FXCollections.observableArrayList(personPicks);
        this.matches = new FilteredList<>(offered, p -> false);
        query.addListener((obs, o, n) -> refilter());
        // the award chosen names who decides it (Luật TĐKT 2022 Điều 80 k1: CSTĐCS by the head of the Sở)
        award.addListener((obs, o, n) -> {
            DecidingLevel l = n == null ? null : DecidingLevel.defaultFor(data.levels(), n.code());
            if (l != null) {
                level.set(l);
            }
        });
        subjectKind.addListener((obs, o, n) -> {
            offered.setAll(n == SubjectKind.TAP_THE ? unitPicks : n == SubjectKind.HO_GIA_DINH ? List.of() : personPicks);
            refilter();
        });
    }

    public Prepared data() {
        return data;
    }

    /** True while the simplified procedure is not chosen: the case does not apply. */
    public BooleanBinding caseDisabled() {
        return procedure.isNotEqualTo(Procedure.DON_GIAN);
    }

    /** True while the subjects are households: typed in, not searched. */
    public BooleanBinding household() {
        return subjectKind.isEqualTo(SubjectKind.HO_GIA_DINH);
    }

    /** The people or units whose name or code begins with every word typed (none until something is typed). */
    public FilteredList<Pick> matches() {
        return matches;
    }

    private void refilter() {
        String q = query.get();
        if (VietnameseText.fold(q).isBlank()) {
            matches.setPredicate(p -> false);
            return;
        }
        Predicate<PersonRow> person = PeopleIndex.matcher(q, null);
        List<String> words = List.of(VietnameseText.fold(q).split(" "));
        matches.setPredicate(p -> p.person() != null ? person.test(p.person()) : words.stream().allMatch(p.unitKey()::contains));
    }

    /** Adds the people or units selected among the matches; one already chosen is not added twice. */
    public void add(List<Pick> selected) {
        selected.stream().filter(p -> chosen.stream().noneMatch(c -> c.subject().equals(p.subject())))
                .toList().forEach(chosen::add);
    }

    /** Adds the household typed in (name required) and clears the fields. */
    public void addHousehold() {
        if (householdName.get() == null || householdName.get().isBlank()) {
            return;
        }
        String name = VietnameseText.clean(householdName.get());
        String address = VietnameseText.clean(householdAddress.get());
        chosen.add(new Pick(DossierSubject.household(name, address),
                messages.format("dossier.subject.householdLabel", name, address), null, null));
        householdName.set("");
        householdAddress.set("");
    }

    public void remove(Pick pick) {
        chosen.remove(pick);
    }

    /**
     * The movement the dossier names: the one picked, else the one whose label, code or name is typed; empty when the
     * text names none (it is then kept as free text).
     */
    public Optional<MovementChoice> linkedMovement() {
        MovementChoice picked = movementChoice.get();
        String text = movement.get();
        if (picked != null && (text == null || text.isBlank() || MovementChoice.match(List.of(picked), text).isPresent())) {
            return Optional.of(picked);
        }
        return MovementChoice.match(data.movements(), text);
    }

    /** The dossier as typed; a movement that matches is linked and its name kept as the dossier's movement text. */
    public Dossier draft() {
        String y = year.get();
        Dossier d = Dossier.draft(award.get() == null ? null : award.get().code(), level.get() == null ? null : level.get().code(),
                y == null || y.isBlank() ? null : Integer.valueOf(y.strip()), movement.get(),
                unit.get() == null ? 0 : unit.get().id(), procedure.get(), simplifiedCase.get(), deadline.get());
        return linkedMovement().map(mv -> d.withMovement(mv.id(), mv.name())).orElse(d);
    }

    /**
     * The save command: takes the dossier and its subjects now (on the caller's thread) and returns the work to run
     * in the background, one service call in one transaction.
     */
    public Function<Progress, Dossier> save() {
        Dossier draft = draft();
        List<DossierSubject> subjects = chosen.stream().map(Pick::subject).toList();
        return p -> dossiers.createAll(List.of(new NewDossier(draft, subjects)), user).get(0);
    }

    private static Pick personPick(PersonRow r) {
        return new Pick(DossierSubject.person(r.person().id()),
                r.person().fullName() + " — " + r.person().code() + (r.unitName() == null ? "" : " — " + r.unitName()),
                r, null);
    }

    private static String parentSuffix(Unit u, Map<Long, String> unitNames) {
        return u.parentId() == null || !unitNames.containsKey(u.parentId()) ? "" : " — " + unitNames.get(u.parentId());
    }
}
