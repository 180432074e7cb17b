package vn.tdkt.meeting.domain;

import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.CouncilMember;

/**
 * A member in office on the meeting day with his or her attendance.
 *
 * @param status null when the roll has not been called
 * @param note   the reason of absence or the gist of the written opinion
 */
public record MemberLine(CouncilMember member, AttendanceStatus status, String note) {

    public boolean present() {
        return status == AttendanceStatus.CO_MAT;
    }

    /** "Nguyễn Văn An, Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng". */
    public String described() {
        String position = member.position() == null || member.position().isBlank() ? "" : ", " + member.position();
        return member.fullName() + position + ", " + member.role().label() + " Hội đồng";
    }
}
