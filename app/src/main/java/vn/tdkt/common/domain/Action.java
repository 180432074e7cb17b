package vn.tdkt.common.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a service lets a person do, and which roles may do it. Services call {@link Permission#require(Action)} before
 * they write; in single-user mode (no account yet) everything is allowed.
 */
public enum Action implements Labelled {
    MANAGE_ACCOUNTS("quản lý tài khoản", Role.QUAN_TRI),
    EDIT_SETTINGS("sửa tham số và cài đặt", Role.QUAN_TRI),
    RESTORE_BACKUP("khôi phục dữ liệu từ bản sao", Role.QUAN_TRI),
    EDIT_PEOPLE("sửa đơn vị, cán bộ và quá trình công tác", Role.CHUYEN_VIEN),
    IMPORT_WORKBOOK("nhập dữ liệu từ tệp Excel", Role.CHUYEN_VIEN),
    EDIT_REGISTRATIONS("sửa đăng ký thi đua", Role.CHUYEN_VIEN),
    APPROVE_REGISTRATIONS("duyệt đăng ký thi đua", Role.CHUYEN_VIEN, Role.LANH_DAO),
    EDIT_MOVEMENTS("sửa phong trào thi đua và điển hình", Role.CHUYEN_VIEN),
    EDIT_DOSSIERS("lập và sửa hồ sơ đề nghị", Role.CHUYEN_VIEN),
    EDIT_MEETINGS("chuẩn bị phiên họp, phiếu bầu, kiểm phiếu và biên bản", Role.THU_KY),
    DRAFT_DECISIONS("soạn dự thảo quyết định", Role.CHUYEN_VIEN, Role.LANH_DAO),
    ISSUE_DECISIONS("phê duyệt và ban hành quyết định", Role.LANH_DAO),
    READ_MEETING_PACK("xem tài liệu phiên họp", Role.values());

    private final String label;
    private final Set<Role> roles;

    Action(String label, Role... roles) {
        this.label = label;
        this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    @Override
    public String label() {
        return label;
    }

    /** True when a person of this role may do it. */
    public boolean allowedTo(Role role) {
        return roles.contains(role);
    }
}
