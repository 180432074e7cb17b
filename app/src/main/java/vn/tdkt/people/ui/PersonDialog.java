package vn.tdkt.people.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonRules;
import vn.tdkt.people.service.PeopleService;

/** Thêm / sửa cán bộ: every field of {@link Person}, checked by the form and then by {@link PeopleService#save}. */
final class PersonDialog {

    private PersonDialog() {
    }

    /** Shows the dialog; the saved person, or empty when cancelled. */
    static Optional<Person> show(Ui ui, PeopleService people, List<Unit> units, Person existing) {
        FormDialog<Person> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.text(existing == null ? "person.editor.addTitle" : "person.editor.editTitle"));
        TextField code = d.field(ui.text("person.field.code"), text("codeField"), PersonRules.F_CODE, true);
        TextField name = d.field(ui.text("person.field.name"), text("nameField"), PersonRules.F_NAME, true);
        ChoiceBox<Gender> gender = new ChoiceBox<>();
        gender.setId("genderChoice");
        gender.getItems().setAll(Gender.values());
        gender.setConverter(new StringConverter<>() {
            @Override
            public String toString(Gender g) {
                return g == null ? "" : ui.messages().label(g);
            }

            @Override
            public Gender fromString(String s) {
                return Gender.parse(s).orElse(null);
            }
        });
        d.field(ui.text("person.field.gender"), gender, PersonRules.F_GENDER, true);
        DatePicker birth = d.field(ui.text("person.field.birth"), UiFormat.datePicker("birthPicker"), PersonRules.F_BIRTH, false);
        TextField personalId = d.field(ui.text("person.field.personalId"), text("personalIdField"), PersonRules.F_PERSONAL_ID, false);
        personalId.setPromptText(ui.text("person.field.personalIdHint"));
        TextField position = d.field(ui.text("person.field.position"), text("positionField"), null, false);
        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("unitCombo");
        unit.getItems().setAll(units);
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? "" : u.name() + " (" + u.code() + ")";
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        d.field(ui.text("person.field.unit"), unit, PersonRules.F_UNIT, true);
        DatePicker start = d.field(ui.text("person.field.start"), UiFormat.datePicker("startPicker"), PersonRules.F_START, false);
        DatePicker end = d.field(ui.text("person.field.end"), UiFormat.datePicker("endPicker"), PersonRules.F_END, false);

        long id = existing == null ? 0 : existing.id();
        if (existing != null) {
            code.setText(existing.code());
            name.setText(existing.fullName());
            gender.setValue(existing.gender());
            birth.setValue(existing.birthDate());
            personalId.setText(existing.personalId());
            position.setText(existing.position());
            units.stream().filter(u -> u.id() == existing.unitId()).findFirst().ifPresent(unit::setValue);
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
        }
        d.onSave(() -> {
            Person draft = new Person(id, code.getText(), name.getText(), gender.getValue(), birth.getValue(),
                    personalId.getText(), position.getText(), unit.getValue() == null ? 0 : unit.getValue().id(),
                    start.getValue(), end.getValue());
            return p -> people.save(draft, existing);
        });
        return d.showAndWait();
    }

    private static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }
}
