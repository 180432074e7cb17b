package vn.tdkt.meeting.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.SubjectClass;
import vn.tdkt.meeting.domain.ListSheet;
import vn.tdkt.meeting.domain.Nominee;
import vn.tdkt.meeting.domain.StoredHistory;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;

/**
 * The sheets of the lists a unit sends up with its Tờ trình (decision 90): the Danh sách đề nghị khen thưởng, one
 * sheet for cá nhân ({@link #PERSON_COLUMNS}), one for tập thể ({@link #UNIT_COLUMNS}) and one for hộ gia đình when
 * the dossier has any, as record 0073 names them; and the danh sách trích ngang of the people ({@link #BRIEF_COLUMNS}).
 * Every value comes from the records: the person's post and unit, the profile, the reporting years' achievements
 * (the same summary as the Tờ trình's list), the awards held, and in Ghi chú why the review engine finds the subject
 * not eligible, so the unit sees it before it signs.
 */
final class ProposalLists {

    static final String PERSON_SHEET = "DS_DENGHI_CANHAN";
    static final String UNIT_SHEET = "DS_DENGHI_TAPTHE";
    static final String HOUSEHOLD_SHEET = "DS_DENGHI_HOGIADINH";
    static final String BRIEF_SHEET = "Trích ngang";
    static final List<String> PERSON_COLUMNS = List.of("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Phòng/ban",
            "Đơn vị công tác", "Địa chỉ", "Phân loại đối tượng", "Danh hiệu/Hình thức đề nghị", "Tóm tắt thành tích", "Ghi chú");
    static final List<String> UNIT_COLUMNS = List.of("STT", "Tên tập thể", "Đơn vị chủ quản", "Danh hiệu/Hình thức đề nghị",
            "Tóm tắt thành tích", "Ghi chú");
    static final List<String> HOUSEHOLD_COLUMNS = List.of("STT", "Hộ ông/bà", "Địa chỉ", "Danh hiệu/Hình thức đề nghị",
            "Thành tích", "Ghi chú");
    static final List<String> BRIEF_COLUMNS = List.of("STT", "Họ và tên", "Năm sinh (Nam)", "Năm sinh (Nữ)", "Quê quán",
            "Chức vụ, đơn vị công tác", "Năm vào công tác", "Trình độ chuyên môn", "Chức vụ và thời gian giữ chức vụ",
            "Khen thưởng cao nhất đã có (năm)", "Hình thức đề nghị", "Ghi chú");
    /** Phân loại đối tượng (TT 02/2023 biểu 0603.N rows). */
    static final String SO_LEADER = "Lãnh đạo cấp vụ, sở, ngành và tương đương";
    static final String OTHER_LEADER = "Các cấp lãnh đạo khác từ phó phòng trở lên";
    static final String DIRECT = "Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu";

    /** A subject of the dossier with what the lists print of it; person or unit empty when the record has gone. */
    record Line(Nominee nominee, Optional<Person> person, Optional<Unit> unit, boolean household) {
    }

    private ProposalLists() {
    }

    /** "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2025". */
    static String heading(String awardPhrase, int year) {
        return "Đề nghị tặng " + awardPhrase + " năm " + year;
    }

    static List<ListSheet> proposal(String heading, String awardName, List<Line> lines, StoredHistory h) {
        List<ListSheet> sheets = new ArrayList<>();
        List<List<String>> people = new ArrayList<>();
        List<List<String>> units = new ArrayList<>();
        List<List<String>> households = new ArrayList<>();
        for (Line l : lines) {
            Nominee n = l.nominee();
            if (l.household()) {
                households.add(List.of(Integer.toString(households.size() + 1), n.name(), blank(n.unit()), awardName,
                        blank(n.summary()), ""));
            } else if (l.person().isPresent() || n.type() == vn.tdkt.council.domain.SubjectType.CA_NHAN) {
                Optional<Person> p = l.person();
                String[] place = place(p.map(Person::unitId).orElse(null), h);
                people.add(List.of(Integer.toString(people.size() + 1), n.name(),
                        p.map(Person::gender).map(Gender::label).orElse(""),
                        p.map(Person::birthDate).map(VnFormat::date).orElse(""), blank(n.position()),
                        p.isPresent() ? place[0] : "", p.isPresent() ? place[1] : blank(n.unit()),
                        p.map(x -> blank(x.profile().residence())).orElse(""), category(n.position()), awardName,
                        blank(n.summary()), ""));
            } else {
                units.add(List.of(Integer.toString(units.size() + 1), n.name(), blank(n.unit()), awardName,
                        blank(n.summary()), ""));
            }
        }
        if (!people.isEmpty()) {
            sheets.add(new ListSheet(PERSON_SHEET, List.of(heading, "Cá nhân"), PERSON_COLUMNS,
                    new double[] {5, 20, 7, 11, 16, 16, 22, 20, 24, 22, 40, 20}, "CLCCLLLLLLLL", people));
        }
        if (!units.isEmpty()) {
            sheets.add(new ListSheet(UNIT_SHEET, List.of(heading, "Tập thể"), UNIT_COLUMNS,
                    new double[] {5, 36, 30, 30, 60, 24}, "CLLLLL", units));
        }
        if (!households.isEmpty()) {
            sheets.add(new ListSheet(HOUSEHOLD_SHEET, List.of(heading, "Hộ gia đình"), HOUSEHOLD_COLUMNS,
                    new double[] {5, 30, 36, 30, 60, 24}, "CLLLLL", households));
        }
        return sheets;
    }

    /** The trích ngang of the people of the dossier; empty when it has none. */
    static List<ListSheet> brief(String heading, String awardName, List<Line> lines, StoredHistory h, Catalogue cat,
                                 int yearFrom, int yearTo) {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) {
            if (l.person().isEmpty()) {
                continue;
            }
            Person p = l.person().get();
            Nominee n = l.nominee();
            String year = p.birthDate() == null ? "" : Integer.toString(p.birthDate().getYear());
            boolean female = p.gender() == Gender.FEMALE;
            rows.add(List.of(Integer.toString(rows.size() + 1), n.name(), female ? "" : year, female ? year : "",
                    blank(p.profile().hometown()), n.positionAndUnit(), started(p, h.assignments()),
                    blank(p.profile().professionalLevel()),
                    String.join("; ", vn.tdkt.meeting.domain.Achievements.posts(p, h.assignments(), h::unitPath, yearFrom, yearTo)),
                    highest(h.awardsOfPerson(p.id()), cat), awardName, ""));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new ListSheet(BRIEF_SHEET, List.of("TRÍCH NGANG", heading), BRIEF_COLUMNS,
                new double[] {5, 20, 9, 9, 20, 28, 10, 20, 34, 26, 22, 20}, "CLCCLLCLLLLL", rows));
    }

    /** Phân loại đối tượng from the post (the classes of {@link SubjectClass}, split at the head of a Sở). */
    static String category(String position) {
        if (position == null || position.isBlank()) {
            return DIRECT;
        }
        String f = VietnameseText.fold(position);
        if (f.startsWith("pho ")) {
            f = f.substring(4);
        }
        if (f.startsWith("giam doc so") || f.startsWith("chanh van phong uy ban") || f.startsWith("truong ban ")) {
            return SO_LEADER;
        }
        return SubjectClass.isLeader(position) ? OTHER_LEADER : DIRECT;
    }

    /** Phòng/ban and đơn vị công tác: the person's unit under its parent, or the unit alone at the top. */
    private static String[] place(Long unitId, StoredHistory h) {
        if (unitId == null) {
            return new String[] {"", ""};
        }
        Optional<Unit> u = h.unit(unitId);
        if (u.isEmpty()) {
            return new String[] {"", ""};
        }
        Optional<Unit> parent = h.unit(u.get().parentId());
        return parent.map(x -> new String[] {u.get().name(), x.name()}).orElse(new String[] {"", u.get().name()});
    }

    /** The year the person started: the earliest of the recorded start and the assignments. */
    private static String started(Person p, List<Assignment> assignments) {
        return Stream.concat(Stream.ofNullable(p.startDate()), assignments.stream().filter(a -> a.personId() == p.id())
                        .map(Assignment::startDate).filter(java.util.Objects::nonNull))
                .min(Comparator.naturalOrder()).map(LocalDate::getYear).map(String::valueOf).orElse("");
    }

    /** The highest-ranked award of the records read, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (2023)". */
    static String highest(List<Award> awards, Catalogue cat) {
        return awards.stream().filter(a -> cat.kind(a.kindCode()).isPresent())
                .max(Comparator.<Award>comparingInt(a -> cat.kind(a.kindCode()).map(AwardKind::rank).orElse(0))
                        .thenComparingInt(Award::yearTo))
                .map(a -> cat.kind(a.kindCode()).map(AwardKind::name).orElse(a.kindCode()) + " (" + a.period() + ")")
                .orElse("");
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
