package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Labelled;

/** Cấp phát động, the columns of biểu 0601.N: Trung ương; bộ, ban, ngành, đoàn thể Trung ương, tỉnh; cơ quan, tổ chức, đơn vị. */
public enum LaunchLevel implements Labelled {
    TRUNG_UONG("Trung ương", "Cấp Trung ương", "TW"),
    BO_TINH("Bộ, ngành, tỉnh", "Tỉnh", "Cấp tỉnh", "Bộ", "Cấp bộ", "UBND tỉnh",
            "Bộ, ban, ngành, đoàn thể Trung ương, tỉnh"),
    CO_QUAN("Cơ quan, đơn vị", "Cơ sở", "Cấp cơ sở", "Sở", "Cấp sở", "Đơn vị", "Cơ quan, tổ chức, đơn vị");

    private final String label;
    private final String[] aliases;

    LaunchLevel(String label, String... aliases) {
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
