package vn.tdkt.council.domain;

/**
 * One member's attendance at a meeting.
 *
 * @param note the reason of absence, or the gist of the written opinion
 */
public record Attendance(long memberId, AttendanceStatus status, String note) {
}
