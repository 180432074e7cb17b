package vn.tdkt.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;

class MeetingDocTest {

    private static Meeting meeting(LocalDate day, String content, Long chair, Long secretary) {
        return new Meeting(1, 1, day, null, "Hội trường", SessionKind.XET_KHEN_THUONG, content, chair, secretary);
    }

    @Test
    void theYearConsideredIsWrittenInTheContentOrFollowsTheMeetingDate() {
        assertEquals(2025, MeetingDoc.achievementYear(meeting(LocalDate.of(2026, 1, 12), "Xét khen thưởng năm 2025", null, null)));
        assertEquals(2024, MeetingDoc.achievementYear(meeting(LocalDate.of(2025, 9, 1),
                "Xét khen thưởng giai đoạn 2020-2024", null, null)), "the last year written");
        assertEquals(2025, MeetingDoc.achievementYear(meeting(LocalDate.of(2025, 12, 20), "Xét khen thưởng cuối năm", null, null)));
        assertEquals(2025, MeetingDoc.achievementYear(meeting(LocalDate.of(2026, 1, 20), null, null, null)));
        assertEquals(2025, MeetingDoc.achievementYear(meeting(LocalDate.of(2026, 1, 20), "Kế hoạch năm 2027", null, null)),
                "a future year in the content is not the year considered");
    }

    @Test
    void countingBoardIsTheSecretaryAndTwoMembersPresentNeverTheChair() {
        List<MemberLine> lines = new ArrayList<>();
        MemberRole[] roles = {MemberRole.CHU_TICH, MemberRole.PHO_CHU_TICH, MemberRole.UY_VIEN, MemberRole.UY_VIEN,
            MemberRole.UY_VIEN, MemberRole.UY_VIEN_THU_KY};
        for (int i = 0; i < roles.length; i++) {
            lines.add(new MemberLine(new CouncilMember(i + 1, 1, "TV " + (i + 1), null, roles[i], LocalDate.of(2025, 1, 1), null),
                    i == 2 ? AttendanceStatus.VANG_CO_LY_DO : AttendanceStatus.CO_MAT, null));
        }
        Council c = new Council(1, "Hội đồng Thi đua - Khen thưởng tỉnh", "1/QĐ", LocalDate.of(2025, 1, 1),
                "Ủy ban nhân dân tỉnh Hưng Yên");
        MeetingDoc doc = new MeetingDoc(Letterhead.ofCouncil(c), c, meeting(LocalDate.of(2025, 12, 1), null, 1L, 6L), lines, null,
                List.of(), List.of(), List.of(), Map.of());
        assertEquals(List.of("TV 6", "TV 4", "TV 5"), doc.countingBoard().stream().map(m -> m.member().fullName()).toList());
        MeetingDoc noSecretary = new MeetingDoc(Letterhead.ofCouncil(c), c, meeting(LocalDate.of(2025, 12, 1), null, 2L, null),
                lines, null, List.of(), List.of(), List.of(), Map.of());
        assertEquals(List.of("TV 6", "TV 4", "TV 5"), noSecretary.countingBoard().stream().map(m -> m.member().fullName()).toList());
        assertEquals(6, doc.totalMembers());
        assertEquals(5, doc.present().size());
    }
}
