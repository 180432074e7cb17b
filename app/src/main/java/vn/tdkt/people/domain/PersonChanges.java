package vn.tdkt.people.domain;

import java.util.function.Function;
import vn.tdkt.common.domain.SinceOpened;

/**
 * The fields of a person's record compared when a save checks that nobody else saved the person since the clerk opened
 * it ("Họ và tên: «Nguyễn Văn A» → «Nguyễn Văn An»", issue #14).
 */
public final class PersonChanges {

    private PersonChanges() {
    }

    /** The person's fields, the unit named by {@code unitName}. */
    public static SinceOpened<Person> compared(Function<Long, String> unitName) {
        return SinceOpened.<Person>fields()
                .field("person.field.code", Person::code)
                .field("person.field.name", Person::fullName)
                .field("person.field.gender", Person::gender)
                .field("person.field.birth", Person::birthDate)
                .field("person.field.personalId", Person::personalId)
                .field("person.field.position", Person::position)
                .field("person.field.unit", p -> unitName.apply(p.unitId()))
                .field("person.field.start", Person::startDate)
                .field("person.field.end", Person::endDate)
                .field("person.field.hometown", p -> p.profile().hometown())
                .field("person.field.residence", p -> p.profile().residence())
                .field("person.field.professional", p -> p.profile().professionalLevel())
                .field("person.field.political", p -> p.profile().politicalTheory())
                .field("person.field.academic", p -> p.profile().academicTitle());
    }
}
