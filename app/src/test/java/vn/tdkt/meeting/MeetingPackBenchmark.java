package vn.tdkt.meeting;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.council.domain.AgendaGroup;
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
import vn.tdkt.meeting.domain.PackFile;
import vn.tdkt.meeting.service.MeetingPackService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.record.service.RecordService;
import vn.tdkt.bench.BenchText;

/**
 * Meeting pack of 60 nominees (40 CSTĐCS, 15 CSTĐ cấp tỉnh, 5 schools for Cờ thi đua), every document, with a
 * council of 15 members (14 present, so 42 ballots), each nominee with 3 years of ratings, titles, a Bằng khen and an
 * initiative, each school with 20 teachers. Prints the time of the first pack (cold JVM) and of the next three.
 * Run its main on the test class path (target &lt; 5 s).
 */
public final class MeetingPackBenchmark {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 20);
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private MeetingPackBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.inMemory()) {
            CatalogueService catalogue = new CatalogueService(db);
            CouncilServices council = CouncilServices.of(db, catalogue, vn.tdkt.council.domain.WomenAtTies.Rule.none());
            long meetingId = fill(db, catalogue, council);
            MeetingPackService pack = new MeetingPackService(db, catalogue, council, (subject, award, year) -> java.util.Optional.empty());
            Path root = Files.createTempDirectory("meeting-pack-bench");
            for (int run = 1; run <= 4; run++) {
                Path folder = root.resolve("run" + run);
                Timings timings = new Timings();
                long cpu0 = OS.getProcessCpuTime();
                long t0 = System.nanoTime();
                List<PackFile> files = pack.writePack(meetingId, folder, timings);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpuMs = (OS.getProcessCpuTime() - cpu0) / 1_000_000;
                timings.close();
                long bytes = files.stream().mapToLong(PackFile::bytes).sum();
                BenchText.printf("Run %d%s: %d files, %d KB in %d ms (process CPU %d ms, load average %.1f)%n", run,
                        run == 1 ? " (cold)" : "", files.size(), bytes / 1024, ms, cpuMs, OS.getSystemLoadAverage());
                System.out.println("  slowest steps: " + timings.slowest());
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Time between progress reports, i.e. per document. */
    private static final class Timings implements Progress {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private String current;
        private long since;

        @Override
        public void update(String message, long done, long total) {
            close();
            current = message;
            since = System.nanoTime();
        }

        void close() {
            if (current != null) {
                millis.merge(current.replaceAll("của .* đề nghị", "…"), (System.nanoTime() - since) / 1_000_000, Long::sum);
            }
            current = null;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        String slowest() {
            return millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .map(e -> e.getKey() + " " + e.getValue() + " ms").toList().toString();
        }
    }

    private static long fill(Database db, CatalogueService catalogue, CouncilServices council) {
        RecordService records = new RecordService(db, catalogue);
        PeopleService people = new PeopleService(db, records, Clock.fixed(DAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));
        OrgService org = new OrgService(db);
        Unit sgd = org.saveUnit(new Unit(0, "SGD", "Sở Giáo dục và Đào tạo", null, null));
        Unit snv = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        List<Unit> schools = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            schools.add(org.saveUnit(new Unit(0, "THPT" + s, "Trường Trung học phổ thông số " + s, sgd.id(), null)));
        }
        Council c = council.admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên", "1520/QĐ-UBND",
                LocalDate.of(2025, 8, 5), "Ủy ban nhân dân tỉnh Hưng Yên"));
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            MemberRole role = i == 0 ? MemberRole.CHU_TICH : i < 3 ? MemberRole.PHO_CHU_TICH : i == 14 ? MemberRole.UY_VIEN_THU_KY
                    : MemberRole.UY_VIEN;
            members.add(council.admin().saveMember(new CouncilMember(0, c.id(), "Thành viên " + (i + 1), "Giám đốc Sở số " + (i + 1), role,
                    LocalDate.of(2025, 8, 5), null)));
        }
        Meeting m = council.meetings().saveMeeting(new Meeting(0, c.id(), DAY, LocalTime.of(8, 0), "Hội trường Ủy ban nhân dân tỉnh",
                SessionKind.XET_KHEN_THUONG, "Xét đề nghị khen thưởng năm 2025", members.get(0).id(), members.get(14).id()));
        List<Attendance> roll = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            roll.add(new Attendance(members.get(i).id(), i == 7 ? AttendanceStatus.VANG_CO_Y_KIEN : AttendanceStatus.CO_MAT,
                    i == 7 ? "Đồng ý với danh sách" : null));
        }
        council.meetings().setAttendance(m.id(), roll);
        int seq = 0;
        for (Unit school : schools) {
            for (int t = 0; t < 20; t++) {
                Person p = people.save(new Person(0, String.format("GV%04d", ++seq), "Giáo viên " + seq, Gender.FEMALE,
                        LocalDate.of(1985, 3, 4), null, t == 0 ? "Hiệu trưởng" : "Giáo viên", school.id(), LocalDate.of(2012, 9, 1),
                        null));
                records.addAward(new Award(0, p.id(), null, t % 4 == 0 ? "CSTDCS" : "LDTT", AwardFormType.CONG_TRANG, 2025, 2025,
                        "9" + school.code() + "/QĐ", LocalDate.of(2025, 12, 10), "Hiệu trưởng"));
            }
            records.saveRating(new Rating(0, null, school.id(), 2025, RatingLevel.HTXSNV));
            council.meetings().addCandidate(m.id(), "CO_TD_TINH", SubjectType.TAP_THE, school.code(), null);
        }
        for (int n = 1; n <= 55; n++) {
            Person p = people.save(new Person(0, String.format("CB%04d", n), "Cán bộ số " + n, n % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    LocalDate.of(1980, 1, 1 + n % 28), null, "Chuyên viên", snv.id(), LocalDate.of(2010, 1, 1), null));
            for (int y = 2023; y <= 2025; y++) {
                records.saveRating(new Rating(0, p.id(), null, y, RatingLevel.HTXSNV));
                records.addAward(new Award(0, p.id(), null, "CSTDCS", AwardFormType.CONG_TRANG, y, y, n + "/QĐ-SNV-" + y,
                        LocalDate.of(y, 12, 28), "Giám đốc Sở Nội vụ"));
            }
            records.addAward(new Award(0, p.id(), null, "BK_TINH", AwardFormType.CONG_TRANG, 2024, 2024, "210/QĐ-UBND",
                    LocalDate.of(2025, 1, 15), "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"));
            records.addInitiative(new Initiative(0, p.id(), InitiativeKind.SANG_KIEN, "Sáng kiến số " + n, InitiativeScope.CO_SO,
                    2025, n + "/QĐ-HĐSK", LocalDate.of(2025, 11, 20)));
            council.meetings().addCandidate(m.id(), n <= 40 ? "CSTDCS" : "CSTD_TINH", SubjectType.CA_NHAN, p.code(), null);
        }
        BallotCounts counts = new BallotCounts(15, 14, 14, 14, 14, 0);
        for (AgendaGroup g : council.meetings().agenda(m.id())) {
            Map<Long, Integer> votes = new LinkedHashMap<>();
            int i = 0;
            for (Candidate cand : g.candidates()) {
                votes.put(cand.id(), 14 - i++ % 5);
            }
            council.ballots().recordRound(m.id(), g.titleCode(), counts, votes);
        }
        return m.id();
    }
}
