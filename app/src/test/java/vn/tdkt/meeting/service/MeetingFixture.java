package vn.tdkt.meeting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.service.CouncilServices;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.record.service.RecordService;

/**
 * A fictional provincial council (Hưng Yên, 15 members, 14 present) meeting on 20/12/2025 to consider 2025: two
 * candidates for CSTĐ cấp tỉnh (90 %), three for CSTĐCS (80 %, quota 2), a school for Cờ thi đua (80 %), with the
 * records their reports are prefilled from. {@link #vote()} records the ballots.
 */
final class MeetingFixture implements AutoCloseable {

    static final LocalDate DAY = LocalDate.of(2025, 12, 20);
    static final String[][] MEMBERS = {
        {"Nguyễn Hùng Nam", "Chủ tịch Ủy ban nhân dân tỉnh", "CHU_TICH"},
        {"Trần Văn Phúc", "Giám đốc Sở Nội vụ", "PHO_CHU_TICH"},
        {"Lê Thị Hương", "Chủ tịch Liên đoàn Lao động tỉnh", "PHO_CHU_TICH"},
        {"Phạm Quang Huy", "Giám đốc Sở Tài chính", "UY_VIEN"},
        {"Hoàng Thị Lan", "Giám đốc Sở Giáo dục và Đào tạo", "UY_VIEN"},
        {"Vũ Đình Khoa", "Giám đốc Sở Y tế", "UY_VIEN"},
        {"Đặng Thu Trang", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "UY_VIEN"},
        {"Bùi Văn Tiến", "Giám đốc Sở Tư pháp", "UY_VIEN"},
        {"Ngô Minh Châu", "Giám đốc Sở Nông nghiệp và Môi trường", "UY_VIEN"},
        {"Đỗ Quốc Việt", "Giám đốc Sở Xây dựng", "UY_VIEN"},
        {"Lý Thị Ngọc", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "UY_VIEN"},
        {"Trịnh Văn Sơn", "Bí thư Tỉnh đoàn", "UY_VIEN"},
        {"Mai Anh Tuấn", "Giám đốc Sở Công Thương", "UY_VIEN"},
        {"Phan Thị Hà", "Tổng Biên tập Báo Hưng Yên", "UY_VIEN"},
        {"Cao Văn Thành", "Trưởng phòng Thi đua, khen thưởng, Sở Nội vụ", "UY_VIEN_THU_KY"},
    };
    static final int ABSENT = 9;

    final Database db = Database.inMemory();
    final CatalogueService catalogue = new CatalogueService(db);
    final RecordService records = new RecordService(db, catalogue);
    final CouncilServices council = CouncilServices.of(db, catalogue, vn.tdkt.council.domain.WomenAtTies.Rule.none());
    final OrgService org = new OrgService(db);
    final PeopleService people;
    final MeetingPackService pack;
    final Unit snv;
    final Unit tdkt;
    final Unit sgd;
    final Unit school;
    final Person an;
    final Person binh;
    final Person cuong;
    final Person dung;
    final Person giang;
    final Council hd;
    final List<CouncilMember> members = new ArrayList<>();
    final Meeting meeting;
    private int personSeq;

    MeetingFixture() {
        Clock clock = Clock.fixed(DAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        people = new PeopleService(db, records, clock);
        pack = new MeetingPackService(db, catalogue, council,
                new vn.tdkt.review.service.ReviewEligibility(new vn.tdkt.review.service.ReviewService(db, catalogue, clock), clock));
        snv = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        tdkt = org.saveUnit(new Unit(0, "SNV-TDKT", "Phòng Thi đua, khen thưởng", snv.id(), null));
        sgd = org.saveUnit(new Unit(0, "SGD", "Sở Giáo dục và Đào tạo", null, null));
        school = org.saveUnit(new Unit(0, "THPT-HY", "Trường Trung học phổ thông chuyên Hưng Yên", sgd.id(), null));
        an = person("Nguyễn Văn An", Gender.MALE, "Trưởng phòng", tdkt, new PersonProfile("Xã Tân Lập, tỉnh Hưng Yên",
                "Phường Hiến Nam, tỉnh Hưng Yên", "Thạc sĩ Quản lý công", "Cao cấp", "Thạc sĩ"));
        binh = person("Trần Thị Bình", Gender.FEMALE, "Phó Trưởng phòng", tdkt);
        cuong = person("Lê Văn Cường", Gender.MALE, "Chuyên viên", tdkt);
        dung = person("Phạm Thị Dung", Gender.FEMALE, "Giáo viên", school);
        giang = person("Hoàng Văn Giang", Gender.MALE, "Giáo viên", school);
        person("Đinh Thị Hoa", Gender.FEMALE, "Hiệu trưởng", school);
        person("Vũ Minh Tuấn", Gender.MALE, "Giám đốc", snv);
        history();
        // the council's địa danh is set on it (issue #12), not guessed from the authority's name
        hd = council.admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên", "1520/QĐ-UBND",
                LocalDate.of(2025, 8, 5), "Ủy ban nhân dân tỉnh Hưng Yên", "Hưng Yên",
                java.util.Map.of()));
        for (String[] m : MEMBERS) {
            members.add(council.admin().saveMember(new CouncilMember(0, hd.id(), m[0], m[1], MemberRole.valueOf(m[2]),
                    LocalDate.of(2025, 8, 5), null)));
        }
        meeting = council.meetings().saveMeeting(new Meeting(0, hd.id(), DAY, LocalTime.of(8, 30),
                "Phòng họp tầng 3, trụ sở Ủy ban nhân dân tỉnh", SessionKind.XET_KHEN_THUONG,
                "Xét đề nghị khen thưởng năm 2025", members.get(0).id(), members.get(14).id()));
        List<Attendance> roll = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            roll.add(i == ABSENT ? new Attendance(members.get(i).id(), AttendanceStatus.VANG_CO_Y_KIEN,
                    "Đồng ý với danh sách đề nghị") : new Attendance(members.get(i).id(), AttendanceStatus.CO_MAT, null));
        }
        council.meetings().setAttendance(meeting.id(), roll);
        council.meetings().addCandidate(meeting.id(), "CSTD_TINH", SubjectType.CA_NHAN, an.code(), null);
        council.meetings().addCandidate(meeting.id(), "CSTD_TINH", SubjectType.CA_NHAN, binh.code(), null);
        council.meetings().addCandidate(meeting.id(), "CSTDCS", SubjectType.CA_NHAN, cuong.code(), null);
        council.meetings().addCandidate(meeting.id(), "CSTDCS", SubjectType.CA_NHAN, dung.code(), null);
        council.meetings().addCandidate(meeting.id(), "CSTDCS", SubjectType.CA_NHAN, giang.code(), null);
        council.meetings().setQuota(meeting.id(), "CSTDCS", 2);
        council.meetings().addCandidate(meeting.id(), "CO_TD_TINH", SubjectType.TAP_THE, school.code(), null);
    }

    Person person(String name, Gender g, String position, Unit unit) {
        return person(name, g, position, unit, PersonProfile.NONE);
    }

    Person person(String name, Gender g, String position, Unit unit, PersonProfile profile) {
        personSeq++;
        return people.save(new Person(0, String.format("CB%03d", personSeq), name, g, LocalDate.of(1980, 5, 12), null,
                position, unit.id(), LocalDate.of(2010, 9, 1), null, profile));
    }

    /** An's three years (2023–2025) with an older award and rating outside them; the school and its teachers. */
    private void history() {
        for (int y = 2023; y <= 2025; y++) {
            records.saveRating(new Rating(0, an.id(), null, y, RatingLevel.HTXSNV));
            records.saveRating(new Rating(0, cuong.id(), null, y, y == 2025 ? RatingLevel.HTXSNV : RatingLevel.HTTNV));
        }
        records.saveRating(new Rating(0, an.id(), null, 2021, RatingLevel.HTTNV));
        award(an.id(), null, "CSTDCS", 2023, "45/QĐ-SNV", LocalDate.of(2023, 12, 28), "Giám đốc Sở Nội vụ");
        award(an.id(), null, "CSTDCS", 2024, "52/QĐ-SNV", LocalDate.of(2024, 12, 27), "Giám đốc Sở Nội vụ");
        award(an.id(), null, "BK_TINH", 2024, "210/QĐ-UBND", LocalDate.of(2025, 1, 15),
                "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên");
        award(an.id(), null, "LDTT", 2019, "31/QĐ-SNV", LocalDate.of(2019, 12, 26), "Giám đốc Sở Nội vụ");
        records.addInitiative(new Initiative(0, an.id(), InitiativeKind.SANG_KIEN, "Số hóa hồ sơ đề nghị khen thưởng",
                InitiativeScope.TINH, 2025, "12/QĐ-HĐSK", LocalDate.of(2025, 11, 20)));
        records.saveRating(new Rating(0, null, school.id(), 2025, RatingLevel.HTXSNV));
        award(null, school.id(), "TTLDXS", 2024, "88/QĐ-SGD", LocalDate.of(2024, 12, 30), "Giám đốc Sở Giáo dục và Đào tạo");
        award(dung.id(), null, "LDTT", 2025, "91/QĐ-THPT", LocalDate.of(2025, 12, 10), "Hiệu trưởng");
        award(giang.id(), null, "LDTT", 2025, "91/QĐ-THPT", LocalDate.of(2025, 12, 10), "Hiệu trưởng");
        award(giang.id(), null, "CSTDCS", 2025, "92/QĐ-THPT", LocalDate.of(2025, 12, 12), "Hiệu trưởng");
    }

    void award(Long personId, Long unitId, String kind, int year, String no, LocalDate date, String authority) {
        records.addAward(new Award(0, personId, unitId, kind, AwardFormType.CONG_TRANG, year, year, no, date, authority));
    }

    List<Candidate> candidates(String title) {
        return council.meetings().agenda(meeting.id()).stream().filter(g -> g.titleCode().equals(title)).findFirst().orElseThrow()
                .candidates();
    }

    /**
     * 14 ballots: An 14 (93,33 %), Bình 12 (80 % < 90 %); Cường 13, Dung 12, Giang 10 (quota 2), the board counting their
     * votes against too (1, 1, 3: Dung's and Giang's other ballots left them blank, #13); the school 13.
     */
    void vote() {
        BallotCounts counts = new BallotCounts(15, 14, 14, 14, 14, 0);
        council.ballots().recordRound(meeting.id(), "CSTD_TINH", counts, votes(candidates("CSTD_TINH"), 14, 12));
        council.ballots().recordRound(meeting.id(), "CSTDCS", counts, votes(candidates("CSTDCS"), 13, 12, 10),
                votes(candidates("CSTDCS"), 1, 1, 3));
        council.ballots().recordRound(meeting.id(), "CO_TD_TINH", counts, votes(candidates("CO_TD_TINH"), 13));
    }

    /** The council of the Sở Nội vụ: its head chairs it, a deputy head is its vice-chair (issue #13, README decision 182). */
    static final String[][] DEPARTMENT_MEMBERS = {
        {"Vũ Minh Tuấn", "Giám đốc Sở Nội vụ", "CHU_TICH"},
        {"Nguyễn Thị Thu", "Phó Giám đốc Sở Nội vụ", "PHO_CHU_TICH"},
        {"Đỗ Văn Hải", "Phó Giám đốc Sở Nội vụ", "UY_VIEN"},
        {"Trần Minh Đức", "Chánh Văn phòng Sở Nội vụ", "UY_VIEN"},
        {"Lương Thị Mai", "Chủ tịch Công đoàn Sở Nội vụ", "UY_VIEN"},
        {"Hà Văn Long", "Trưởng phòng Tổ chức, biên chế, Sở Nội vụ", "UY_VIEN"},
        {"Cao Văn Thành", "Trưởng phòng Thi đua, khen thưởng, Sở Nội vụ", "UY_VIEN_THU_KY"},
    };

    /**
     * The Hội đồng Thi đua - Khen thưởng of the Sở Nội vụ tỉnh Hưng Yên meeting on 15/12/2025, all 7 members present, on
     * the CSTĐCS of two of its staff, the head of the Sở deciding that title (Luật Thi đua, khen thưởng Điều 80): An 7
     * votes, Cường 6 (80 % of 7 is 5,6). Returns the meeting's id.
     */
    long departmentMeeting() {
        LocalDate day = LocalDate.of(2025, 12, 15);
        Council sngv = council.admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "25/QĐ-SNV",
                LocalDate.of(2025, 2, 10), "Sở Nội vụ tỉnh Hưng Yên", "Hưng Yên", Map.of()));
        List<CouncilMember> own = new ArrayList<>();
        for (String[] m : DEPARTMENT_MEMBERS) {
            own.add(council.admin().saveMember(new CouncilMember(0, sngv.id(), m[0], m[1], MemberRole.valueOf(m[2]),
                    LocalDate.of(2025, 2, 10), null)));
        }
        Meeting m = council.meetings().saveMeeting(new Meeting(0, sngv.id(), day, LocalTime.of(14, 0),
                "Phòng họp Sở Nội vụ", SessionKind.XET_KHEN_THUONG, "Xét đề nghị khen thưởng năm 2025", own.get(0).id(),
                own.get(own.size() - 1).id()));
        council.meetings().setAttendance(m.id(), own.stream().map(x -> new Attendance(x.id(), AttendanceStatus.CO_MAT, null))
                .toList());
        council.meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, an.code(), null);
        council.meetings().addCandidate(m.id(), "CSTDCS", SubjectType.CA_NHAN, cuong.code(), null);
        List<Candidate> c = council.meetings().agenda(m.id()).get(0).candidates();
        council.ballots().recordRound(m.id(), "CSTDCS", new BallotCounts(7, 7, 7, 7, 7, 0), votes(c, 7, 6));
        return m.id();
    }

    static Map<Long, Integer> votes(List<Candidate> candidates, int... v) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            out.put(candidates.get(i).id(), v[i]);
        }
        return out;
    }

    @Override
    public void close() {
        db.close();
    }
}
