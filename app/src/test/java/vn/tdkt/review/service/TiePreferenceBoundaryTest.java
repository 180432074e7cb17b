package vn.tdkt.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/**
 * The preference for women at a council tie is the rule of the meeting day's regime (one regime source): a tie decided
 * the day before a regime starts and the day it starts, with the composition root's wiring (AppContext: the council
 * reads WOMEN_TIE_PREFERENCE of the review rules). NĐ 152/2025 Điều 4 khoản 6 from 01/07/2025; before it the 2022
 * law's gender-equality principle (Điều 5); a province override made under NĐ 98/2023 lapses when NĐ 152/2025 starts.
 * Each row: meeting day (and override) → the woman's mark (or none); the man is never marked, nobody is picked.
 */
class TiePreferenceBoundaryTest {

    private static final String ND152 = "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6";
    private static final String LUAT2022 = "Luật Thi đua, khen thưởng 2022, Điều 5 (bảo đảm bình đẳng giới)";

    private AppContext ctx;

    @BeforeEach
    void setUp() {
        ctx = AppContext.inMemory();
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    static Stream<Arguments> tie() {
        return Stream.of(
                Arguments.of("NĐ 98/2023, ngày 30/06/2025 (Luật 2022 Điều 5)", LocalDate.of(2025, 6, 30), false, LUAT2022),
                Arguments.of("NĐ 152/2025 Điều 4 k6, ngày 01/07/2025", LocalDate.of(2025, 7, 1), false, ND152),
                Arguments.of("tỉnh tắt ưu tiên từ 01/01/2025: ngày 30/06/2025 không đánh dấu", LocalDate.of(2025, 6, 30), true, null),
                Arguments.of("điều chỉnh của tỉnh hết hiệu lực khi NĐ 152/2025 Điều 4 k6 có hiệu lực: 01/07/2025", LocalDate.of(2025, 7, 1),
                        true, ND152));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tie(String label, LocalDate day, boolean provinceSwitchedOff, String expectedRef) {
        if (provinceSwitchedOff) {
            ctx.review().setOverride("WOMEN_TIE_PREFERENCE", "false", LocalDate.of(2025, 1, 1),
                    "Quyết định của UBND tỉnh (thử)", "kiểm thử");
        }
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null, null, so.id(),
                LocalDate.of(2010, 1, 1), null));
        ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1986, 1, 1), null, null, so.id(),
                LocalDate.of(2010, 1, 1), null));
        Council hd = ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở", "12/QĐ-SNV",
                LocalDate.of(2024, 1, 5), "Sở Nội vụ"));
        List<CouncilMember> members = new ArrayList<>();
        MemberRole[] roles = {MemberRole.CHU_TICH, MemberRole.PHO_CHU_TICH, MemberRole.UY_VIEN, MemberRole.UY_VIEN,
            MemberRole.UY_VIEN_THU_KY};
        for (int i = 0; i < roles.length; i++) {
            members.add(ctx.council().admin().saveMember(new CouncilMember(0, hd.id(), "Thành viên " + (i + 1), null, roles[i],
                    LocalDate.of(2024, 1, 5), null)));
        }
        Meeting m = ctx.council().meetings().saveMeeting(new Meeting(0, hd.id(), day, null, "Phòng họp Sở",
                SessionKind.XET_KHEN_THUONG, "Xét khen thưởng", members.get(0).id(), members.get(4).id()));
        ctx.council().meetings().setAttendance(m.id(), members.stream()
                .map(x -> new Attendance(x.id(), AttendanceStatus.CO_MAT, null)).toList());
        Candidate an = ctx.council().meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, "CB01", null);
        Candidate binh = ctx.council().meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, "CB02", null);
        ctx.council().meetings().setQuota(m.id(), "CSTDCS", 1);
        Map<Long, Integer> votes = new LinkedHashMap<>();
        votes.put(an.id(), 4);
        votes.put(binh.id(), 4);
        TallyResult r = ctx.council().ballots().recordRound(m.id(), "CSTDCS", new BallotCounts(5, 5, 5, 5, 5, 0), votes);
        TallyOutcome man = r.outcome(an.id()).orElseThrow();
        TallyOutcome woman = r.outcome(binh.id()).orElseThrow();
        assertEquals(Selection.TIED_AT_CUT, man.selection());
        assertEquals(Selection.TIED_AT_CUT, woman.selection(), "the mark picks nobody");
        assertFalse(man.note().contains("ưu tiên"), man.note());
        String mark = "; nữ: ưu tiên khi thành tích ngang nhau (" + expectedRef + ")";
        assertEquals(expectedRef != null, woman.note().endsWith(mark), woman.note());
        assertEquals(expectedRef == null, !woman.note().contains("ưu tiên"), woman.note());
    }
}
