package vn.tdkt.catalog.domain;

/** Kind of recipient, which selects the bonus coefficient. */
public enum Recipient {
    CA_NHAN("Cá nhân"), TAP_THE("Tập thể"), HO_GIA_DINH("Hộ gia đình");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
