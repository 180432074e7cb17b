package vn.tdkt.review.domain;

import vn.tdkt.common.domain.Field;

/** The typed fields of a province's override of a rule parameter (the problems of its form point at them). */
public enum OverrideField implements Field {
    VALUE("review.override.value");

    private final String labelKey;

    OverrideField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
