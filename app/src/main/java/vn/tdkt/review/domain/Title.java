package vn.tdkt.review.domain;

import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Labelled;

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
    TTLDTT("TTLDTT", AwardSubject.TAP_THE, true, false, "Tập thể lao động tiên tiến"),
    TTLDXS("TTLDXS", AwardSubject.TAP_THE, true, false, "Tập thể lao động xuất sắc"),
    CO_TD_TINH("CO_TD_TINH", AwardSubject.TAP_THE, true, false, "Cờ thi đua của Ủy ban nhân dân tỉnh"),
    CO_TD_CP("CO_TD_CP", AwardSubject.TAP_THE, true, true, "Cờ thi đua của Chính phủ"),
    GIAY_KHEN_TAP_THE("GIAY_KHEN", AwardSubject.TAP_THE, false, false, "Giấy khen"),
    BK_TINH_TAP_THE("BK_TINH", AwardSubject.TAP_THE, false, false, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");

    private final String kindCode;
    private final AwardSubject subject;
    private final boolean danhHieu;
    private final boolean proposal;
    private final String label;

    Title(String kindCode, AwardSubject subject, boolean danhHieu, boolean proposal, String label) {
        this.kindCode = kindCode;
        this.subject = subject;
        this.danhHieu = danhHieu;
        this.proposal = proposal;
        this.label = label;
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
            if (t.subject == AwardSubject.CA_NHAN && t.kindCode.equals(kindCode)) {
                return t;
            }
        }
        return null;
    }
}
