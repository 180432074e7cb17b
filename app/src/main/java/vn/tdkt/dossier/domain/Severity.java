package vn.tdkt.dossier.domain;

/** How a finding weighs on a move: a blocking one stops it, a warning is shown and logged with it. */
public enum Severity {
    CHAN("Chặn"), CANH_BAO("Cảnh báo");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
