package vn.tdkt.decision.domain;

import java.util.List;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VietnameseText;

/**
 * Đối tượng khen thưởng of the statistics (TT 02/2023/TT-BNV biểu 0603.N). A person is a leader (lãnh đạo, quản lý)
 * when the position starts with a leading post — optionally after "Phó" — from phó trưởng phòng upwards: Giám đốc,
 * Tổng Giám đốc, Chủ tịch, Bí thư, Chánh …, Trưởng phòng/ban/khoa/trạm/chi nhánh, Hiệu trưởng, Viện trưởng, Cục
 * trưởng, Chi cục trưởng, Vụ trưởng, Thủ trưởng, Kế toán trưởng. Everyone else (chuyên viên, giáo viên, tổ trưởng,
 * công nhân …) is "cá nhân khác". The match is on the start of the position so that "Giáo viên Trường …" is not
 * read as a "Trưởng".
 */
public enum SubjectClass {
    TAP_THE("Tập thể", "Tập thể"),
    HO_GIA_DINH("Hộ gia đình", "Hộ"),
    LANH_DAO("Cá nhân là lãnh đạo, quản lý", "Người"),
    CA_NHAN_KHAC("Cá nhân khác", "Người");

    private static final List<String> LEADING_POSTS = List.of("giam doc", "tong giam doc", "chu tich", "bi thu",
            "chanh ", "truong phong", "truong ban", "truong khoa", "truong tram", "truong chi nhanh", "hieu truong",
            "vien truong", "cuc truong", "chi cuc truong", "vu truong", "thu truong", "ke toan truong");

    private final String label;
    private final String unitOfCount;

    SubjectClass(String label, String unitOfCount) {
        this.label = label;
        this.unitOfCount = unitOfCount;
    }

    public String label() {
        return label;
    }

    /** Đơn vị tính of the statistics: Tập thể, Hộ, Người. */
    public String unitOfCount() {
        return unitOfCount;
    }

    public static SubjectClass of(Recipient recipient, String position) {
        return switch (recipient) {
            case TAP_THE -> TAP_THE;
            case HO_GIA_DINH -> HO_GIA_DINH;
            case CA_NHAN -> isLeader(position) ? LANH_DAO : CA_NHAN_KHAC;
        };
    }

    public static boolean isLeader(String position) {
        String f = VietnameseText.fold(position);
        if (f.startsWith("pho ")) {
            f = f.substring(4);
        }
        String post = f + " ";
        return LEADING_POSTS.stream().anyMatch(p -> post.startsWith(p.endsWith(" ") ? p : p + " "));
    }
}
