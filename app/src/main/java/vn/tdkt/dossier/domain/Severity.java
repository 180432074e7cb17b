package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Labelled;
/** How a finding weighs on a move: a blocking one stops it, a warning is shown and logged with it. */
public enum Severity implements Labelled {
    CHAN("Chặn"), CANH_BAO("Cảnh báo");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
