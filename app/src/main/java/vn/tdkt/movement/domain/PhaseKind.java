package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Labelled;

/** A phase of a movement's period: the mid-term review (sơ kết) or the closing one (tổng kết). */
public enum PhaseKind implements Labelled {
    SO_KET("Sơ kết", "Sơ kết giữa kỳ"),
    TONG_KET("Tổng kết");

    private final String label;
    private final String[] aliases;

    PhaseKind(String label, String... aliases) {
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
