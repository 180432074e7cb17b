package vn.tdkt.org.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a unit or a bloc problems point at. */
public enum OrgField implements Field {
    CODE("units.field.code"),
    NAME("units.field.name"),
    PARENT("units.field.parent"),
    BLOC("units.field.bloc"),
    TYPE("units.field.type"),
    BLOC_NAME("blocs.field.name");

    private final String labelKey;

    OrgField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
