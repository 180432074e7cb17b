package vn.tdkt.regime.domain;

import vn.tdkt.common.domain.Field;

/** Fields of the amendment form and of the wording form on the parameters screen. */
public enum RegimeField implements Field {
    REGIME("regime.field.regime"), NUMBER("regime.field.number"), PASSED("regime.field.passed"),
    IN_FORCE("regime.field.inForce"),
    /** The wording of {@link Wording#QD_CAN_CU}. */
    WORDING_QD_CAN_CU("regime.wording.field.qdCanCu"),
    /** The wording of {@link Wording#TO_TRINH_NOI_DUNG}. */
    WORDING_TO_TRINH("regime.wording.field.toTrinh");

    private final String labelKey;

    RegimeField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The field holding a wording's text. */
    public static RegimeField of(Wording wording) {
        return switch (wording) {
            case QD_CAN_CU -> WORDING_QD_CAN_CU;
            case TO_TRINH_NOI_DUNG -> WORDING_TO_TRINH;
        };
    }
}
