package vn.tdkt.home.domain;

import vn.tdkt.common.domain.Labelled;

/** What a line of the start screen's "due" list is; each opens its own record. */
public enum DueKind implements Labelled {
    MILESTONE("Mốc thời gian"),
    DOSSIER("Hạn hồ sơ"),
    NOTICE("Hết công khai"),
    MEETING("Họp Hội đồng");

    private final String label;

    DueKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
