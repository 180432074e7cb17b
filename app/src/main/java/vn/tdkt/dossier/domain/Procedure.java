package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Labelled;
/** Thủ tục thông thường or thủ tục đơn giản (Luật Thi đua, khen thưởng 2022 Điều 85). */
public enum Procedure implements Labelled {
    THUONG("Thủ tục thông thường"), DON_GIAN("Thủ tục đơn giản");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
