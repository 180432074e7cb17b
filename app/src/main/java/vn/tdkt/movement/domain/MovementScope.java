package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Labelled;

/** Phạm vi tổ chức thi đua, the rows 02–05 of biểu 0601.N. */
public enum MovementScope implements Labelled {
    TOAN_QUOC("Toàn quốc"),
    BO_NGANH_DIA_PHUONG("Bộ, ban, ngành, đoàn thể, địa phương", "Địa phương", "Tỉnh"),
    CUM_KHOI("Cụm, khối thi đua", "Khối thi đua", "Cụm thi đua"),
    CO_QUAN_DON_VI("Cơ quan, tổ chức, đơn vị", "Cơ quan", "Đơn vị");

    private final String label;
    private final String[] aliases;

    MovementScope(String label, String... aliases) {
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
