package vn.tdkt.meeting.domain;

/** Kết quả đánh giá, xếp loại of one year: "Hoàn thành xuất sắc nhiệm vụ". */
public record RatingLine(int year, String level) {
}
