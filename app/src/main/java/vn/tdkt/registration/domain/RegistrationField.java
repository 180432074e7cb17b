package vn.tdkt.registration.domain;

import vn.tdkt.common.domain.Field;

/** The fields of the registration screen, for problems placed on them. */
public enum RegistrationField implements Field {
    UNIT("registration.field.unit"), YEAR("registration.field.year"), COLLECTIVE("registration.field.collective"),
    MEMBERS("registration.field.members"), REASON("registration.field.reason"),
    MILESTONE("registration.field.milestone"), UNION_TITLE("registration.field.unionTitle"),
    MOVEMENT("registration.field.movement");

    private final String key;

    RegistrationField(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return key;
    }
}
