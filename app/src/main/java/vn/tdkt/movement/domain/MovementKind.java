package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Labelled;

/** Loại phong trào (Luật TĐKT 2022 Điều 16): thường xuyên (hằng năm), theo đợt, theo chuyên đề. */
public enum MovementKind implements Labelled {
    THUONG_XUYEN("Thường xuyên", "Thường xuyên hằng năm", "Hằng năm", "Hàng năm"),
    THEO_DOT("Theo đợt", "Đợt", "Đợt thi đua"),
    CHUYEN_DE("Chuyên đề", "Theo chuyên đề");

    private final String label;
    private final String[] aliases;

    MovementKind(String label, String... aliases) {
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
