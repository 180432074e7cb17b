package vn.tdkt.people.ui;

import java.time.LocalDate;
import vn.tdkt.common.domain.Checked;
import vn.tdkt.common.domain.FormInput;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonField;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.people.domain.PersonRules;

/**
 * The person form's model: the fields as typed (dates as text, so 31/02/1990 is reported and never erased), read
 * with {@link FormInput} and checked by {@link PersonRules} (the import's rules), every problem at once on its typed
 * {@link PersonField}. Pure Java: tested without the toolkit.
 */
record PersonForm(long id, String code, String name, Gender gender, String birth, String personalId, String position,
                  long unitId, String start, String end, PersonProfile profile) {

    PersonForm(long id, String code, String name, Gender gender, String birth, String personalId, String position,
               long unitId, String start, String end) {
        this(id, code, name, gender, birth, personalId, position, unitId, start, end, PersonProfile.NONE);
    }

    Checked<Person> read() {
        FormInput in = new FormInput();
        String c = in.text(PersonField.CODE, code, false);
        String n = in.text(PersonField.NAME, name, false);
        LocalDate b = in.date(PersonField.BIRTH, birth, false);
        LocalDate s = in.date(PersonField.START, start, false);
        LocalDate e = in.date(PersonField.END, end, false);
        Person draft = new Person(id, c, n, gender, b, personalId == null || personalId.isBlank() ? null : personalId.strip(),
                position, unitId, s, e, profile == null ? PersonProfile.NONE : profile.normalized(String::strip));
        in.rules(PersonRules.check(draft).stream()
                .map(f -> Problem.of(PersonField.ofColumn(f.field()), f.message())).toList());
        return Checked.of(in, () -> draft);
    }
}
