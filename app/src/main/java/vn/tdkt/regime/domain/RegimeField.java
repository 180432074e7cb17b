package vn.tdkt.regime.domain;

import vn.tdkt.common.domain.Field;

/** Fields of the amendment form on the parameters screen. */
public enum RegimeField implements Field {
    REGIME("regime.field.regime"), NUMBER("regime.field.number"), PASSED("regime.field.passed"),
    IN_FORCE("regime.field.inForce");

    private final String labelKey;

    RegimeField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
