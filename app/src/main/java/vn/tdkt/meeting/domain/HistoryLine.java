package vn.tdkt.meeting.domain;

/**
 * A row of the tables "Danh hiệu thi đua" / "Hình thức khen thưởng" of a báo cáo thành tích.
 *
 * @param year     "2024" or "2021-2025"
 * @param decision "Số 15/QĐ-UBND ngày 20/01/2026; Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"
 */
public record HistoryLine(String year, String name, String decision) {
}
