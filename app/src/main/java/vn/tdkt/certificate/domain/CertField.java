package vn.tdkt.certificate.domain;

import vn.tdkt.common.domain.Field;

/**
 * A text the office prints on a certificate blank (the rest of the blank is pre-printed). A problem with a field's
 * box points at the field itself.
 */
public enum CertField implements Field {
    /** Họ và tên (a person), the collective's or the household's name. */
    RECIPIENT("certificate.field.RECIPIENT"),
    /** Chức vụ, đơn vị of a person; the parent unit of a collective; the household's address. */
    DETAIL("certificate.field.DETAIL"),
    /** The title or form, e.g. "Đã đạt danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025" (pre-printed on most blanks). */
    AWARD("certificate.field.AWARD"),
    /** The achievement, e.g. "Đã có thành tích xuất sắc trong công tác năm 2025". */
    CITATION("certificate.field.CITATION"),
    /** "Quyết định số 125/QĐ-UBND ngày 05/01/2026". */
    DECISION("certificate.field.DECISION"),
    /** "Số sổ vàng: 12". */
    GOLD_BOOK("certificate.field.GOLD_BOOK"),
    /** "Hưng Yên, ngày 05 tháng 01 năm 2026". */
    PLACE_DATE("certificate.field.PLACE_DATE"),
    /** Quyền hạn and chức vụ of the signer, one per line ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"). */
    SIGNER_TITLE("certificate.field.SIGNER_TITLE"),
    /** Họ và tên of the signer. */
    SIGNER_NAME("certificate.field.SIGNER_NAME");

    private final String labelKey;

    CertField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
