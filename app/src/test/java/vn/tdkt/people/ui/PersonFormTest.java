package vn.tdkt.people.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.Checked;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonField;

/** The person form's model without the toolkit: every problem at once, on its field, in plain words. */
class PersonFormTest {

    private static List<String> lines(Checked<?> c) {
        return c.problems().stream().map(p -> p.describeInForm(Texts.VIETNAMESE)).toList();
    }

    @Test
    void everyProblemOfTheFormIsShownAtOnce() {
        Checked<Person> c = new PersonForm(0, "", " ", null, "31/02/1990", "", "", 0, "hôm qua", "").read();
        assertNull(c.draft());
        assertEquals(List.of(PersonField.CODE, PersonField.NAME, PersonField.GENDER, PersonField.BIRTH,
                PersonField.UNIT, PersonField.START), c.problems().stream().map(Problem::field).sorted().toList());
        assertTrue(lines(c).contains("Ngày sinh: ngày 31/02/1990 không có thật: tháng 2 năm 1990 chỉ có 28 ngày"), lines(c)::toString);
        assertTrue(lines(c).stream().noneMatch(l -> l.contains("cột")), lines(c)::toString);
    }

    @Test
    void aFutureBirthDateSaysSoPlainly() {
        LocalDate future = LocalDate.now().plusYears(1);
        Checked<Person> c = new PersonForm(0, "CB1", "Nguyễn Văn An", Gender.MALE, VnFormat.date(future), null, null, 5,
                null, null).read();
        assertEquals(List.of("Ngày sinh: ngày sinh " + VnFormat.date(future) + " ở tương lai (hôm nay là "
                + VnFormat.date(LocalDate.now()) + "), hãy kiểm tra lại năm sinh"), lines(c));
    }

    @Test
    void aCompleteFormGivesTheDraft() {
        Checked<Person> c = new PersonForm(7, " CB1 ", "Nguyễn Văn An", Gender.MALE, "12/03/1980", "", "Chuyên viên", 5,
                "1/9/2010", "").read();
        assertTrue(c.ok(), lines(c)::toString);
        assertEquals(new Person(7, "CB1", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 12), null, "Chuyên viên", 5,
                LocalDate.of(2010, 9, 1), null), c.draft());
        assertFalse(new PersonForm(7, "CB1", "A", Gender.MALE, null, "999090123456", null, 5, null, null).read().ok(),
                "the personal ID rule of the import applies");
    }
}
