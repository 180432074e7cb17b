package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Labelled;

/** Loại phiên họp; the quorum differs (Bắc Ninh QĐ 86/2025: 80 % for award sessions, 2/3 otherwise). */
public enum SessionKind implements Labelled {
    XET_KHEN_THUONG("Phiên xét khen thưởng", "Xét khen thưởng"),
    THUONG_KY("Phiên họp thường kỳ", "Thường kỳ");

    private final String label;
    private final String[] aliases;

    SessionKind(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return aliases.clone();
    }
}
