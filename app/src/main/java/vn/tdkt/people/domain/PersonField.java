package vn.tdkt.people.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a person's form; each matches one column of sheet {@code Cán bộ} ({@link PersonRules}). */
public enum PersonField implements Field {
    CODE("person.field.code", PersonRules.F_CODE),
    NAME("person.field.name", PersonRules.F_NAME),
    GENDER("person.field.gender", PersonRules.F_GENDER),
    BIRTH("person.field.birth", PersonRules.F_BIRTH),
    PERSONAL_ID("person.field.personalId", PersonRules.F_PERSONAL_ID),
    POSITION("person.field.position", "Chức vụ"),
    UNIT("person.field.unit", PersonRules.F_UNIT),
    START("person.field.start", PersonRules.F_START),
    END("person.field.end", PersonRules.F_END),
    HOMETOWN("person.field.hometown", PersonRules.F_HOMETOWN),
    RESIDENCE("person.field.residence", PersonRules.F_RESIDENCE),
    PROFESSIONAL("person.field.professional", PersonRules.F_PROFESSIONAL),
    POLITICAL("person.field.political", PersonRules.F_POLITICAL),
    ACADEMIC("person.field.academic", PersonRules.F_ACADEMIC);

    private final String labelKey;
    private final String column;

    PersonField(String labelKey, String column) {
        this.labelKey = labelKey;
        this.column = column;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The field of a column of sheet {@code Cán bộ}, or null. */
    public static PersonField ofColumn(String column) {
        for (PersonField f : values()) {
            if (f.column.equals(column)) {
                return f;
            }
        }
        return null;
    }
}
