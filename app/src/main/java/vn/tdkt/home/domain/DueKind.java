package vn.tdkt.home.domain;

import vn.tdkt.common.domain.Labelled;

/** What a line of the start screen's "due" list is; each opens its own record. */
public enum DueKind implements Labelled {
    MILESTONE("Mốc thời gian"),
    DOSSIER("Hạn hồ sơ"),
    NOTICE("Hết công khai"),
    MEETING("Họp Hội đồng"),
    /** A yearly submission date of the ministry (legal_time_limit): no record of the office behind it. */
    CENTRAL("Hạn của Trung ương"),
    /**
     * The office's appraisal of a dossier complete (Đủ hồ sơ) until its council has voted: the day it became complete +
     * the processing limit THAM_DINH in force then (README decision 187); opens the dossier.
     */
    APPRAISAL("Hạn thẩm định");

    private final String label;

    DueKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
