package vn.tdkt.people.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Msg;

/**
 * What changed in a person's record between two readings, field by field ("Họ và tên: «Nguyễn Văn A» → «Nguyễn Văn
 * An»"): the message of a save refused because someone else saved the same person in the meantime (issue #14).
 *
 * @param items one text per changed field
 */
public record PersonChanges(List<Msg> items) implements Localizable, Serializable {
    private static final long serialVersionUID = 1L;

    public PersonChanges {
        items = List.copyOf(items);
    }

    /** The fields that differ from {@code before} to {@code after}; unit ids are named by {@code unitName}. */
    public static PersonChanges between(Person before, Person after, Function<Long, String> unitName) {
        List<Msg> out = new ArrayList<>();
        add(out, "person.field.code", before.code(), after.code());
        add(out, "person.field.name", before.fullName(), after.fullName());
        add(out, "person.field.gender", before.gender(), after.gender());
        add(out, "person.field.birth", before.birthDate(), after.birthDate());
        add(out, "person.field.personalId", before.personalId(), after.personalId());
        add(out, "person.field.position", before.position(), after.position());
        if (before.unitId() != after.unitId()) {
            out.add(Msg.of("person.change", Msg.of("person.field.unit"), unitName.apply(before.unitId()),
                    unitName.apply(after.unitId())));
        }
        add(out, "person.field.start", before.startDate(), after.startDate());
        add(out, "person.field.end", before.endDate(), after.endDate());
        PersonProfile b = before.profile();
        PersonProfile a = after.profile();
        add(out, "person.field.hometown", b.hometown(), a.hometown());
        add(out, "person.field.residence", b.residence(), a.residence());
        add(out, "person.field.professional", b.professionalLevel(), a.professionalLevel());
        add(out, "person.field.political", b.politicalTheory(), a.politicalTheory());
        add(out, "person.field.academic", b.academicTitle(), a.academicTitle());
        return new PersonChanges(out);
    }

    private static void add(List<Msg> out, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(Msg.of("person.change", Msg.of(field), before, after));
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public String in(Locale locale) {
        return items.stream().map(m -> m.in(locale)).collect(Collectors.joining("; "));
    }
}
