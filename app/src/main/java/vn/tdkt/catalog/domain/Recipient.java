package vn.tdkt.catalog.domain;

import vn.tdkt.common.domain.Labelled;

/** Kind of recipient, which selects the bonus coefficient. */
public enum Recipient implements Labelled {
    CA_NHAN("Cá nhân"), TAP_THE("Tập thể"), HO_GIA_DINH("Hộ gia đình");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
