package vn.tdkt.council.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.CouncilRules;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.VoteThreshold;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.service.RecordService;

class CouncilServiceTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2025, 12, 20);
    private static final String WOMEN_REF = "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6";

    private Database db;
    private CouncilServices council;
    private OrgService org;
    private Council hd;
    private List<CouncilMember> members;
    private Unit vanPhong;
    private Unit thanhTra;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        CatalogueService catalogue = new CatalogueService(db);
        council = CouncilServices.of(db, catalogue, day -> java.util.Optional.of(WOMEN_REF));
        org = new OrgService(db);
        Clock clock = Clock.fixed(MEETING_DAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        PeopleService people = new PeopleService(db, new RecordService(db, catalogue), clock);
        Unit so = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vanPhong = org.saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        thanhTra = org.saveUnit(new Unit(0, "TT", "Thanh tra Sở", so.id(), null));
        String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang"};
        for (int i = 0; i < names.length; i++) {
            people.save(new Person(0, "CB0" + (i + 1), names[i], i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    LocalDate.of(1985, 1, 1), null, i == 0 ? "Chánh Văn phòng" : null, vanPhong.id(), LocalDate.of(2010, 1, 1), null));
        }
        hd = council.admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng tỉnh", "123/QĐ-UBND",
                LocalDate.of(2024, 1, 5), "Ủy ban nhân dân tỉnh Bắc Ninh"));
        members = new ArrayList<>();
        members.add(member("Chủ tịch UBND tỉnh", MemberRole.CHU_TICH));
        members.add(member("Phó Chủ tịch thứ nhất", MemberRole.PHO_CHU_TICH));
        members.add(member("Phó Chủ tịch thứ hai", MemberRole.PHO_CHU_TICH));
        for (int i = 1; i <= 11; i++) {
            members.add(member("Ủy viên số " + i, MemberRole.UY_VIEN));
        }
        members.add(member("Trưởng phòng Thi đua", MemberRole.UY_VIEN_THU_KY));
        council.admin().saveMember(new CouncilMember(0, hd.id(), "Ủy viên đã thôi", null, MemberRole.UY_VIEN,
                LocalDate.of(2024, 1, 5), LocalDate.of(2024, 12, 31)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CouncilMember member(String name, MemberRole role) {
        return council.admin().saveMember(new CouncilMember(0, hd.id(), name, "Chức vụ của " + name, role, LocalDate.of(2024, 1, 5), null));
    }

    private Meeting meeting(SessionKind kind) {
        return council.meetings().saveMeeting(new Meeting(0, hd.id(), MEETING_DAY, null, "Phòng họp số 1, trụ sở UBND tỉnh", kind,
                "Xét đề nghị khen thưởng năm 2025", members.get(0).id(), members.get(14).id()));
    }

    /** The first {@code present} members attend, the others are absent with a written opinion. */
    private void attend(Meeting m, int present) {
        List<Attendance> list = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            list.add(i < present ? new Attendance(members.get(i).id(), AttendanceStatus.CO_MAT, null)
                    : new Attendance(members.get(i).id(), AttendanceStatus.VANG_CO_Y_KIEN, "Đồng ý với danh sách đề nghị"));
        }
        council.meetings().setAttendance(m.id(), list);
    }

    private static List<String> messages(ValidationException e) {
        return e.problems().stream().map(Problem::describe).toList();
    }

    private static Map<Long, Integer> votes(List<Candidate> candidates, int... v) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            out.put(candidates.get(i).id(), v[i]);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(textBlock = """
            CSTD_TINH,  15/12/2023, 'Ngưỡng 90 % tổng số thành viên',       'NĐ 91/2017/NĐ-CP Điều 45 khoản 8'
            CSTD_TQ,    01/10/2017, 'Ngưỡng 90 % tổng số thành viên',       'NĐ 91/2017/NĐ-CP Điều 45 khoản 8'
            CSTD_TQ,    30/09/2017, 'Ngưỡng trên 50 % tổng số thành viên',  'Biểu quyết theo đa số (quá bán) – mặc định, tỉnh có thể quy định khác'
            CSTD_TINH,  01/01/2024, 'Ngưỡng 90 % tổng số thành viên',       'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (giữ nguyên theo NĐ 152/2025, chưa đối chiếu)'
            CSTD_TQ,    20/12/2025, 'Ngưỡng 90 % tổng số thành viên',       'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (giữ nguyên theo NĐ 152/2025, chưa đối chiếu)'
            CSTDCS,     31/12/2023, 'Ngưỡng trên 50 % tổng số thành viên',  'Biểu quyết theo đa số (quá bán) – mặc định, tỉnh có thể quy định khác'
            CSTDCS,     01/01/2024, 'Ngưỡng 80 % tổng số thành viên',       'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (giữ nguyên theo NĐ 152/2025, chưa đối chiếu)'
            CO_TD_TINH, 20/12/2025, 'Ngưỡng 80 % tổng số thành viên',       'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (giữ nguyên theo NĐ 152/2025, chưa đối chiếu)'
            CO_TD_CP,   20/12/2025, 'Ngưỡng 80 % tổng số thành viên',       'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (giữ nguyên theo NĐ 152/2025, chưa đối chiếu)'
            BK_TINH,    20/12/2025, 'Ngưỡng trên 50 % tổng số thành viên',  'Biểu quyết theo đa số (quá bán) – mặc định, tỉnh có thể quy định khác'
            LDTT,       20/12/2025, 'Ngưỡng trên 50 % tổng số thành viên',  'Biểu quyết theo đa số (quá bán) – mặc định, tỉnh có thể quy định khác'
            """)
    void thresholdsAreChosenByTheDate(String code, String day, String label, String legalRef) {
        VoteThreshold t = council.admin().rules().threshold(code, VnFormat.parseDate(day).orElseThrow()).orElseThrow();
        assertEquals(label, t.label());
        assertEquals(legalRef, t.legalRef());
    }

    @Test
    void meetingRulesAreDatedConfiguration() {
        CouncilRules rules = council.admin().rules();
        assertTrue(rules.threshold("CSTD_TINH", LocalDate.of(2017, 7, 30)).isEmpty());
        var award = rules.meetingRule(SessionKind.XET_KHEN_THUONG, MEETING_DAY).orElseThrow();
        assertEquals("80 %", award.quorum().text());
        assertEquals(2, award.maxRounds());
        assertEquals("QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh (quorum, mẫu tham khảo)", award.legalRef());
        assertEquals("2/3", rules.meetingRule(SessionKind.THUONG_KY, MEETING_DAY).orElseThrow().quorum().text());
    }

    @Test
    void councilAndMembersAreValidated() {
        ValidationException dup = assertThrows(ValidationException.class, () -> council.admin().saveCouncil(
                new Council(0, "Hội đồng khác", "123/QĐ-UBND", LocalDate.of(2024, 2, 1), "UBND tỉnh")));
        assertEquals(List.of("Số quyết định thành lập: quyết định số \"123/QĐ-UBND\" đã được dùng cho một Hội đồng khác"),
                messages(dup));
        ValidationException empty = assertThrows(ValidationException.class,
                () -> council.admin().saveMember(new CouncilMember(0, hd.id(), " ", null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1))));
        assertEquals(List.of("Họ và tên: chưa nhập họ và tên thành viên", "Vai trò trong Hội đồng: chưa chọn vai trò trong Hội đồng",
                "Nhiệm kỳ đến ngày: ngày kết thúc nhiệm kỳ (01/01/2023) trước ngày bắt đầu (01/01/2024)"), messages(empty));
        ValidationException secondChair = assertThrows(ValidationException.class, () -> council.admin().saveMember(new CouncilMember(0,
                hd.id(), "Người thứ hai", null, MemberRole.CHU_TICH, LocalDate.of(2025, 6, 1), null)));
        assertEquals(List.of("Vai trò trong Hội đồng: Hội đồng đã có Chủ tịch trong cùng nhiệm kỳ: Chủ tịch UBND tỉnh"), messages(secondChair));

        List<CouncilMember> listed = council.admin().members(hd.id());
        assertEquals(16, listed.size());
        assertEquals(MemberRole.CHU_TICH, listed.get(0).role());
        assertEquals("Trưởng phòng Thi đua", listed.get(listed.size() - 1).fullName());
        assertEquals(15, council.admin().activeMembers(hd.id(), MEETING_DAY).size());
        assertEquals(16, council.admin().activeMembers(hd.id(), LocalDate.of(2024, 6, 1)).size());
    }

    @Test
    void theCouncilKeepsItsPlaceTheAuthoritiesItReportsToAndMembersFromTheStaff() {
        Council edited = council.admin().saveCouncil(new Council(hd.id(), hd.name(), hd.decisionNo(), hd.decisionDate(),
                hd.authority(), " Bắc Ninh ", java.util.Map.of("CHU_TICH_UBND_TINH", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh",
                "GIAM_DOC_SO", " ")));
        Council read = council.admin().councils().stream().filter(c -> c.id() == hd.id()).findFirst().orElseThrow();
        assertEquals(edited, read);
        assertEquals("Bắc Ninh", read.place());
        assertEquals(java.util.Map.of("CHU_TICH_UBND_TINH", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"), read.addressees(),
                "a blank addressee is the law's default, not stored");
        ValidationException unknown = assertThrows(ValidationException.class, () -> council.admin().saveCouncil(
                new Council(hd.id(), hd.name(), hd.decisionNo(), hd.decisionDate(), hd.authority(), null,
                        java.util.Map.of("BO_TRUONG", "Bộ trưởng"))));
        assertEquals(List.of("Kính gửi (cấp trình): không có cấp quyết định BO_TRUONG"), messages(unknown));
        assertEquals("Bắc Ninh", council.admin().councils().stream().filter(c -> c.id() == hd.id()).findFirst().orElseThrow()
                .place(), "a refused save leaves the council as it was");

        long an = new PeopleService(db, new RecordService(db, new CatalogueService(db)), Clock.systemDefaultZone()).index()
                .all().stream().filter(r -> r.person().code().equals("CB01")).findFirst().orElseThrow().person().id();
        CouncilMember staff = council.admin().saveMember(new CouncilMember(0, hd.id(), "Nguyễn Văn An", "Chánh Văn phòng",
                MemberRole.UY_VIEN, hd.decisionDate(), null, an));
        assertEquals(an, council.admin().members(hd.id()).stream().filter(m -> m.id() == staff.id()).findFirst().orElseThrow()
                .personId());
        assertEquals(null, members.get(0).personId(), "a member typed by name is an outsider");
    }

    @Test
    void meetingNeedsOfficersInOffice() {
        CouncilMember former = council.admin().members(hd.id()).stream().filter(x -> x.termTo() != null).findFirst().orElseThrow();
        ValidationException e = assertThrows(ValidationException.class, () -> council.meetings().saveMeeting(new Meeting(0, hd.id(),
                MEETING_DAY, null, "", SessionKind.XET_KHEN_THUONG, null, former.id(), former.id())));
        assertEquals(List.of("Địa điểm: chưa nhập địa điểm họp",
                "Chủ trì: Ủy viên đã thôi không trong nhiệm kỳ vào ngày 20/12/2025",
                "Thư ký: Ủy viên đã thôi không trong nhiệm kỳ vào ngày 20/12/2025",
                "Thư ký: thư ký phải khác người chủ trì"), messages(e));
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        assertEquals(List.of(m), council.meetings().meetings(hd.id()));
        assertThrows(ValidationException.class, () -> council.admin().deleteCouncil(hd.id()));
        assertThrows(ValidationException.class, () -> council.admin().deleteMember(members.get(0).id()));
    }

    @ParameterizedTest(name = "{0}: {1} present")
    @CsvSource(textBlock = """
            XET_KHEN_THUONG, 12, true,  'Đủ số thành viên dự họp: 12/15 (80,00 %) ≥ 80 %'
            XET_KHEN_THUONG, 11, false, 'Không đủ số thành viên dự họp: 11/15 (73,33 %) < 80 %'
            THUONG_KY,       10, true,  'Đủ số thành viên dự họp: 10/15 (66,67 %) ≥ 2/3'
            THUONG_KY,        9, false, 'Không đủ số thành viên dự họp: 9/15 (60,00 %) < 2/3'
            """)
    void quorumCountsMembersInOffice(SessionKind kind, int present, boolean ok, String message) {
        Meeting m = meeting(kind);
        attend(m, present);
        assertEquals(ok, council.meetings().quorum(m.id()).ok());
        assertEquals(message, council.meetings().quorum(m.id()).message());
    }

    @Test
    void attendanceCoversEveryMemberOnce() {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        List<Attendance> list = new ArrayList<>();
        list.add(new Attendance(members.get(0).id(), AttendanceStatus.CO_MAT, null));
        list.add(new Attendance(members.get(0).id(), AttendanceStatus.CO_MAT, null));
        list.add(new Attendance(members.get(1).id(), AttendanceStatus.VANG_CO_LY_DO, " "));
        for (int i = 2; i < 14; i++) {
            list.add(new Attendance(members.get(i).id(), AttendanceStatus.CO_MAT, null));
        }
        ValidationException e = assertThrows(ValidationException.class, () -> council.meetings().setAttendance(m.id(), list));
        assertEquals(List.of("Điểm danh: Chủ tịch UBND tỉnh được điểm danh hai lần",
                "Điểm danh: Phó Chủ tịch thứ nhất: vắng có lý do nhưng chưa ghi lý do",
                "Điểm danh: chưa điểm danh Trưởng phòng Thi đua"), messages(e));
        assertTrue(council.meetings().attendance(m.id()).isEmpty());
    }

    @Test
    void agendaCopiesNamesAndChecksTheSubjectOfTheTitle() {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        Candidate an = council.meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, "CB01", null);
        council.meetings().addCandidate(m.id(), "CO_TD_TINH", SubjectType.TAP_THE, "TT", null);
        council.meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, "CB02", null);
        assertEquals("Nguyễn Văn An", an.fullName());
        assertEquals("Chánh Văn phòng, Văn phòng Sở", an.detail());
        assertEquals(null, an.dossierId(), "a candidate typed in has no dossier (one with a dossier is admitted by its status)");

        ValidationException wrongSubject = assertThrows(ValidationException.class,
                () -> council.meetings().addCandidate(m.id(), "CO_TD_TINH", SubjectType.CA_NHAN, "CB03", null));
        assertEquals(List.of("Danh hiệu/Hình thức: \"Cờ thi đua của Ủy ban nhân dân tỉnh\" không xét cho cá nhân"),
                messages(wrongSubject));
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> council.meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, "CB99", null));
        assertEquals(List.of("Mã cán bộ / mã đơn vị: không tìm thấy cán bộ mã \"CB99\""), messages(unknown));
        ValidationException twice = assertThrows(ValidationException.class,
                () -> council.meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, "CB01", null));
        assertEquals(List.of("Mã cán bộ / mã đơn vị: Nguyễn Văn An đã có trong danh sách xét \"Chiến sĩ thi đua cơ sở\""),
                messages(twice));

        council.meetings().setQuota(m.id(), "CSTDCS", 1);
        List<AgendaGroup> agenda = council.meetings().agenda(m.id());
        assertEquals(List.of("CSTDCS", "CO_TD_TINH"), agenda.stream().map(AgendaGroup::titleCode).toList());
        assertEquals(1, agenda.get(0).quota());
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), agenda.get(0).candidates().stream().map(Candidate::fullName).toList());
        assertEquals("Thanh tra Sở", agenda.get(1).candidates().get(0).fullName());
        assertEquals("Sở Nội vụ", agenda.get(1).candidates().get(0).detail());
    }

    /** Six people proposed for CSTĐCS with a quota of 3; 15 members, {@code present} attending. */
    private List<Candidate> cstdcsMeeting(Meeting m, int present) {
        attend(m, present);
        for (int i = 1; i <= 6; i++) {
            council.meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, "CB0" + i, null);
        }
        council.meetings().setQuota(m.id(), "CSTDCS", 3);
        return council.meetings().agenda(m.id()).get(0).candidates();
    }

    @Test
    void roundIsRefusedWhenCountsDoNotAddUp() {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        List<Candidate> c = cstdcsMeeting(m, 14);
        Map<Long, Integer> votes = votes(c, 15, 14, 13, 13, 12);
        ValidationException e = assertThrows(ValidationException.class,
                () -> council.ballots().recordRound(m.id(), "CSTDCS", new BallotCounts(16, 15, 14, 15, 14, 1), votes));
        assertEquals(List.of("Số phiếu thu về: số phiếu thu về (15) nhiều hơn số phiếu phát ra (14)",
                "Tổng số thành viên Hội đồng: tổng số thành viên Hội đồng (16) khác số thành viên trong nhiệm kỳ "
                        + "vào ngày họp 20/12/2025 (15)",
                "Số thành viên có mặt: số thành viên có mặt (15) khác kết quả điểm danh (14)",
                "Số phiếu đồng ý: Nguyễn Văn An: số phiếu đồng ý (15) nhiều hơn số phiếu hợp lệ (14)",
                "Số phiếu đồng ý: Vũ Thị Giang: chưa nhập số phiếu đồng ý"), messages(e));
        assertTrue(council.ballots().results(m.id()).isEmpty());
    }

    @Test
    void roundIsRefusedWithoutQuorum() {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        List<Candidate> c = cstdcsMeeting(m, 11);
        ValidationException e = assertThrows(ValidationException.class, () -> council.ballots().recordRound(m.id(), "CSTDCS",
                new BallotCounts(15, 11, 11, 11, 11, 0), votes(c, 11, 11, 11, 11, 11, 11)));
        assertEquals(List.of("Điểm danh: Không đủ số thành viên dự họp: 11/15 (73,33 %) < 80 %: phiên họp không được bỏ phiếu"),
                messages(e));
    }

    @Test
    void denominatorIsEveryMemberNotThosePresent() {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        attend(m, 12);
        Candidate an = council.meetings().addCandidate(m.id(), "CSTD_TINH", SubjectType.CA_NHAN, "CB01", null);
        TallyResult r = council.ballots().recordRound(m.id(), "CSTD_TINH", new BallotCounts(15, 12, 12, 12, 12, 0), Map.of(an.id(), 12));
        TallyOutcome o = r.outcome(an.id()).orElseThrow();
        assertEquals("80.00", o.percent().toPlainString());
        assertEquals("Không đạt", o.result());
        assertEquals("Ngưỡng 90 % tổng số thành viên", o.note());
    }

    @Test
    void tieAtTheCutIsResolvedBySecondRoundAndRoundsAreLimited() {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        List<Candidate> c = cstdcsMeeting(m, 15);
        BallotCounts all = new BallotCounts(15, 15, 15, 15, 15, 0);
        TallyResult first = council.ballots().recordRound(m.id(), "CSTDCS", all, votes(c, 15, 14, 13, 13, 12, 11));
        assertEquals(List.of(Selection.SELECTED, Selection.SELECTED, Selection.TIED_AT_CUT, Selection.TIED_AT_CUT,
                Selection.BEYOND_QUOTA, Selection.NOT_REACHED), first.outcomes().stream().map(TallyOutcome::selection).toList());
        // NĐ 152/2025 Điều 4 khoản 6: CB04 (Phạm Thị Dung) is a woman, CB03 is not: only she is marked, nobody is picked
        assertEquals(first.outcome(c.get(2).id()).orElseThrow().note().indexOf("ưu tiên"), -1);
        assertTrue(first.outcome(c.get(3).id()).orElseThrow().note().endsWith("; nữ: ưu tiên khi thành tích ngang nhau ("
                + WOMEN_REF + ")"), first.outcome(c.get(3).id()).orElseThrow().note());
        assertEquals(first.outcomes().stream().map(TallyOutcome::selection).toList(), council.ballots().results(m.id()).get(0)
                .outcomes().stream().map(TallyOutcome::selection).toList());
        assertTrue(council.ballots().results(m.id()).get(0).outcome(c.get(3).id()).orElseThrow().note().contains("nữ: ưu tiên"));

        ValidationException notTied = assertThrows(ValidationException.class,
                () -> council.ballots().secondRound(m.id(), "CSTDCS", all, votes(c, 15, 14, 13, 13)));
        assertEquals(List.of("Số phiếu đồng ý: ứng viên mã " + c.get(0).id() + " không thuộc diện bỏ phiếu vòng này",
                "Số phiếu đồng ý: ứng viên mã " + c.get(1).id() + " không thuộc diện bỏ phiếu vòng này"), messages(notTied));

        Map<Long, Integer> tiedAgain = Map.of(c.get(2).id(), 13, c.get(3).id(), 13);
        TallyResult second = council.ballots().secondRound(m.id(), "CSTDCS", all, tiedAgain);
        assertEquals(2, second.round());
        assertTrue(second.undecided());
        ValidationException third = assertThrows(ValidationException.class,
                () -> council.ballots().secondRound(m.id(), "CSTDCS", all, tiedAgain));
        assertEquals(List.of("Vòng bỏ phiếu: đã bỏ phiếu đủ 2 vòng (số vòng tối đa); Chủ tịch Hội đồng quyết định "
                + "các trường hợp đồng hạng tại điểm cắt"), messages(third));

        // Entering round 1 again replaces every round of the title; then round 2 settles the tie.
        council.ballots().recordRound(m.id(), "CSTDCS", all, votes(c, 15, 14, 13, 13, 12, 11));
        Map<Long, Integer> round2 = new HashMap<>();
        round2.put(c.get(2).id(), 12);
        round2.put(c.get(3).id(), 14);
        TallyResult settled = council.ballots().secondRound(m.id(), "CSTDCS", new BallotCounts(15, 15, 15, 14, 14, 0), round2);
        assertFalse(settled.undecided());
        assertEquals(List.of(c.get(0).id(), c.get(1).id(), c.get(3).id()),
                settled.with(Selection.SELECTED).stream().map(TallyOutcome::candidateId).toList());
        assertEquals(List.of(settled), council.ballots().results(m.id()));
        assertEquals(List.of(1, 2), council.ballots().rounds(m.id()).stream().map(r -> r.round()).toList());
        ValidationException decided = assertThrows(ValidationException.class,
                () -> council.ballots().secondRound(m.id(), "CSTDCS", all, Map.of()));
        assertEquals(List.of("Vòng bỏ phiếu: \"Chiến sĩ thi đua cơ sở\" không có ứng viên đồng hạng tại điểm cắt, "
                + "không cần bỏ phiếu thêm"), messages(decided));
        assertThrows(ValidationException.class, () -> council.meetings().setQuota(m.id(), "CSTDCS", 4));
        assertThrows(ValidationException.class, () -> council.meetings().removeCandidate(c.get(0).id()));
        council.ballots().clearRounds(m.id(), "CSTDCS");
        council.meetings().setQuota(m.id(), "CSTDCS", 4);
        assertTrue(council.ballots().results(m.id()).isEmpty());
    }

    @Test
    void tallyWorkbookOfAMeetingIsWrittenAndImported(@TempDir Path dir) throws Exception {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        List<Candidate> c = cstdcsMeeting(m, 14);
        Path file = dir.resolve("kiem-phieu.xlsx");
        council.ballots().writeTallyWorkbook(m.id(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(TallyWorkbook.SHEET);
            assertEquals("CB01", s.getRow(7).getCell(1).getStringCellValue());
            assertEquals("Chiến sĩ thi đua cơ sở", s.getRow(7).getCell(3).getStringCellValue());
            assertEquals(3.0, s.getRow(12).getCell(4).getNumericCellValue());
            int[] counts = {15, 14, 14, 14, 14};
            for (int i = 0; i < counts.length; i++) {
                s.getRow(i).createCell(1).setCellValue(counts[i]);
            }
            int[] v = {14, 13, 12, 12, 11, 10};
            for (int i = 0; i < v.length; i++) {
                s.getRow(7 + i).createCell(5).setCellValue(v[i]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        List<TallyResult> results = council.ballots().importTallyWorkbook(m.id(), file, false);
        assertEquals(1, results.size());
        assertEquals(List.of(Selection.SELECTED, Selection.SELECTED, Selection.TIED_AT_CUT, Selection.TIED_AT_CUT,
                Selection.NOT_REACHED, Selection.NOT_REACHED), results.get(0).outcomes().stream().map(TallyOutcome::selection).toList());
        assertEquals(c.get(0).id(), results.get(0).outcomes().get(0).candidateId());
        assertEquals(results, council.ballots().results(m.id()));
    }
    @Test
    void aTallyWorkbookTypedInTcvn3AndVniIsRecordedOnlyOnceItsConversionsAreAccepted(@TempDir Path dir) throws Exception {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        cstdcsMeeting(m, 14);
        Path file = dir.resolve("kiem-phieu-tcvn3.xlsx");
        council.ballots().writeTallyWorkbook(m.id(), file);
        fillTally(file, vn.tdkt.common.domain.LegacyEncoding.TCVN3.encode("Chiến sĩ thi đua cơ sở"),
                vn.tdkt.common.domain.LegacyEncoding.VNI.encode("Chiến sĩ thi đua cơ sở"), null);
        vn.tdkt.common.domain.ConversionsNotAccepted refusal = assertThrows(vn.tdkt.common.domain.ConversionsNotAccepted.class,
                () -> council.ballots().importTallyWorkbook(m.id(), file, false));
        assertEquals(List.of("Kiểm phiếu!8:Danh hiệu/Hình thức:TCVN3", "Kiểm phiếu!9:Danh hiệu/Hình thức:VNI"),
                refusal.conversions().stream().map(c -> c.sheet() + "!" + c.row() + ":" + c.column() + ":" + c.encoding()).toList());
        assertTrue(council.ballots().results(m.id()).isEmpty(), "declined: no round recorded");

        List<TallyResult> results = council.ballots().importTallyWorkbook(m.id(), file, true);
        assertEquals(6, results.get(0).outcomes().size(), "the converted titles match the agenda");
        assertEquals(results, council.ballots().results(m.id()));
    }

    @Test
    void aTallyCellEitherEncodingExplainsIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
        Meeting m = meeting(SessionKind.XET_KHEN_THUONG);
        cstdcsMeeting(m, 14);
        Path file = dir.resolve("kiem-phieu-mo-ho.xlsx");
        council.ballots().writeTallyWorkbook(m.id(), file);
        fillTally(file, vn.tdkt.common.domain.LegacyEncoding.TCVN3.encode("Chiến sĩ thi đua cơ sở"),
                vn.tdkt.common.domain.LegacyEncoding.VNI.encode("Chiến sĩ thi đua cơ sở"), "Hu\u00D5");
        ValidationException e = assertThrows(ValidationException.class, () -> council.ballots().importTallyWorkbook(m.id(), file, true));
        assertTrue(e.problems().stream().anyMatch(p -> p.describe().startsWith("Sheet 'Kiểm phiếu', dòng 10, cột 'Họ và tên':")
                && p.describe().contains("TCVN3 hay VNI")), e.problems().stream().map(Problem::describe).toList().toString());
        assertTrue(council.ballots().results(m.id()).isEmpty(), "nothing recorded");
    }

    /** Fills the counts and votes of the meeting's tally workbook; rows 8 and 9 get the given titles, row 10 a name. */
    private static void fillTally(Path file, String title8, String title9, String name10) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(TallyWorkbook.SHEET);
            int[] counts = {15, 14, 14, 14, 14};
            for (int i = 0; i < counts.length; i++) {
                s.getRow(i).createCell(1).setCellValue(counts[i]);
            }
            int[] v = {14, 13, 12, 12, 11, 10};
            for (int i = 0; i < v.length; i++) {
                s.getRow(7 + i).createCell(5).setCellValue(v[i]);
            }
            s.getRow(7).getCell(3).setCellValue(title8);
            s.getRow(8).getCell(3).setCellValue(title9);
            if (name10 != null) {
                s.getRow(9).getCell(2).setCellValue(name10);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
