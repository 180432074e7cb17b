package vn.tdkt.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The fictional "Sở Nội vụ tỉnh Hưng Yên": units, blocs, people and their history, generated from a seed.
 * Awards follow the ratings and the law (Luật Thi đua, khen thưởng 2022): LĐTT for HTTNV+ without discipline
 * in force and with enough months of service, CSTĐCS for LĐTT + (HTXSNV or an initiative), CSTĐ tỉnh for three
 * consecutive CSTĐCS + a provincial initiative, Bằng khen tỉnh for two consecutive CSTĐCS, collective titles
 * from the members' results. Ratings run up to {@link #LAST_YEAR}; awards for the last year are left for the
 * review (no decision is dated after {@link #LAST_YEAR}).
 */
final class SampleData {

    static final int LAST_YEAR = 2025;
    static final String ROOT_CODE = "SNV";
    static final String ROOT_NAME = "Sở Nội vụ tỉnh Hưng Yên";
    static final String BY_DIRECTOR = "Giám đốc Sở Nội vụ";
    static final String BY_PROVINCE = "Chủ tịch UBND tỉnh";

    static final String LDTT = "Lao động tiên tiến";
    static final String CSTDCS = "Chiến sĩ thi đua cơ sở";
    static final String CSTD_TINH = "Chiến sĩ thi đua cấp tỉnh";
    static final String BK_TINH = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
    static final String GIAY_KHEN = "Giấy khen";
    static final String TTLDTT = "Tập thể lao động tiên tiến";
    static final String TTLDXS = "Tập thể lao động xuất sắc";
    static final String CO_TINH = "Cờ thi đua của Ủy ban nhân dân tỉnh";

    record UnitRow(String code, String name, String parentCode, String bloc) {
    }

    record PersonRow(String code, String name, Gender gender, LocalDate birthDate, String personalId, String position,
                     int unit, LocalDate startDate, LocalDate endDate) {
    }

    record Decision(String number, LocalDate date, String authority) {
    }

    record DisciplineRow(int person, DisciplineForm form, Decision decision, LocalDate effectiveUntil) {

        boolean inForceDuring(int year) {
            return decision.date().getYear() <= year && effectiveUntil.getYear() >= year;
        }
    }

    record InitiativeRow(int person, String title, InitiativeScope scope, int year, Decision decision,
                         InitiativeKind kind) {
    }

    /** A line of award history; exactly one of person and unit is ≥ 0. */
    record AwardRow(int person, int unit, String kind, AwardFormType formType, int yearFrom, int yearTo,
                    Decision decision) {
    }

    record LeaderRow(String bloc, int year, int unit) {
    }

    final int firstYear;
    final List<UnitRow> units = new ArrayList<>();
    final List<String> blocs = new ArrayList<>();
    final List<PersonRow> people = new ArrayList<>();
    /** [person][year - firstYear], null when the person was not rated (not employed) that year. */
    final RatingLevel[][] personRatings;
    /** [unit][year - firstYear]. */
    final RatingLevel[][] unitRatings;
    final List<DisciplineRow> disciplines = new ArrayList<>();
    final List<InitiativeRow> initiatives = new ArrayList<>();
    final List<AwardRow> awards = new ArrayList<>();
    final List<LeaderRow> leaders = new ArrayList<>();

    private SampleData(int firstYear, int unitCount, int peopleCount) {
        this.firstYear = firstYear;
        this.personRatings = new RatingLevel[peopleCount][LAST_YEAR - firstYear + 1];
        this.unitRatings = new RatingLevel[unitCount][LAST_YEAR - firstYear + 1];
    }

    RatingLevel rating(int person, int year) {
        return year < firstYear || year > LAST_YEAR ? null : personRatings[person][year - firstYear];
    }

    /** Number of history rows (ratings, discipline, initiatives, awards, bloc leaders). */
    int historyRows() {
        int ratings = 0;
        for (RatingLevel[][] table : new RatingLevel[][][] {personRatings, unitRatings}) {
            for (RatingLevel[] row : table) {
                for (RatingLevel r : row) {
                    ratings += r == null ? 0 : 1;
                }
            }
        }
        return ratings + disciplines.size() + initiatives.size() + awards.size() + leaders.size();
    }

    static SampleData generate(int unitCount, int peopleCount, int years, long seed) {
        if (unitCount < 1 || peopleCount < 1 || years < 1 || years > 30) {
            throw new IllegalArgumentException("units ≥ 1, people ≥ 1, 1 ≤ years ≤ 30 expected");
        }
        SampleData data = new SampleData(LAST_YEAR - years + 1, unitCount, peopleCount);
        new Generator(data, new Random(seed)).run(unitCount, peopleCount);
        return data;
    }

    // ------------------------------------------------------------------------------------------------------------

    private enum Role { DIRECTOR, VICE_DIRECTOR, HEAD, DEPUTY, STAFF }

    /** Scripted histories that give the review interesting cases. */
    private enum Story { NONE, STAR, NEAR_PROVINCIAL, NEAR_BK, DISCIPLINED }

    private record UnitKind(String code, String name, int bloc, int weight, String head, String deputy,
                            List<String> staff) {
    }

    private static final List<String> BLOC_NAMES = List.of(
            "Khối các phòng quản lý nhà nước", "Khối Văn phòng, Thanh tra và Ban Tôn giáo",
            "Khối các đơn vị sự nghiệp");

    private static final List<String> OFFICE_STAFF = List.of(
            "Chuyên viên chính", "Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên");

    private static final List<UnitKind> UNIT_KINDS = List.of(
            new UnitKind("VP", "Văn phòng Sở", 1, 14, "Chánh Văn phòng", "Phó Chánh Văn phòng",
                    List.of("Chuyên viên chính", "Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên", "Văn thư",
                            "Văn thư", "Kế toán", "Lái xe")),
            new UnitKind("TTR", "Thanh tra Sở", 1, 8, "Chánh Thanh tra", "Phó Chánh Thanh tra",
                    List.of("Thanh tra viên chính", "Thanh tra viên", "Thanh tra viên")),
            new UnitKind("TCBC", "Phòng Tổ chức - Biên chế", 0, 9, "Trưởng phòng", "Phó Trưởng phòng", OFFICE_STAFF),
            new UnitKind("XDCQ", "Phòng Xây dựng chính quyền", 0, 9, "Trưởng phòng", "Phó Trưởng phòng", OFFICE_STAFF),
            new UnitKind("TDKT", "Phòng Thi đua - Khen thưởng", 0, 9, "Trưởng phòng", "Phó Trưởng phòng", OFFICE_STAFF),
            new UnitKind("CCVC", "Phòng Công chức - Viên chức", 0, 9, "Trưởng phòng", "Phó Trưởng phòng", OFFICE_STAFF),
            new UnitKind("LDVL", "Phòng Lao động - Việc làm", 0, 9, "Trưởng phòng", "Phó Trưởng phòng", OFFICE_STAFF),
            new UnitKind("BTG", "Ban Tôn giáo", 1, 10, "Trưởng ban", "Phó Trưởng ban", OFFICE_STAFF),
            new UnitKind("TTLT", "Trung tâm Lưu trữ lịch sử", 2, 16, "Giám đốc Trung tâm", "Phó Giám đốc Trung tâm",
                    List.of("Lưu trữ viên chính", "Lưu trữ viên", "Lưu trữ viên", "Lưu trữ viên", "Lưu trữ viên",
                            "Lưu trữ viên", "Kế toán", "Nhân viên")),
            new UnitKind("TTDVVL", "Trung tâm Dịch vụ việc làm", 2, 18, "Giám đốc Trung tâm", "Phó Giám đốc Trung tâm",
                    List.of("Chuyên viên tư vấn việc làm", "Chuyên viên tư vấn việc làm", "Chuyên viên", "Chuyên viên",
                            "Chuyên viên", "Cán sự", "Kế toán")));

    private static final List<String> BRANCH_PLACES = List.of(
            "Văn Lâm", "Văn Giang", "Mỹ Hào", "Yên Mỹ", "Ân Thi", "Khoái Châu", "Kim Động", "Tiên Lữ", "Phù Cừ",
            "Phố Hiến", "Thái Bình", "Đông Hưng", "Hưng Hà", "Quỳnh Phụ", "Thái Thụy", "Tiền Hải", "Kiến Xương",
            "Vũ Thư");
    private static final UnitKind BRANCH = new UnitKind("CN", "Chi nhánh Trung tâm Dịch vụ việc làm khu vực ", 2, 12,
            "Giám đốc Chi nhánh", "Phó Giám đốc Chi nhánh", List.of("Chuyên viên tư vấn việc làm", "Chuyên viên", "Cán sự"));

    /** Provinces of birth registration (Hưng Yên first, then its neighbours), weights in percent. */
    private static final String[] PROVINCES = {"033", "034", "030", "001", "036", "035", "027", "031", "037", "019"};
    private static final int[] PROVINCE_WEIGHT = {62, 14, 7, 5, 4, 3, 2, 1, 1, 1};

    /** Initiative titles; " tại <đơn vị>" or the provincial / national reach is appended. */
    private static final List<String> INITIATIVE_TITLES = List.of(
            "Giải pháp số hóa hồ sơ cán bộ, công chức",
            "Ứng dụng phần mềm quản lý văn bản và điều hành",
            "Cải tiến quy trình tiếp nhận, xử lý văn bản đến",
            "Xây dựng cơ sở dữ liệu thi đua, khen thưởng",
            "Chuẩn hóa quy trình thẩm định hồ sơ đề nghị khen thưởng",
            "Giải pháp rút ngắn thời gian giải quyết thủ tục hành chính về tín ngưỡng, tôn giáo",
            "Giải pháp nâng cao hiệu quả chỉnh lý tài liệu lưu trữ",
            "Số hóa tài liệu lưu trữ lịch sử",
            "Ứng dụng chữ ký số trong trao đổi văn bản điện tử",
            "Giải pháp theo dõi nâng bậc lương thường xuyên, trước thời hạn",
            "Đổi mới công tác tư vấn, giới thiệu việc làm cho người lao động",
            "Xây dựng ngân hàng câu hỏi thi tuyển công chức",
            "Cải tiến quy trình theo dõi biên chế, số lượng người làm việc",
            "Giải pháp nâng cao chất lượng tiếp công dân, giải quyết khiếu nại, tố cáo",
            "Xây dựng sổ tay hướng dẫn nghiệp vụ công tác văn thư",
            "Ứng dụng trí tuệ nhân tạo hỗ trợ tra cứu văn bản quy phạm pháp luật",
            "Giải pháp kết nối dữ liệu thị trường lao động",
            "Chuẩn hóa dữ liệu đơn vị hành chính cấp xã sau sắp xếp");
    private static final List<String> RESEARCH_TITLES = List.of(
            "Nghiên cứu giải pháp nâng cao chất lượng đội ngũ công chức cấp xã tỉnh Hưng Yên",
            "Nghiên cứu thực trạng và giải pháp chuyển đổi số công tác văn thư, lưu trữ tỉnh Hưng Yên",
            "Đề án nâng cao hiệu quả phong trào thi đua yêu nước trên địa bàn tỉnh Hưng Yên",
            "Nghiên cứu giải pháp giải quyết việc làm cho lao động nông thôn tỉnh Hưng Yên",
            "Nghiên cứu mô hình chính quyền địa phương hai cấp tại tỉnh Hưng Yên",
            "Đề tài đánh giá tác động của sắp xếp đơn vị hành chính cấp xã tỉnh Hưng Yên");

    /** Hands out decision numbers per issuer and year, roughly in date order and never twice. */
    private static final class DecisionBook {
        private final Map<String, Set<Integer>> used = new HashMap<>();
        private final Random rnd;

        DecisionBook(Random rnd) {
            this.rnd = rnd;
        }

        Decision issue(String suffix, String authority, LocalDate date, double perDay) {
            LocalDate day = workday(date);
            Set<Integer> taken = used.computeIfAbsent(suffix + day.getYear(), k -> new HashSet<>());
            int n = 1 + (int) (day.getDayOfYear() * perDay) + rnd.nextInt(Math.max(2, (int) (perDay * 4)));
            while (!taken.add(n)) {
                n++;
            }
            return new Decision(n + "/QĐ-" + suffix, day, authority);
        }

        Decision director(LocalDate date) {
            return issue("SNV", BY_DIRECTOR, date, 0.9);
        }

        Decision province(LocalDate date) {
            return issue("UBND", BY_PROVINCE, date, 9.5);
        }

        private static LocalDate workday(LocalDate d) {
            LocalDate x = d;
            while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
                x = x.plusDays(1);
            }
            return x;
        }
    }

    private static final class Generator {
        private final SampleData d;
        private final Random rnd;
        private final DecisionBook book;
        private final int years;
        private Role[] roles;
        private Story[] stories;
        private double[] excellence;
        private boolean[][] ldtt;
        private boolean[][] cstdcs;
        private final Set<String> personalIds = new HashSet<>();
        private final Map<Integer, List<DisciplineRow>> disciplineOf = new HashMap<>();
        private final Map<Integer, List<InitiativeRow>> initiativesOf = new HashMap<>();

        Generator(SampleData d, Random rnd) {
            this.d = d;
            this.rnd = rnd;
            this.book = new DecisionBook(rnd);
            this.years = LAST_YEAR - d.firstYear + 1;
        }

        void run(int unitCount, int peopleCount) {
            List<UnitKind> kinds = units(unitCount);
            people(kinds, peopleCount);
            stories();
            ratings();
            disciplines();
            initiatives();
            unitRatingsAndLeaders();
            personAwards();
            unitAwards();
        }

        // --- organisation ---------------------------------------------------------------------------------

        private List<UnitKind> units(int unitCount) {
            List<UnitKind> kinds = new ArrayList<>();
            d.units.add(new UnitRow(ROOT_CODE, ROOT_NAME, null, null));
            kinds.add(null);
            int[] blocSize = new int[BLOC_NAMES.size()];
            for (int i = 1; i < unitCount; i++) {
                UnitKind k = i <= UNIT_KINDS.size() ? UNIT_KINDS.get(i - 1) : BRANCH;
                kinds.add(k);
                blocSize[k.bloc()]++;
            }
            for (int b = 0; b < BLOC_NAMES.size(); b++) {
                if (blocSize[b] >= 2) {
                    d.blocs.add(BLOC_NAMES.get(b));
                }
            }
            for (int i = 1; i < unitCount; i++) {
                UnitKind k = kinds.get(i);
                String bloc = blocSize[k.bloc()] >= 2 ? BLOC_NAMES.get(k.bloc()) : null;
                if (k == BRANCH) {
                    int b = i - UNIT_KINDS.size() - 1;
                    String place = BRANCH_PLACES.get(b % BRANCH_PLACES.size());
                    String name = k.name() + place + (b < BRANCH_PLACES.size() ? "" : " số " + (b / BRANCH_PLACES.size() + 1));
                    d.units.add(new UnitRow(String.format("SNV-CN%03d", b + 1), name, "SNV-TTDVVL", bloc));
                } else {
                    d.units.add(new UnitRow("SNV-" + k.code(), k.name(), ROOT_CODE, bloc));
                }
            }
            return kinds;
        }

        // --- people ---------------------------------------------------------------------------------------

        private void people(List<UnitKind> kinds, int n) {
            int[] size = new int[kinds.size()];
            size[0] = Math.min(4, n);
            int rest = n - size[0];
            if (kinds.size() > 1) {
                double total = 0;
                for (int u = 1; u < kinds.size(); u++) {
                    total += kinds.get(u).weight();
                }
                int given = 0;
                for (int u = 1; u < kinds.size(); u++) {
                    size[u] = (int) Math.floor(rest * kinds.get(u).weight() / total);
                    given += size[u];
                }
                for (int u = 1; given < rest; u = u % (kinds.size() - 1) + 1) {
                    size[u]++;
                    given++;
                }
            } else {
                size[0] = n;
            }
            roles = new Role[n];
            excellence = new double[n];
            int p = 0;
            for (int u = 0; u < kinds.size(); u++) {
                int deputies = u == 0 ? 3 : size[u] >= 12 ? 2 : size[u] >= 4 ? 1 : 0;
                for (int i = 0; i < size[u]; i++, p++) {
                    Role role = i == 0 ? (u == 0 ? Role.DIRECTOR : Role.HEAD)
                            : i <= deputies ? (u == 0 ? Role.VICE_DIRECTOR : Role.DEPUTY) : Role.STAFF;
                    String position = switch (role) {
                        case DIRECTOR -> "Giám đốc";
                        case VICE_DIRECTOR -> "Phó Giám đốc";
                        case HEAD -> kinds.get(u).head();
                        case DEPUTY -> kinds.get(u).deputy();
                        case STAFF -> u == 0 ? "Chuyên viên" : SampleNames.pick(rnd, kinds.get(u).staff());
                    };
                    roles[p] = role;
                    d.people.add(person(p, role, position, u));
                }
            }
            newHiresAndLeavers();
            for (int i = 0; i < n; i++) {
                PersonRow r = d.people.get(i);
                d.people.set(i, new PersonRow(r.code(), r.name(), r.gender(), r.birthDate(),
                        personalId(r.gender(), r.birthDate()), r.position(), r.unit(), r.startDate(), r.endDate()));
            }
        }

        private PersonRow person(int index, Role role, String position, int unit) {
            boolean leader = role != Role.STAFF;
            Gender gender = rnd.nextInt(100) < (leader ? 65 : 45) || "Lái xe".equals(position) ? Gender.MALE : Gender.FEMALE;
            int birthYear = leader ? 1966 + rnd.nextInt(16) : rnd.nextInt(25) == 0 ? 2000 + rnd.nextInt(3) : 1968 + rnd.nextInt(32);
            LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(rnd.nextInt(365));
            LocalDate start = birth.plusYears(22).plusDays(rnd.nextInt(365 * (leader ? 4 : 7)));
            LocalDate latest = LocalDate.of(LAST_YEAR - 1, 12, 1);
            if (start.isAfter(latest)) {
                start = LocalDate.of(LAST_YEAR - 1, 1, 2).plusDays(rnd.nextInt(300));
            }
            start = start.withDayOfMonth(1);
            int tier = rnd.nextInt(100);
            int high = leader ? 45 : 20;
            excellence[index] = tier < high ? 0.55 : tier < high + 35 ? 0.25 : 0.08;
            String code = String.format(roles.length > 99_999 ? "CB%06d" : "CB%05d", index + 1);
            return new PersonRow(code, SampleNames.fullName(rnd, gender), gender, birth, null, position, unit, start, null);
        }

        /**
         * A few staff joined in the last year (some under six months before 31/12); about one in a hundred left
         * (the first in an earlier year), and the senior vice-director retires in the last year.
         */
        private void newHiresAndLeavers() {
            List<Integer> staff = staff();
            int hires = Math.max(4, d.people.size() / 35);
            for (int i = 0; i < hires && !staff.isEmpty(); i++) {
                int p = staff.remove(rnd.nextInt(staff.size()));
                // Alternate: under six months (from July) and six to twelve months (January to June).
                LocalDate start = i % 2 == 0
                        ? LocalDate.of(LAST_YEAR, 8 + rnd.nextInt(3), 1).plusDays(rnd.nextInt(30))
                        : LocalDate.of(LAST_YEAR, 1 + rnd.nextInt(6), 1);
                PersonRow r = d.people.get(p);
                LocalDate birth = r.birthDate().getYear() < 1988 ? r.birthDate().plusYears(12) : r.birthDate();
                d.people.set(p, new PersonRow(r.code(), r.name(), r.gender(), birth, null, "Chuyên viên", r.unit(),
                        start, null));
            }
            int leavers = Math.max(1, d.people.size() / 100);
            for (int i = 0; i < leavers && !staff.isEmpty(); i++) {
                int p = staff.remove(rnd.nextInt(staff.size()));
                PersonRow r = d.people.get(p);
                int year = i % 2 == 1 ? LAST_YEAR
                        : Math.max(r.startDate().getYear() + 1, LAST_YEAR - 1 - rnd.nextInt(Math.max(1, years - 1)));
                if (year > LAST_YEAR) {
                    continue;
                }
                LocalDate end = LocalDate.of(year, 3 + rnd.nextInt(8), 1).minusDays(1);
                d.people.set(p, new PersonRow(r.code(), r.name(), r.gender(), r.birthDate(), null, r.position(),
                        r.unit(), r.startDate(), end));
            }
            // The most senior vice-director retires during the last year and gets a cống hiến Bằng khen.
            for (int p = 0; p < d.people.size(); p++) {
                if (roles[p] == Role.VICE_DIRECTOR) {
                    PersonRow r = d.people.get(p);
                    LocalDate birth = LocalDate.of(1964, 5, 1).plusDays(rnd.nextInt(60));
                    LocalDate end = birth.plusYears(61).plusMonths(3).withDayOfMonth(1).minusDays(1);
                    LocalDate start = LocalDate.of(1988, 9, 1);
                    String name = r.gender() == Gender.MALE ? r.name() : SampleNames.fullName(rnd, Gender.MALE);
                    d.people.set(p, new PersonRow(r.code(), name, Gender.MALE, birth, null, r.position(), r.unit(),
                            start, end));
                    Decision dec = book.province(end.minusMonths(1).withDayOfMonth(10));
                    d.awards.add(new AwardRow(p, -1, BK_TINH, AwardFormType.CONG_HIEN, start.getYear(),
                            end.getYear(), dec));
                    break;
                }
            }
        }

        private List<Integer> staff() {
            List<Integer> out = new ArrayList<>();
            for (int p = 0; p < roles.length; p++) {
                if (roles[p] == Role.STAFF) {
                    out.add(p);
                }
            }
            return out;
        }

        private String personalId(Gender gender, LocalDate birth) {
            int x = rnd.nextInt(100);
            String province = PROVINCES[0];
            for (int i = 0; i < PROVINCES.length; i++) {
                x -= PROVINCE_WEIGHT[i];
                if (x < 0) {
                    province = PROVINCES[i];
                    break;
                }
            }
            int centuryGender = (birth.getYear() >= 2000 ? 2 : 0) + (gender == Gender.FEMALE ? 1 : 0);
            String prefix = province + centuryGender + String.format("%02d", birth.getYear() % 100);
            String id;
            do {
                id = prefix + String.format("%06d", rnd.nextInt(1_000_000));
            } while (!personalIds.add(id));
            return id;
        }

        private boolean employedIn(int p, int year) {
            PersonRow r = d.people.get(p);
            return r.startDate().getYear() <= year && (r.endDate() == null || r.endDate().getYear() > year);
        }

        /** Whole months worked in the year (by 31/12), for the new-hire rule. */
        private int monthsIn(int p, int year) {
            LocalDate start = d.people.get(p).startDate();
            if (start.getYear() < year) {
                return 12;
            }
            return 12 - start.getMonthValue() + (start.getDayOfMonth() == 1 ? 1 : 0);
        }

        // --- stories and ratings --------------------------------------------------------------------------

        private void stories() {
            stories = new Story[roles.length];
            Arrays.fill(stories, Story.NONE);
            List<Integer> candidates = new ArrayList<>();
            for (int p = 0; p < roles.length; p++) {
                PersonRow r = d.people.get(p);
                if (r.startDate().getYear() < d.firstYear && r.endDate() == null) {
                    candidates.add(p);
                }
            }
            int each = Math.max(2, roles.length / 60);
            List<Integer> staff = new ArrayList<>(candidates);
            staff.removeIf(p -> roles[p] != Role.STAFF);
            for (int i = 0, n = Math.max(3, roles.length / 50); i < n && !staff.isEmpty(); i++) {
                Integer p = staff.remove(rnd.nextInt(staff.size()));
                stories[p] = Story.DISCIPLINED;
                candidates.remove(p);
            }
            if (years >= 4) {
                assign(candidates, Story.STAR, each);
                assign(candidates, Story.NEAR_PROVINCIAL, each);
            }
            if (years >= 3) {
                assign(candidates, Story.NEAR_BK, each);
            }
        }

        private void assign(List<Integer> candidates, Story story, int count) {
            for (int i = 0; i < count && !candidates.isEmpty(); i++) {
                stories[candidates.remove(rnd.nextInt(candidates.size()))] = story;
            }
        }

        private void ratings() {
            for (int p = 0; p < roles.length; p++) {
                for (int y = d.firstYear; y <= LAST_YEAR; y++) {
                    if (!employedIn(p, y)) {
                        continue;
                    }
                    double r = rnd.nextDouble();
                    double top = excellence[p];
                    RatingLevel level = r < top ? RatingLevel.HTXSNV
                            : r < top + 0.035 ? RatingLevel.HTNV
                            : r < top + 0.04 ? RatingLevel.KHTNV : RatingLevel.HTTNV;
                    if (d.people.get(p).startDate().getYear() == y && level == RatingLevel.HTXSNV) {
                        level = RatingLevel.HTTNV;
                    }
                    d.personRatings[p][y - d.firstYear] = level;
                }
                scriptRatings(p);
            }
        }

        private void scriptRatings(int p) {
            RatingLevel[] r = d.personRatings[p];
            int last = r.length - 1;
            switch (stories[p]) {
                case STAR -> {
                    // CSTĐCS in the first three years, CSTĐ tỉnh for the third.
                    r[0] = r[1] = r[2] = RatingLevel.HTXSNV;
                    r[3] = RatingLevel.HTTNV;
                }
                case NEAR_PROVINCIAL -> {
                    // Three consecutive CSTĐCS just before the last year, but no provincial initiative.
                    r[last - 4 < 0 ? 0 : last - 4] = RatingLevel.HTTNV;
                    r[last - 3] = r[last - 2] = r[last - 1] = r[last] = RatingLevel.HTXSNV;
                }
                case NEAR_BK -> {
                    // Two consecutive CSTĐCS before the last year, no Bằng khen yet.
                    r[last - 3 < 0 ? 0 : last - 3] = RatingLevel.HTTNV;
                    r[last - 2] = r[last - 1] = r[last] = RatingLevel.HTXSNV;
                }
                default -> {
                    // random history
                }
            }
        }

        // --- discipline -----------------------------------------------------------------------------------

        private void disciplines() {
            int k = 0;
            for (int p = 0; p < roles.length; p++) {
                if (stories[p] != Story.DISCIPLINED) {
                    continue;
                }
                DisciplineForm form;
                LocalDate date;
                RatingLevel inYear;
                switch (k++) {
                    case 0 -> { // khiển trách early in the period, over before the last year
                        form = DisciplineForm.KHIEN_TRACH;
                        date = LocalDate.of(Math.min(d.firstYear + 1, LAST_YEAR), 4, 10 + rnd.nextInt(10));
                        inYear = RatingLevel.HTNV;
                    }
                    case 1 -> { // cảnh cáo the year before last, running into the last year
                        form = DisciplineForm.CANH_CAO;
                        date = LocalDate.of(Math.max(d.firstYear, LAST_YEAR - 1), 3, 5 + rnd.nextInt(10));
                        inYear = RatingLevel.HTNV;
                    }
                    case 2 -> { // khiển trách in the last year (for an earlier fault), still in force at 31/12
                        form = DisciplineForm.KHIEN_TRACH;
                        date = LocalDate.of(LAST_YEAR, 6, 2 + rnd.nextInt(20));
                        inYear = RatingLevel.HTTNV;
                    }
                    default -> {
                        form = rnd.nextInt(8) == 0 ? DisciplineForm.CANH_CAO : DisciplineForm.KHIEN_TRACH;
                        date = LocalDate.of(d.firstYear + rnd.nextInt(years), 1 + rnd.nextInt(11), 1 + rnd.nextInt(28));
                        inYear = RatingLevel.HTNV;
                    }
                }
                Decision decision = book.director(date);
                DisciplineRow row = new DisciplineRow(p, form, decision, decision.date().plusMonths(12));
                d.disciplines.add(row);
                disciplineOf.computeIfAbsent(p, x -> new ArrayList<>()).add(row);
                d.personRatings[p][decision.date().getYear() - d.firstYear] = inYear;
            }
        }

        private boolean disciplinedIn(int p, int year) {
            for (DisciplineRow r : disciplineOf.getOrDefault(p, List.of())) {
                if (r.inForceDuring(year)) {
                    return true;
                }
            }
            return false;
        }

        // --- initiatives ----------------------------------------------------------------------------------

        private void initiatives() {
            List<InitiativeRow> rows = new ArrayList<>();
            Map<Integer, Set<String>> titles = new HashMap<>();
            for (int p = 0; p < roles.length; p++) {
                PersonRow r = d.people.get(p);
                int from = Math.max(d.firstYear, r.startDate().getYear() + 1);
                int to = r.endDate() == null ? LAST_YEAR : r.endDate().getYear() - 1;
                switch (stories[p]) {
                    case STAR -> {
                        add(rows, titles, p, d.firstYear + 1, InitiativeScope.TINH, InitiativeKind.SANG_KIEN);
                        if (p == firstWith(Story.STAR)) {
                            add(rows, titles, p, LAST_YEAR - 1, InitiativeScope.TOAN_QUOC, InitiativeKind.DE_TAI);
                        }
                    }
                    case NEAR_PROVINCIAL -> add(rows, titles, p, LAST_YEAR - 2, InitiativeScope.CO_SO, InitiativeKind.SANG_KIEN);
                    case NEAR_BK -> {
                        if (p == firstWith(Story.NEAR_BK)) {
                            add(rows, titles, p, LAST_YEAR, InitiativeScope.TINH, InitiativeKind.SANG_KIEN);
                        }
                    }
                    default -> {
                        // random below
                    }
                }
                if (from > to || rnd.nextInt(100) >= 22) {
                    continue;
                }
                int count = rnd.nextInt(100) < 75 ? 1 : rnd.nextInt(100) < 80 ? 2 : 3;
                for (int i = 0; i < count; i++) {
                    int year = from + rnd.nextInt(to - from + 1);
                    int s = rnd.nextInt(100);
                    InitiativeScope scope = stories[p] == Story.NEAR_PROVINCIAL || s < 84 ? InitiativeScope.CO_SO
                            : s < 99 ? InitiativeScope.TINH : InitiativeScope.TOAN_QUOC;
                    InitiativeKind kind = rnd.nextInt(100) < 7 ? InitiativeKind.DE_TAI : InitiativeKind.SANG_KIEN;
                    add(rows, titles, p, year, scope, kind);
                }
            }
            // One decision per year and issuer: the Sở for cơ sở initiatives, the province for wider scope,
            // the Sở Khoa học và Công nghệ for research accepted (nghiệm thu).
            Map<String, Decision> decisions = new HashMap<>();
            for (InitiativeRow r : rows) {
                String issuer = r.kind() == InitiativeKind.DE_TAI ? "SKHCN"
                        : r.scope() == InitiativeScope.CO_SO ? "SNV" : "UBND";
                Decision dec = decisions.computeIfAbsent(issuer + r.year(), k -> switch (issuer) {
                    case "SKHCN" -> book.issue(issuer, "Giám đốc Sở Khoa học và Công nghệ",
                            LocalDate.of(r.year(), 10, 15 + rnd.nextInt(10)), 0.7);
                    case "SNV" -> book.director(LocalDate.of(r.year(), 12, 1 + rnd.nextInt(10)));
                    default -> book.province(LocalDate.of(r.year(), 12, 5 + rnd.nextInt(10)));
                });
                InitiativeRow row = new InitiativeRow(r.person(), r.title(), r.scope(), r.year(), dec, r.kind());
                d.initiatives.add(row);
                initiativesOf.computeIfAbsent(r.person(), x -> new ArrayList<>()).add(row);
            }
        }

        private int firstWith(Story story) {
            for (int p = 0; p < stories.length; p++) {
                if (stories[p] == story) {
                    return p;
                }
            }
            return -1;
        }

        private void add(List<InitiativeRow> rows, Map<Integer, Set<String>> titles, int p,
                         int year, InitiativeScope scope, InitiativeKind kind) {
            Set<String> own = titles.computeIfAbsent(p, k -> new HashSet<>());
            String unitName = d.units.get(d.people.get(p).unit()).name();
            String title;
            String reach = switch (scope) {
                case CO_SO -> " tại " + unitName;
                case TINH -> " trên địa bàn tỉnh Hưng Yên";
                case TOAN_QUOC -> " trong ngành Nội vụ";
            };
            do {
                title = kind == InitiativeKind.DE_TAI ? SampleNames.pick(rnd, RESEARCH_TITLES)
                        : SampleNames.pick(rnd, INITIATIVE_TITLES) + reach;
            } while (!own.add(title));
            rows.add(new InitiativeRow(p, title, scope, year, null, kind));
        }

        private boolean initiativeIn(int p, int year) {
            for (InitiativeRow r : initiativesOf.getOrDefault(p, List.of())) {
                if (r.year() == year) {
                    return true;
                }
            }
            return false;
        }

        private boolean provincialInitiative(int p, int from, int to) {
            for (InitiativeRow r : initiativesOf.getOrDefault(p, List.of())) {
                if (r.year() >= from && r.year() <= to && r.scope().atLeast(InitiativeScope.TINH)) {
                    return true;
                }
            }
            return false;
        }

        // --- units: ratings and bloc leaders ----------------------------------------------------------------

        private void unitRatingsAndLeaders() {
            for (int u = 0; u < d.units.size(); u++) {
                for (int y = d.firstYear; y <= LAST_YEAR; y++) {
                    int r = rnd.nextInt(100);
                    d.unitRatings[u][y - d.firstYear] = r < 33 ? RatingLevel.HTXSNV : r < 96 ? RatingLevel.HTTNV : RatingLevel.HTNV;
                }
            }
            for (DisciplineRow r : d.disciplines) {
                if (r.form().atLeastWarning()) {
                    int u = d.people.get(r.person()).unit();
                    for (int y = r.decision().date().getYear(); y <= Math.min(LAST_YEAR, r.effectiveUntil().getYear()); y++) {
                        if (d.unitRatings[u][y - d.firstYear] == RatingLevel.HTXSNV) {
                            d.unitRatings[u][y - d.firstYear] = RatingLevel.HTTNV;
                        }
                    }
                }
            }
            for (String bloc : d.blocs) {
                List<Integer> members = new ArrayList<>();
                for (int u = 0; u < d.units.size(); u++) {
                    if (bloc.equals(d.units.get(u).bloc())) {
                        members.add(u);
                    }
                }
                for (int y = d.firstYear; y <= LAST_YEAR; y++) {
                    List<Integer> best = new ArrayList<>();
                    for (int u : members) {
                        if (d.unitRatings[u][y - d.firstYear] == RatingLevel.HTXSNV) {
                            best.add(u);
                        }
                    }
                    int leader = SampleNames.pick(rnd, best.isEmpty() ? members : best);
                    if (!best.isEmpty() || !hasWarningIn(leader, y)) {
                        d.unitRatings[leader][y - d.firstYear] = RatingLevel.HTXSNV;
                    }
                    d.leaders.add(new LeaderRow(bloc, y, leader));
                }
            }
        }

        private boolean hasWarningIn(int unit, int year) {
            for (DisciplineRow r : d.disciplines) {
                if (r.form().atLeastWarning() && r.inForceDuring(year) && d.people.get(r.person()).unit() == unit) {
                    return true;
                }
            }
            return false;
        }

        // --- awards -----------------------------------------------------------------------------------------

        private void personAwards() {
            int n = roles.length;
            ldtt = new boolean[n][years];
            cstdcs = new boolean[n][years];
            boolean[][] usedForBk = new boolean[n][years];
            boolean[][] usedForProvincial = new boolean[n][years];
            for (int y = d.firstYear; y < LAST_YEAR; y++) {
                int i = y - d.firstYear;
                LocalDate january = LocalDate.of(y + 1, 1, 8 + rnd.nextInt(10));
                Decision base = book.director(january);
                Decision csDecision = book.director(base.date().plusDays(rnd.nextInt(3)));
                Decision gkDecision = book.director(base.date().plusDays(3 + rnd.nextInt(10)));
                Decision topicDecision = book.director(LocalDate.of(y, 12, 10 + rnd.nextInt(10)));
                Decision provincial = book.province(LocalDate.of(y + 1, 4, 5 + rnd.nextInt(15)));
                Decision bkDecision = book.province(LocalDate.of(y + 1, 5, 5 + rnd.nextInt(15)));
                for (int p = 0; p < n; p++) {
                    RatingLevel r = d.personRatings[p][i];
                    if (r == null) {
                        continue;
                    }
                    boolean clean = !disciplinedIn(p, y);
                    ldtt[p][i] = r.atLeast(RatingLevel.HTTNV) && clean && monthsIn(p, y) >= (y <= 2023 ? 10 : 6);
                    if (ldtt[p][i]) {
                        d.awards.add(new AwardRow(p, -1, LDTT, AwardFormType.CONG_TRANG, y, y, base));
                    }
                    boolean csEligible = ldtt[p][i] && (r == RatingLevel.HTXSNV || initiativeIn(p, y));
                    cstdcs[p][i] = csEligible && forcedCstdcs(p, i).orElseGet(() -> rnd.nextInt(100) < 35);
                    if (cstdcs[p][i]) {
                        d.awards.add(new AwardRow(p, -1, CSTDCS, AwardFormType.CONG_TRANG, y, y, csDecision));
                    } else if (ldtt[p][i] && r == RatingLevel.HTXSNV && rnd.nextInt(100) < 35) {
                        d.awards.add(new AwardRow(p, -1, GIAY_KHEN, AwardFormType.CONG_TRANG, y, y, gkDecision));
                    }
                    if (i >= 2 && cstdcs[p][i] && cstdcs[p][i - 1] && cstdcs[p][i - 2]
                            && !usedForProvincial[p][i] && !usedForProvincial[p][i - 1] && !usedForProvincial[p][i - 2]
                            && provincialInitiative(p, y - 2, y)
                            && (stories[p] == Story.STAR || rnd.nextInt(100) < 60)) {
                        usedForProvincial[p][i] = usedForProvincial[p][i - 1] = usedForProvincial[p][i - 2] = true;
                        d.awards.add(new AwardRow(p, -1, CSTD_TINH, AwardFormType.CONG_TRANG, y, y, provincial));
                    }
                    if (i >= 1 && cstdcs[p][i] && cstdcs[p][i - 1] && !usedForBk[p][i] && !usedForBk[p][i - 1]
                            && stories[p] != Story.NEAR_BK && rnd.nextInt(100) < 40) {
                        usedForBk[p][i] = usedForBk[p][i - 1] = true;
                        d.awards.add(new AwardRow(p, -1, BK_TINH, AwardFormType.CONG_TRANG, y - 1, y, bkDecision));
                    }
                    if (clean && r.atLeast(RatingLevel.HTTNV) && rnd.nextInt(100) < 5) {
                        d.awards.add(new AwardRow(p, -1, GIAY_KHEN, AwardFormType.CHUYEN_DE, y, y, topicDecision));
                    }
                }
            }
            occasionalAwards();
        }

        /** Đột xuất Giấy khen through every year, chuyên đề ones in the last year (dated in that year). */
        private void occasionalAwards() {
            Decision lastTopic = book.director(LocalDate.of(LAST_YEAR, 12, 10 + rnd.nextInt(10)));
            Map<String, Decision> monthly = new HashMap<>();
            for (int p = 0; p < roles.length; p++) {
                for (int y = d.firstYear; y <= LAST_YEAR; y++) {
                    RatingLevel r = d.personRatings[p][y - d.firstYear];
                    if (r == null || disciplinedIn(p, y)) {
                        continue;
                    }
                    if (y == LAST_YEAR && r.atLeast(RatingLevel.HTTNV) && rnd.nextInt(100) < 5) {
                        d.awards.add(new AwardRow(p, -1, GIAY_KHEN, AwardFormType.CHUYEN_DE, y, y, lastTopic));
                    }
                    if (rnd.nextInt(1000) < 15) {
                        PersonRow row = d.people.get(p);
                        int month = Math.max(row.startDate().getYear() == y ? row.startDate().getMonthValue() + 1 : 1,
                                1 + rnd.nextInt(11));
                        if (month > 11 || (row.endDate() != null && row.endDate().getYear() == y)) {
                            continue;
                        }
                        LocalDate day = LocalDate.of(y, month, 5 + rnd.nextInt(20));
                        Decision dec = monthly.computeIfAbsent(y + "-" + month, k -> book.director(day));
                        d.awards.add(new AwardRow(p, -1, GIAY_KHEN, AwardFormType.DOT_XUAT, y, y, dec));
                    }
                }
            }
        }

        private Optional<Boolean> forcedCstdcs(int p, int i) {
            int last = years - 1;
            return switch (stories[p]) {
                case STAR -> i <= 2 ? Optional.of(true) : Optional.empty();
                case NEAR_PROVINCIAL -> i >= last - 3 && i < last ? Optional.of(true)
                        : i == last - 4 ? Optional.of(false) : Optional.empty();
                case NEAR_BK -> i >= last - 2 && i < last ? Optional.of(true)
                        : i == last - 3 ? Optional.of(false) : Optional.empty();
                default -> Optional.empty();
            };
        }

        private void unitAwards() {
            for (int y = d.firstYear; y < LAST_YEAR; y++) {
                int i = y - d.firstYear;
                LocalDate january = LocalDate.of(y + 1, 1, 20 + rnd.nextInt(8));
                Decision base = book.director(january);
                Decision excellent = book.province(LocalDate.of(y + 1, 3, 5 + rnd.nextInt(10)));
                Decision flag = book.province(excellent.date().plusDays(7 + rnd.nextInt(10)));
                Decision topic = book.director(LocalDate.of(y, 12, 15 + rnd.nextInt(10)));
                int[] members = new int[d.units.size()];
                int[] withLdtt = new int[d.units.size()];
                int[] withCs = new int[d.units.size()];
                boolean[] belowHtnv = new boolean[d.units.size()];
                for (int p = 0; p < roles.length; p++) {
                    RatingLevel r = d.personRatings[p][i];
                    if (r == null) {
                        continue;
                    }
                    int u = d.people.get(p).unit();
                    members[u]++;
                    withLdtt[u] += ldtt[p][i] ? 1 : 0;
                    withCs[u] += cstdcs[p][i] ? 1 : 0;
                    belowHtnv[u] |= r == RatingLevel.KHTNV;
                }
                for (int u = 1; u < d.units.size(); u++) {
                    RatingLevel r = d.unitRatings[u][i];
                    boolean mostLdtt = members[u] > 0 && withLdtt[u] * 10 >= members[u] * 7;
                    boolean tt = r.atLeast(RatingLevel.HTTNV) && mostLdtt && !hasWarningIn(u, y);
                    if (tt) {
                        d.awards.add(new AwardRow(-1, u, TTLDTT, AwardFormType.CONG_TRANG, y, y, base));
                    }
                    boolean leader = isLeader(u, y);
                    boolean xs = tt && r == RatingLevel.HTXSNV && !belowHtnv[u] && withCs[u] > 0
                            && (leader || rnd.nextInt(100) < 50);
                    if (xs) {
                        d.awards.add(new AwardRow(-1, u, TTLDXS, AwardFormType.CONG_TRANG, y, y, excellent));
                        if (leader && rnd.nextInt(100) < 40) {
                            d.awards.add(new AwardRow(-1, u, CO_TINH, AwardFormType.CONG_TRANG, y, y, flag));
                        }
                    }
                    if (r.atLeast(RatingLevel.HTTNV) && rnd.nextInt(100) < 10) {
                        d.awards.add(new AwardRow(-1, u, GIAY_KHEN, AwardFormType.CHUYEN_DE, y, y, topic));
                    }
                }
            }
        }

        private boolean isLeader(int unit, int year) {
            for (LeaderRow l : d.leaders) {
                if (l.unit() == unit && l.year() == year) {
                    return true;
                }
            }
            return false;
        }
    }
}
