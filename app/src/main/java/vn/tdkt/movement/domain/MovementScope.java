package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Labelled;

/** Phạm vi tổ chức thi đua, the rows 02–05 of biểu 0601.N. */
public enum MovementScope implements Labelled {
    TOAN_QUOC("enum.MovementScope.TOAN_QUOC", "Toàn quốc"),
    BO_NGANH_DIA_PHUONG("enum.MovementScope.BO_NGANH_DIA_PHUONG", "Bộ, ban, ngành, đoàn thể, địa phương", "Địa phương", "Tỉnh"),
    CUM_KHOI("enum.MovementScope.CUM_KHOI", "Cụm, khối thi đua", "Khối thi đua", "Cụm thi đua"),
    CO_QUAN_DON_VI("enum.MovementScope.CO_QUAN_DON_VI", "Cơ quan, tổ chức, đơn vị", "Cơ quan", "Đơn vị");

    private final String key;
    private final String label;
    private final String[] aliases;

    MovementScope(String key, String label, String... aliases) {
        this.key = key;
        this.label = label;
        this.aliases = aliases;
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
        return aliases.clone();
    }
}
