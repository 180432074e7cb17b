package vn.tdkt.record.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a pending procedure entered on a person ({@link PersonHold}). */
public enum HoldField implements Field {
    REASON("record.hold.field.reason"),
    DOCUMENT("record.hold.field.document"),
    FROM("record.hold.field.from"),
    UNTIL("record.hold.field.until");

    private final String labelKey;

    HoldField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
