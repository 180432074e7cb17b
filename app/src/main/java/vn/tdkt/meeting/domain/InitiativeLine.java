package vn.tdkt.meeting.domain;

/**
 * A recognised initiative or research work in a báo cáo thành tích.
 *
 * @param scope    phạm vi ảnh hưởng: "Cơ sở", "Tỉnh", "Toàn quốc"
 * @param decision the recognising decision, "Số 12/QĐ-SNV ngày 10/12/2025"; empty when not recorded
 */
public record InitiativeLine(int year, String kind, String title, String scope, String decision) {
}
