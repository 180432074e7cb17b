package vn.tdkt.home.domain;

import vn.tdkt.common.domain.Labelled;

/** What a line of the start screen's "due" list is; each opens its own record. */
public enum DueKind implements Labelled {
    MILESTONE("enum.DueKind.MILESTONE", "Mốc thời gian"),
    DOSSIER("enum.DueKind.DOSSIER", "Hạn hồ sơ"),
    NOTICE("enum.DueKind.NOTICE", "Hết công khai"),
    MEETING("enum.DueKind.MEETING", "Họp Hội đồng");

    private final String key;
    private final String label;

    DueKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelKey() {
        return key;
    }

    @Override
    public String[] aliases() {
        return new String[0];
    }
}
