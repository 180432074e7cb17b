package vn.tdkt.review.domain;

import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.record.domain.AwardFormType;

/**
 * The titles and forms the review checks, with the catalogue kind code (V2__award_catalogue.sql) and the full name
 * as written in the law. Order = the order of the review (lowest to highest, persons then collectives).
 */
public enum Title implements Labelled {
    LDTT("LDTT", AwardSubject.CA_NHAN, true, false, "Lao động tiên tiến"),
    CSTDCS("CSTDCS", AwardSubject.CA_NHAN, true, false, "Chiến sĩ thi đua cơ sở"),
    GIAY_KHEN("GIAY_KHEN", AwardSubject.CA_NHAN, false, false, "Giấy khen"),
    BK_TINH("BK_TINH", AwardSubject.CA_NHAN, false, false, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
    CSTD_TINH("CSTD_TINH", AwardSubject.CA_NHAN, true, false, "Chiến sĩ thi đua cấp tỉnh"),
    CSTD_TQ("CSTD_TQ", AwardSubject.CA_NHAN, true, true, "Chiến sĩ thi đua toàn quốc"),
    BK_TTG("BK_TTG", AwardSubject.CA_NHAN, false, true, "Bằng khen của Thủ tướng Chính phủ"),
    HCLD_BA("HCLD_BA", AwardSubject.CA_NHAN, false, true, "Huân chương Lao động hạng Ba"),
    HCLD_NHI("HCLD_NHI", AwardSubject.CA_NHAN, false, true, "Huân chương Lao động hạng Nhì"),
    HCLD_NHAT("HCLD_NHAT", AwardSubject.CA_NHAN, false, true, "Huân chương Lao động hạng Nhất"),
    BK_TINH_CHUYEN_DE("BK_TINH", AwardSubject.CA_NHAN, false, false,
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (theo đợt, chuyên đề)", AwardFormType.CHUYEN_DE),
    BK_TINH_DOT_XUAT("BK_TINH", AwardSubject.CA_NHAN, false, false, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (đột xuất)",
            AwardFormType.DOT_XUAT),
    HCLD_BA_CONG_HIEN("HCLD_BA", AwardSubject.CA_NHAN, false, true, "Huân chương Lao động hạng Ba (quá trình cống hiến)",
            AwardFormType.CONG_HIEN),
    HCLD_NHI_CONG_HIEN("HCLD_NHI", AwardSubject.CA_NHAN, false, true, "Huân chương Lao động hạng Nhì (quá trình cống hiến)",
            AwardFormType.CONG_HIEN),
    HCLD_NHAT_CONG_HIEN("HCLD_NHAT", AwardSubject.CA_NHAN, false, true,
            "Huân chương Lao động hạng Nhất (quá trình cống hiến)", AwardFormType.CONG_HIEN),
    TTLDTT("TTLDTT", AwardSubject.TAP_THE, true, false, "Tập thể lao động tiên tiến"),
    TTLDXS("TTLDXS", AwardSubject.TAP_THE, true, false, "Tập thể lao động xuất sắc"),
    CO_TD_TINH("CO_TD_TINH", AwardSubject.TAP_THE, true, false, "Cờ thi đua của Ủy ban nhân dân tỉnh"),
    CO_TD_CP("CO_TD_CP", AwardSubject.TAP_THE, true, true, "Cờ thi đua của Chính phủ"),
    GIAY_KHEN_TAP_THE("GIAY_KHEN", AwardSubject.TAP_THE, false, false, "Giấy khen"),
    BK_TINH_TAP_THE("BK_TINH", AwardSubject.TAP_THE, false, false, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
    BK_TTG_TAP_THE("BK_TTG", AwardSubject.TAP_THE, false, true, "Bằng khen của Thủ tướng Chính phủ"),
    HCLD_BA_TAP_THE("HCLD_BA", AwardSubject.TAP_THE, false, true, "Huân chương Lao động hạng Ba"),
    HCLD_NHI_TAP_THE("HCLD_NHI", AwardSubject.TAP_THE, false, true, "Huân chương Lao động hạng Nhì"),
    HCLD_NHAT_TAP_THE("HCLD_NHAT", AwardSubject.TAP_THE, false, true, "Huân chương Lao động hạng Nhất"),
    BK_TINH_CHUYEN_DE_TAP_THE("BK_TINH", AwardSubject.TAP_THE, false, false,
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (theo đợt, chuyên đề)", AwardFormType.CHUYEN_DE),
    BK_TINH_DOT_XUAT_TAP_THE("BK_TINH", AwardSubject.TAP_THE, false, false,
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (đột xuất)", AwardFormType.DOT_XUAT);

    private final String kindCode;
    private final AwardSubject subject;
    private final boolean danhHieu;
    private final boolean proposal;
    private final String label;
    private final AwardFormType formType;

    Title(String kindCode, AwardSubject subject, boolean danhHieu, boolean proposal, String label) {
        this(kindCode, subject, danhHieu, proposal, label, AwardFormType.CONG_TRANG);
    }

    Title(String kindCode, AwardSubject subject, boolean danhHieu, boolean proposal, String label, AwardFormType formType) {
        this.kindCode = kindCode;
        this.subject = subject;
        this.danhHieu = danhHieu;
        this.proposal = proposal;
        this.label = label;
        this.formType = formType;
    }

    /** Loại hình khen thưởng of the title (công trạng for all but the theo đợt, đột xuất and cống hiến ones). */
    public AwardFormType formType() {
        return formType;
    }

    /** Catalogue kind code (award_kind.code). */
    public String kindCode() {
        return kindCode;
    }

    /** CA_NHAN or TAP_THE. */
    public AwardSubject subject() {
        return subject;
    }

    /** Danh hiệu thi đua (true) or hình thức khen thưởng (false): an initiative never serves both. */
    public boolean danhHieu() {
        return danhHieu;
    }

    /** True when the province only proposes it to a higher level (Thủ tướng, Chủ tịch nước). */
    public boolean proposal() {
        return proposal;
    }

    /** Full name as in the law (English: {@code enum.Title.*}). */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return new String[0];
    }

    /** The person title of a kind code (the kind codes of danh hiệu and hình thức given to a person). */
    static Title personTitle(String kindCode) {
        for (Title t : values()) {
            if (t.subject == AwardSubject.CA_NHAN && t.formType == AwardFormType.CONG_TRANG && t.kindCode.equals(kindCode)) {
                return t;
            }
        }
        return null;
    }
}
