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
import vn.tdkt.people.domain.PersonField;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.people.service.PeopleService;

/** Thêm / sửa cán bộ: every field of {@link Person}, checked by the form and then by {@link PeopleService#save}. */
final class PersonDialog {

    private PersonDialog() {
    }

    /** Shows the dialog; the saved person, or empty when cancelled. */
    static Optional<Person> show(Ui ui, PeopleService people, List<Unit> units, Person existing) {
        FormDialog<Person> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.text(existing == null ? "person.editor.addTitle" : "person.editor.editTitle"));
        TextField code = d.field(PersonField.CODE, text("codeField"), true);
        TextField name = d.field(PersonField.NAME, text("nameField"), true);
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
        d.field(PersonField.GENDER, gender, true);
        DatePicker birth = d.field(PersonField.BIRTH, UiFormat.datePicker("birthPicker"), false);
        TextField personalId = d.field(PersonField.PERSONAL_ID, text("personalIdField"), false);
        personalId.setPromptText(ui.text("person.field.personalIdHint"));
        TextField position = d.field(PersonField.POSITION, text("positionField"), false);
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
        d.field(PersonField.UNIT, unit, true);
        DatePicker start = d.field(PersonField.START, UiFormat.datePicker("startPicker"), false);
        DatePicker end = d.field(PersonField.END, UiFormat.datePicker("endPicker"), false);
        TextField hometown = d.field(PersonField.HOMETOWN, text("hometownField"), false);
        TextField residence = d.field(PersonField.RESIDENCE, text("residenceField"), false);
        TextField professional = d.field(PersonField.PROFESSIONAL, text("professionalField"), false);
        TextField political = d.field(PersonField.POLITICAL, text("politicalField"), false);
        TextField academic = d.field(PersonField.ACADEMIC, text("academicField"), false);

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
            PersonProfile pr = existing.profile();
            hometown.setText(pr.hometown());
            residence.setText(pr.residence());
            professional.setText(pr.professionalLevel());
            political.setText(pr.politicalTheory());
            academic.setText(pr.academicTitle());
        }
        java.util.function.Supplier<PersonForm> form = () -> new PersonForm(id, code.getText(), name.getText(),
                gender.getValue(), birth.getEditor().getText(), personalId.getText(), position.getText(),
                unit.getValue() == null ? 0 : unit.getValue().id(), start.getEditor().getText(), end.getEditor().getText(),
                new PersonProfile(hometown.getText(), residence.getText(), professional.getText(), political.getText(),
                        academic.getText()));
        d.checkWith(() -> form.get().read().problems());
        d.onSave(() -> {
            Person draft = form.get().read().draft();
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
