package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Turns the stored history into the lines of a báo cáo thành tích and the one-line thành tích tóm tắt of the
 * Danh sách: ratings, initiatives and awards of the reporting years ({@code yearFrom..yearTo}; an award counts in
 * the year its period ends), oldest first.
 */
public final class Achievements {

    /** Members' titles counted for a collective's movement. */
    public static final String ADVANCED_WORKER = "LDTT";
    public static final String EMULATION_FIGHTER = "CSTDCS";
    /** Positions of the head of a unit (folded prefixes); a deputy ("Phó …") never matches. */
    private static final List<String> HEAD_POSITIONS = List.of("giam doc", "tong giam doc", "hieu truong", "truong ",
            "chanh ", "chu tich", "cuc truong", "chi cuc truong", "vien truong", "thu truong");

    private final Catalogue catalogue;
    private final int yearFrom;
    private final int yearTo;

    public Achievements(Catalogue catalogue, int yearFrom, int yearTo) {
        this.catalogue = catalogue;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
    }

    /** The first reporting year. */
    public int yearFrom() {
        return yearFrom;
    }

    private boolean inWindow(int year) {
        return year >= yearFrom && year <= yearTo;
    }

    public List<RatingLine> ratings(List<Rating> ratings) {
        return ratings.stream().filter(r -> inWindow(r.year())).sorted(Comparator.comparingInt(Rating::year))
                .map(r -> new RatingLine(r.year(), r.level().label())).toList();
    }

    public List<InitiativeLine> initiatives(List<Initiative> initiatives) {
        return initiatives.stream().filter(i -> inWindow(i.year())).sorted(Comparator.comparingInt(Initiative::year))
                .map(i -> new InitiativeLine(i.year(), i.kind().label(), i.title(), i.scope().label(),
                        decision(i.decisionNo(), i.decisionDate(), null)))
                .toList();
    }

    /** The danh hiệu thi đua, or the hình thức khen thưởng, of the reporting years. */
    public List<HistoryLine> awards(List<Award> awards, AwardCategory category) {
        return inWindow(awards).stream().filter(a -> category(a) == category)
                .map(a -> new HistoryLine(a.period(), name(a.kindCode()), decision(a.decisionNo(), a.decisionDate(), a.authority())))
                .toList();
    }

    private List<Award> inWindow(List<Award> awards) {
        return awards.stream().filter(a -> inWindow(a.yearTo()))
                .sorted(Comparator.comparingInt(Award::yearTo).thenComparing(a -> rank(a.kindCode()))).toList();
    }

    /**
     * Thành tích tóm tắt: "Hoàn thành xuất sắc nhiệm vụ năm 2024, 2025; Chiến sĩ thi đua cơ sở năm 2023, 2024, 2025;
     * 1 sáng kiến cấp tỉnh (2025)".
     */
    public String summary(List<Rating> ratings, List<Initiative> initiatives, List<Award> awards) {
        List<String> parts = new ArrayList<>();
        Map<RatingLevel, List<Integer>> byLevel = new TreeMap<>();
        ratings.stream().filter(r -> inWindow(r.year())).sorted(Comparator.comparingInt(Rating::year))
                .forEach(r -> byLevel.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(r.year()));
        byLevel.forEach((level, years) -> parts.add(level.label() + " năm " + join(years)));
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        inWindow(awards).forEach(a -> byKind.computeIfAbsent(name(a.kindCode()), k -> new ArrayList<>()).add(a.period()));
        byKind.forEach((name, years) -> parts.add(name + " năm " + String.join(", ", years)));
        Map<String, List<Integer>> byScope = new LinkedHashMap<>();
        initiatives.stream().filter(i -> inWindow(i.year())).sorted(Comparator.comparingInt(Initiative::year))
                .forEach(i -> byScope.computeIfAbsent(i.kind().label().toLowerCase(Locale.ROOT) + " phạm vi "
                        + i.scope().label().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i.year()));
        byScope.forEach((what, years) -> parts.add(years.size() + " " + what + " (" + join(years) + ")"));
        return parts.isEmpty() ? "" : String.join("; ", parts);
    }

    /**
     * The emulation movement of a collective per reporting year: members are the people whose current post or an
     * earlier assignment at one of {@code unitIds} overlaps the year; their LĐTT and CSTĐCS titles are counted.
     */
    public List<MemberTitles> movement(Set<Long> unitIds, List<Person> people, List<Assignment> assignments,
                                       List<Award> awards) {
        Map<Long, List<Assignment>> byPerson = assignments.stream().collect(Collectors.groupingBy(Assignment::personId));
        List<MemberTitles> out = new ArrayList<>();
        for (int y = yearFrom; y <= yearTo; y++) {
            int year = y;
            Set<Long> members = people.stream()
                    .filter(p -> wasMember(p, byPerson.getOrDefault(p.id(), List.of()), unitIds, year))
                    .map(Person::id).collect(Collectors.toSet());
            Predicate<Award> held = a -> a.personId() != null && members.contains(a.personId())
                    && a.yearFrom() <= year && a.yearTo() >= year;
            long advanced = awards.stream().filter(held.and(a -> a.kindCode().equals(ADVANCED_WORKER)))
                    .map(Award::personId).distinct().count();
            long fighters = awards.stream().filter(held.and(a -> a.kindCode().equals(EMULATION_FIGHTER)))
                    .map(Award::personId).distinct().count();
            out.add(new MemberTitles(year, members.size(), (int) advanced, (int) fighters));
        }
        return out;
    }

    private static boolean wasMember(Person p, List<Assignment> earlier, Set<Long> unitIds, int year) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        for (Assignment a : earlier) {
            if (unitIds.contains(a.unitId()) && overlaps(a.startDate(), a.endDate(), jan1, dec31)) {
                return true;
            }
        }
        LocalDate start = p.startDate();
        for (Assignment a : earlier) {
            if (a.endDate() != null && (start == null || !a.endDate().isBefore(start))) {
                start = a.endDate().plusDays(1);
            }
        }
        return unitIds.contains(p.unitId()) && overlaps(start, p.endDate(), jan1, dec31);
    }

    private static boolean overlaps(LocalDate from, LocalDate to, LocalDate jan1, LocalDate dec31) {
        return (from == null || !from.isAfter(dec31)) && (to == null || !to.isBefore(jan1));
    }

    /** The head of a unit among the people currently posted there: "Giám đốc", "Hiệu trưởng", "Trưởng phòng" … */
    public static String head(long unitId, List<Person> people) {
        return people.stream().filter(p -> p.unitId() == unitId && p.endDate() == null && p.position() != null)
                .filter(p -> HEAD_POSITIONS.stream().anyMatch(h -> VietnameseText.fold(p.position()).startsWith(h)))
                .map(Person::fullName).findFirst().orElse(null);
    }

    /**
     * Who confirms a person's report as THỦ TRƯỞNG ĐƠN VỊ: the head of the person's unit, or of the parent unit when the
     * person is that head (or the unit has none); null when the data does not tell.
     */
    public static String headFor(Person p, List<Person> people, Long parentUnitId) {
        List<Person> others = people.stream().filter(x -> x.id() != p.id()).toList();
        String own = head(p.unitId(), others);
        if (own != null && !isHead(p)) {
            return own;
        }
        return parentUnitId == null ? null : head(parentUnitId, others);
    }

    private static boolean isHead(Person p) {
        return p.position() != null && HEAD_POSITIONS.stream().anyMatch(h -> VietnameseText.fold(p.position()).startsWith(h));
    }

    /**
     * The posts a person held in the reporting years, oldest first, from the assignments (the current one last):
     * "Từ 01/03/2020 đến nay: Trưởng phòng, Phòng Tổ chức cán bộ, Sở Nội vụ".
     */
    public static List<String> posts(Person p, List<Assignment> assignments, java.util.function.LongFunction<String> unitPath,
                                     int yearFrom, int yearTo) {
        LocalDate jan1 = LocalDate.of(yearFrom, 1, 1);
        LocalDate dec31 = LocalDate.of(yearTo, 12, 31);
        List<Assignment> held = assignments.stream().filter(a -> a.personId() == p.id())
                .filter(a -> overlaps(a.startDate(), a.endDate(), jan1, dec31))
                .sorted(Comparator.comparing(Assignment::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<String> out = new ArrayList<>();
        for (Assignment a : held) {
            String what = (a.position() == null || a.position().isBlank() ? "" : a.position() + ", ") + unitPath.apply(a.unitId());
            String from = a.startDate() == null ? "" : "Từ " + VnFormat.date(a.startDate());
            String to = a.endDate() == null ? "nay" : VnFormat.date(a.endDate());
            out.add((from.isEmpty() ? "Đến " + to : from + " đến " + to) + ": " + what + ".");
        }
        if (out.isEmpty() && p.position() != null) {
            out.add(p.position() + ", " + unitPath.apply(p.unitId()) + ".");
        }
        return out;
    }

    /** "Số 15/QĐ-UBND ngày 20/01/2026; Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên" (parts missing are left out). */
    static String decision(String no, LocalDate date, String authority) {
        StringBuilder b = new StringBuilder();
        if (no != null && !no.isBlank()) {
            b.append("Số ").append(no);
        }
        if (date != null) {
            b.append(b.length() > 0 ? " ngày " : "Ngày ").append(VnFormat.date(date));
        }
        if (authority != null && !authority.isBlank()) {
            b.append(b.length() > 0 ? "; " : "").append(authority);
        }
        return b.toString();
    }

    private String name(String kindCode) {
        return catalogue.kind(kindCode).map(AwardKind::name).orElse(kindCode);
    }

    private AwardCategory category(Award a) {
        return catalogue.kind(a.kindCode()).map(AwardKind::category).orElse(AwardCategory.HINH_THUC);
    }

    private int rank(String kindCode) {
        return catalogue.kind(kindCode).map(AwardKind::rank).orElse(0);
    }

    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
