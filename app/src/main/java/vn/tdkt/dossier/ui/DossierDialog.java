package vn.tdkt.dossier.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierField;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.dossier.ui.DossierDialogModel.Pick;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.movement.service.MovementLinkService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.service.PeopleService;

/**
 * Tạo hồ sơ, bound to a {@link DossierDialogModel}: award, deciding level, year, proposing unit, deadline, procedure
 * (with the case of the simplified one) and the subjects, found by a diacritic-insensitive search over the people or
 * the units, or typed in for a household. OK saves the dossier with its subjects in one transaction.
 */
final class DossierDialog {

    private DossierDialog() {
    }

    /** Loads what the form offers in the background, shows it, and reports the created dossier. */
    static void create(Ui ui, DossierService dossiers, CatalogueService catalogue, PeopleService people, OrgService org,
                       MovementLinkService movements, Consumer<Dossier> onSaved) {
        ui.tasks().run(ui.text("dossier.create.loading"),
                p -> new DossierDialogModel.Prepared(catalogue.catalogue(), dossiers.levels(), org.units(), people.index(),
                        movements.choices()),
                data -> show(ui, new DossierDialogModel(dossiers, ui.messages(), Session.author(), data)).ifPresent(onSaved),
                ui.dialogs()::error);
    }

    private static Optional<Dossier> show(Ui ui, DossierDialogModel m) {
        FormDialog<Dossier> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("dossier.create.title"));
        ComboBox<AwardKind> award = d.field(ui.text("dossier.field.award"),
                Fields.combo("awardCombo", m.data().catalogue().kinds(), AwardKind::name), null, true);
        award.valueProperty().bindBidirectional(m.award);
        d.bind(DossierField.AWARD, award);
        ComboBox<DecidingLevel> level = d.field(ui.text("dossier.field.level"),
                Fields.combo("levelCombo", m.data().levels(), DecidingLevel::name), null, true);
        level.valueProperty().bindBidirectional(m.level);
        d.bind(DossierField.LEVEL, level);
        TextField year = d.field(ui.text("dossier.field.year"), Fields.digits("yearField", 4), null, false);
        year.textProperty().bindBidirectional(m.year);
        d.bind(DossierField.YEAR, year);
        ComboBox<MovementChoice> movement = d.field(ui.text("dossier.field.movement"),
                movementCombo(ui, m.data().movements()), null, false);
        movement.valueProperty().bindBidirectional(m.movementChoice);
        movement.getEditor().textProperty().bindBidirectional(m.movement);
        d.bind(DossierField.MOVEMENT, movement);
        ComboBox<Unit> unit = d.field(ui.text("dossier.field.unit"),
                Fields.combo("proposingUnitCombo", m.data().units(), u -> u.name() + " (" + u.code() + ")"), null, true);
        unit.valueProperty().bindBidirectional(m.unit);
        d.bind(DossierField.UNIT, unit);
        DatePicker deadline = d.field(ui.text("dossier.field.deadline"), UiFormat.datePicker("deadlinePicker"), null, false);
        deadline.valueProperty().bindBidirectional(m.deadline);
        ChoiceBox<Procedure> procedure = d.field(ui.text("dossier.field.procedure"),
                Fields.choice("procedureChoice", List.of(Procedure.values()), ui.messages()::label), null, true);
        procedure.valueProperty().bindBidirectional(m.procedure);
        d.bind(DossierField.PROCEDURE, procedure);
        ComboBox<SimplifiedCase> simplified = d.field(ui.text("dossier.field.case"),
                Fields.combo("caseCombo", List.of(SimplifiedCase.values()), ui.messages()::label), null, false);
        simplified.valueProperty().bindBidirectional(m.simplifiedCase);
        simplified.disableProperty().bind(m.caseDisabled());
        d.bind(DossierField.CASE, simplified);
        subjectPicker(ui, d, m);
        d.onSave(m::save);
        return d.showAndWait();
    }

    /**
     * The movements as an editable combo: pick one, or type a code or a name (a text that names no movement is kept
     * as free text, as the old field was).
     */
    static ComboBox<MovementChoice> movementCombo(Ui ui, List<MovementChoice> choices) {
        ComboBox<MovementChoice> c = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices));
        c.setId("movementCombo");
        c.setEditable(true);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setPromptText(ui.text("dossier.field.movementHint"));
        c.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MovementChoice mc) {
                return mc == null ? "" : mc.label();
            }

            @Override
            public MovementChoice fromString(String text) {
                return MovementChoice.match(choices, text).orElse(null);
            }
        });
        return c;
    }

    /**
     * The subjects part of the form: kind, a search field filtering the people or units per keystroke (no database
     * call), or name and address for a household; "Thêm" moves the selection into the chosen list.
     */
    private static void subjectPicker(Ui ui, FormDialog<Dossier> d, DossierDialogModel m) {
        Label section = new Label(ui.text("dossier.field.subjects"));
        section.getStyleClass().add("section-title");
        d.note(section);
        ChoiceBox<SubjectKind> kind = Fields.choice("subjectKindChoice", List.of(SubjectKind.values()), ui.messages()::label);
        kind.valueProperty().bindBidirectional(m.subjectKind);
        TextField search = TextFields.createClearableTextField();
        search.setId("subjectSearchField");
        search.setPromptText(ui.text("dossier.subject.search"));
        search.textProperty().bindBidirectional(m.query);
        HBox.setHgrow(search, Priority.ALWAYS);
        TextField householdName = Fields.text("householdNameField");
        householdName.setPromptText(ui.text("dossier.subject.householdName"));
        householdName.textProperty().bindBidirectional(m.householdName);
        TextField householdAddress = Fields.text("householdAddressField");
        householdAddress.setPromptText(ui.text("dossier.subject.householdAddress"));
        householdAddress.textProperty().bindBidirectional(m.householdAddress);
        HBox.setHgrow(householdName, Priority.ALWAYS);
        HBox.setHgrow(householdAddress, Priority.ALWAYS);
        HBox household = new HBox(6, householdName, householdAddress);
        visibleWhen(household, m.household().get());
        visibleWhen(search, !m.household().get());
        m.household().addListener((obs, o, isHousehold) -> {
            visibleWhen(household, isHousehold);
            visibleWhen(search, !isHousehold);
        });
        Button add = new Button(ui.text("dossier.subject.add"));
        add.setId("addSubjectButton");
        HBox searchRow = new HBox(6, kind, search, household, add);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        d.note(searchRow);

        ListView<Pick> matchList = new ListView<>(m.matches());
        matchList.setId("subjectMatches");
        matchList.setPrefHeight(120);
        matchList.setPlaceholder(new Label(ui.text("dossier.subject.typeToSearch")));
        matchList.disableProperty().bind(m.household());
        d.note(matchList);

        ListView<Pick> chosenList = d.field(ui.text("dossier.field.chosen"), new ListView<>(m.chosen), null, false);
        chosenList.setId("chosenSubjects");
        chosenList.setPrefHeight(110);
        chosenList.setPlaceholder(new Label(ui.text("dossier.subject.none")));
        d.bind(DossierField.SUBJECT, chosenList);
        Button remove = new Button(ui.text("dossier.subject.remove"));
        remove.setId("removeSubjectButton");
        remove.disableProperty().bind(chosenList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> m.remove(chosenList.getSelectionModel().getSelectedItem()));
        HBox removeRow = new HBox(remove);
        removeRow.setAlignment(Pos.CENTER_RIGHT);
        d.note(removeRow);

        add.setOnAction(e -> {
            if (m.household().get()) {
                m.addHousehold();
            } else {
                m.add(List.copyOf(matchList.getSelectionModel().getSelectedItems()));
            }
        });
        matchList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                add.fire();
            }
        });
    }

    private static void visibleWhen(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
