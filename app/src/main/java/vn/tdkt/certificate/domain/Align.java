package vn.tdkt.certificate.domain;

/** Alignment of a field's text in its box. */
public enum Align {
    LEFT("certificate.align.LEFT"), CENTER("certificate.align.CENTER"), RIGHT("certificate.align.RIGHT"),
    JUSTIFIED("certificate.align.JUSTIFIED");

    private final String labelKey;

    Align(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
