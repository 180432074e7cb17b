package vn.tdkt.certificate.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a blank's layout itself (its boxes are {@link CertField}s). */
public enum LayoutField implements Field {
    CODE("certificate.layout.CODE"), NAME("certificate.layout.NAME"), PAGE("certificate.layout.PAGE"),
    OFFSET("certificate.layout.OFFSET"), KINDS("certificate.layout.KINDS");

    private final String labelKey;

    LayoutField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
