package vn.tdkt.dossier.domain;

/**
 * A kind of dossier component (thành phần hồ sơ).
 *
 * @param generated true when the app writes it (tờ trình, báo cáo thành tích, biên bản, kết quả bỏ phiếu)
 * @param formId    the document of docs/decisions/0028 the generator writes, null for attached-only components
 */
public record Component(String code, String name, boolean generated, String formId) {
}
