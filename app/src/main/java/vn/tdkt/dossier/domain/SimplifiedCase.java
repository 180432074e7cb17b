package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Labelled;

/** The five cases of the simplified procedure (Luật TĐKT 2022 Điều 85; NĐ 98/2023 Điều 40). */
public enum SimplifiedCase implements Labelled {
    NHIEM_VU_CHINH_TRI("Khen thưởng phục vụ nhiệm vụ chính trị, kịp thời động viên"),
    DOT_XUAT("Thành tích xuất sắc đột xuất trong chiến đấu, công tác, sản xuất, học tập, nghiên cứu, cứu người, "
            + "giải thưởng khu vực, thế giới"),
    NGUOI_DUNG_DAU_PHAT_HIEN("Khen thưởng do người đứng đầu phát hiện"),
    CONG_HIEN_NIEN_HAN_DOI_NGOAI("Khen thưởng quá trình cống hiến, theo niên hạn, đối ngoại"),
    BI_MAT_NHA_NUOC("Thành tích có nội dung thuộc bí mật nhà nước");

    private final String label;

    SimplifiedCase(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

}
