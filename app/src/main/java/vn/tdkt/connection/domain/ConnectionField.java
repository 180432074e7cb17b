package vn.tdkt.connection.domain;

import vn.tdkt.common.domain.Field;

/** The fields of the connection screen. */
public enum ConnectionField implements Field {
    HOST("connection.field.host"),
    PORT("connection.field.port"),
    DATABASE("connection.field.database"),
    USER("connection.field.user"),
    PASSWORD("connection.field.password");

    private final String labelKey;

    ConnectionField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
