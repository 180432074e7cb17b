package vn.tdkt.dossier.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.TextFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.service.PeopleService;

/**
 * Tạo hồ sơ: award, deciding level, year, proposing unit, deadline, procedure (with the case of the simplified one) and
 * the subjects, found by a diacritic-insensitive search over the people or the units, or typed in for a household.
 * The dossier and its subjects are saved together: when a subject is refused the new dossier is removed again.
 */
final class DossierDialog {

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierDialog.class);

    /** A subject chosen or offered, with the text the lists show; person is null for a unit or a household. */
    record Pick(DossierSubject subject, String label, PersonRow person, String unitKey) {
        @Override
        public String toString() {
            return label;
        }
    }

    private record Lookups(Catalogue catalogue, List<DecidingLevel> levels, List<Unit> units, PeopleIndex people) {
    }

    private DossierDialog() {
    }

    /** Loads what the form offers in the background, shows it, and reports the created dossier. */
    static void create(Ui ui, DossierService dossiers, CatalogueService catalogue, PeopleService people, OrgService org,
                       Consumer<Dossier> onSaved) {
        ui.tasks().run(ui.text("dossier.create.loading"),
                p -> new Lookups(catalogue.catalogue(), dossiers.levels(), org.units(), people.index()),
                lookups -> show(ui, dossiers, lookups).ifPresent(onSaved), ui.dialogs()::error);
    }

    private static Optional<Dossier> show(Ui ui, DossierService dossiers, Lookups data) {
        FormDialog<Dossier> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("dossier.create.title"));
        ComboBox<AwardKind> award = d.field(ui.text("dossier.field.award"),
                Fields.combo("awardCombo", data.catalogue().kinds(), AwardKind::name), DossierService.F_AWARD, true);
        ComboBox<DecidingLevel> level = d.field(ui.text("dossier.field.level"),
                Fields.combo("levelCombo", data.levels(), DecidingLevel::name), DossierService.F_LEVEL, true);
        TextField year = d.field(ui.text("dossier.field.year"), Fields.digits("yearField", 4), DossierService.F_YEAR, false);
        year.setText(Integer.toString(LocalDate.now().getYear()));
        TextField movement = d.field(ui.text("dossier.field.movement"), new TextField(), null, false);
        movement.setId("movementField");
        ComboBox<Unit> unit = d.field(ui.text("dossier.field.unit"),
                Fields.combo("proposingUnitCombo", data.units(), u -> u.name() + " (" + u.code() + ")"), DossierService.F_UNIT, true);
        DatePicker deadline = d.field(ui.text("dossier.field.deadline"), UiFormat.datePicker("deadlinePicker"), null, false);
        ChoiceBox<Procedure> procedure = d.field(ui.text("dossier.field.procedure"),
                Fields.choice("procedureChoice", List.of(Procedure.values()), Procedure::label), DossierService.F_PROCEDURE, true);
        procedure.setValue(Procedure.THUONG);
        ComboBox<SimplifiedCase> simplified = d.field(ui.text("dossier.field.case"),
                Fields.combo("caseCombo", List.of(SimplifiedCase.values()), SimplifiedCase::label), DossierService.F_CASE, false);
        simplified.disableProperty().bind(procedure.valueProperty().isNotEqualTo(Procedure.DON_GIAN));

        ObservableList<Pick> chosen = FXCollections.observableArrayList();
        subjectPicker(ui, d, data, chosen);

        d.onSave(() -> {
            Dossier draft = Dossier.draft(award.getValue() == null ? null : award.getValue().code(),
                    level.getValue() == null ? null : level.getValue().code(),
                    year.getText().isBlank() ? null : Integer.valueOf(year.getText()), movement.getText(),
                    unit.getValue() == null ? 0 : unit.getValue().id(), procedure.getValue(), simplified.getValue(),
                    deadline.getValue());
            List<DossierSubject> subjects = chosen.stream().map(Pick::subject).toList();
            return p -> saveWithSubjects(dossiers, draft, subjects);
        });
        return d.showAndWait();
    }

    /** Saves the dossier, then its subjects; a refused subject removes the new dossier (still a draft) again. */
    private static Dossier saveWithSubjects(DossierService dossiers, Dossier draft, List<DossierSubject> subjects) {
        Dossier saved = dossiers.save(draft, DossiersView.USER);
        try {
            subjects.forEach(s -> dossiers.addSubject(saved.id(), s));
            return saved;
        } catch (RuntimeException e) {
            try {
                dossiers.delete(saved.id());
            } catch (RuntimeException cleanup) {
                LOGGER.warn("Could not remove the new dossier {} after a refused subject", saved.code(), cleanup);
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * The subjects part of the form: kind, a search field filtering the people or units per keystroke (no database
     * call), or name and address for a household; "Thêm" moves the selection into the chosen list.
     */
    private static void subjectPicker(Ui ui, FormDialog<Dossier> d, Lookups data, ObservableList<Pick> chosen) {
        Map<Long, String> unitNames = data.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<Pick> personPicks = data.people().all().stream().map(DossierDialog::personPick).toList();
        List<Pick> unitPicks = data.units().stream().map(u -> new Pick(DossierSubject.unit(u.id()),
                u.name() + " — " + u.code() + parentSuffix(u, unitNames), null, u.searchKey())).toList();

        Label section = new Label(ui.text("dossier.field.subjects"));
        section.getStyleClass().add("section-title");
        d.note(section);
        ChoiceBox<SubjectKind> kind = Fields.choice("subjectKindChoice", List.of(SubjectKind.values()), SubjectKind::label);
        kind.setValue(SubjectKind.CA_NHAN);
        TextField search = TextFields.createClearableTextField();
        search.setId("subjectSearchField");
        search.setPromptText(ui.text("dossier.subject.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        TextField householdName = new TextField();
        householdName.setId("householdNameField");
        householdName.setPromptText(ui.text("dossier.subject.householdName"));
        TextField householdAddress = new TextField();
        householdAddress.setId("householdAddressField");
        householdAddress.setPromptText(ui.text("dossier.subject.householdAddress"));
        HBox.setHgrow(householdName, Priority.ALWAYS);
        HBox.setHgrow(householdAddress, Priority.ALWAYS);
        HBox household = new HBox(6, householdName, householdAddress);
        Button add = new Button(ui.text("dossier.subject.add"));
        add.setId("addSubjectButton");
        HBox searchRow = new HBox(6, kind, search, household, add);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        d.note(searchRow);

        ObservableList<Pick> offered = FXCollections.observableArrayList(personPicks);
        FilteredList<Pick> matches = new FilteredList<>(offered, p -> false);
        ListView<Pick> matchList = new ListView<>(matches);
        matchList.setId("subjectMatches");
        matchList.setPrefHeight(120);
        matchList.setPlaceholder(new Label(ui.text("dossier.subject.typeToSearch")));
        d.note(matchList);

        Runnable refilter = () -> {
            String query = search.getText();
            if (VietnameseText.fold(query).isBlank()) {
                matches.setPredicate(p -> false);
                return;
            }
            Predicate<PersonRow> person = PeopleIndex.matcher(query, null);
            List<String> words = List.of(VietnameseText.fold(query).split(" "));
            matches.setPredicate(p -> p.person() != null ? person.test(p.person()) : words.stream().allMatch(p.unitKey()::contains));
        };
        search.textProperty().addListener((obs, o, n) -> refilter.run());
        kind.valueProperty().addListener((obs, o, n) -> {
            boolean isHousehold = n == SubjectKind.HO_GIA_DINH;
            search.setVisible(!isHousehold);
            search.setManaged(!isHousehold);
            household.setVisible(isHousehold);
            household.setManaged(isHousehold);
            matchList.setDisable(isHousehold);
            offered.setAll(n == SubjectKind.TAP_THE ? unitPicks : isHousehold ? List.of() : personPicks);
            refilter.run();
        });
        household.setVisible(false);
        household.setManaged(false);

        ListView<Pick> chosenList = d.field(ui.text("dossier.field.chosen"), new ListView<>(chosen), DossierService.F_SUBJECT,
                false);
        chosenList.setId("chosenSubjects");
        chosenList.setPrefHeight(110);
        chosenList.setPlaceholder(new Label(ui.text("dossier.subject.none")));
        Button remove = new Button(ui.text("dossier.subject.remove"));
        remove.setId("removeSubjectButton");
        remove.disableProperty().bind(chosenList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> chosen.remove(chosenList.getSelectionModel().getSelectedItem()));
        HBox removeRow = new HBox(remove);
        removeRow.setAlignment(Pos.CENTER_RIGHT);
        d.note(removeRow);

        add.setOnAction(e -> {
            if (kind.getValue() == SubjectKind.HO_GIA_DINH) {
                if (!householdName.getText().isBlank()) {
                    String name = VietnameseText.clean(householdName.getText());
                    String address = VietnameseText.clean(householdAddress.getText());
                    chosen.add(new Pick(DossierSubject.household(name, address),
                            ui.format("dossier.subject.householdLabel", name, address), null, null));
                    householdName.clear();
                    householdAddress.clear();
                }
                return;
            }
            matchList.getSelectionModel().getSelectedItems().stream()
                    .filter(p -> chosen.stream().noneMatch(c -> c.subject().equals(p.subject())))
                    .toList().forEach(chosen::add);
        });
        matchList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                add.fire();
            }
        });
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
