package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Labelled;

/**
 * Điểm danh of a member at a meeting; absent members may send a written opinion (docs/decisions/0018), whose gist is
 * kept as the note; an absence without a reason is recorded as such.
 */
public enum AttendanceStatus implements Labelled {
    CO_MAT("Có mặt"),
    VANG_CO_LY_DO("Vắng có lý do", "Vắng"),
    VANG_CO_Y_KIEN("Vắng, có ý kiến bằng văn bản", "Vắng có ý kiến bằng văn bản", "Có ý kiến bằng văn bản"),
    VANG_KHONG_LY_DO("Vắng không lý do", "Vắng không có lý do");

    private final String label;
    private final String[] aliases;

    AttendanceStatus(String label, String... aliases) {
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
