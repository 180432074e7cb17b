package vn.tdkt.statistics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.UnitPeriod;

/**
 * Biểu 0605.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV), số lượng công chức làm công tác thi đua, khen thưởng, transcribed from
 * the published template (README decision 116): columns Số lượng (Người) — 1 Tổng số, 2 Trong đó: Nữ; rows 01 Tổng số;
 * 1. Chia theo độ tuổi 02–07; 2. Chia theo trình độ đào tạo 08–12; 3. Chia theo thâm niên công tác trong lĩnh vực thi
 * đua, khen thưởng 13–15.
 *
 * <p>Counted: the people working on 31/12 of the year in a unit of biểu 0604.N ({@link Form0604#units}). Age is the
 * year less the year of birth; trình độ is read from the person's "Trình độ chuyên môn"; thâm niên is the time spent
 * in those units up to 31/12 as the data records it. A section whose value a counted person lacks (no birth date, no
 * recognised trình độ, a period with no start) is left empty for the unit, its comment naming who.
 */
public final class Form0605 {

    public static final String FORM = "0605.N/BNV-TĐKT";
    public static final String TITLE = "SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH ĐOÀN THỂ TRUNG "
            + "ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG";

    private static final String[] AGES = {"- Từ 30 trở xuống", "- Từ 31 đến 40", "- Từ 41 đến 50", "- Từ 51 đến 55",
        "- Từ 56 đến 60", "- Trên 60 tuổi"};
    private static final String[] LEVELS = {"- Sơ cấp", "- Trung cấp", "- Cao đẳng", "- Đại học", "- Trên đại học"};
    private static final String[] SENIORITY = {"- Dưới 5 năm", "- Từ 5 đến 10 năm", "- Từ 10 năm trở lên"};

    private Form0605() {
    }

    /** The people counted: working in one of {@code units} on 31/12 of the year. */
    public static List<Person> staff(Map<Person, List<UnitPeriod>> periods, Set<Long> units, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return periods.entrySet().stream().filter(e -> e.getValue().stream()
                .anyMatch(p -> units.contains(p.unitId()) && p.overlaps(end, end))).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(Person::sortKey)).toList();
    }

    public static List<BieuLine> lines(Map<Person, List<UnitPeriod>> periods, Set<Long> units, int year) {
        List<Person> staff = staff(periods, units, year);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<BieuLine> out = new ArrayList<>();
        out.add(line("Tổng số", 1, staff, p -> true));
        out.add(BieuLine.section("1. Chia theo độ tuổi"));
        section(out, AGES, 2, staff, p -> p.birthDate() == null ? null : ageBand(year - p.birthDate().getYear()),
                "ngày sinh");
        out.add(BieuLine.section("2. Chia theo trình độ đào tạo"));
        section(out, LEVELS, 8, staff, p -> level(p.profile().professionalLevel()), "trình độ chuyên môn (sơ cấp … trên đại học)");
        out.add(BieuLine.section("3. Chia theo thâm niên công tác trong lĩnh vực thi đua, khen thưởng"));
        section(out, SENIORITY, 13, staff, p -> seniorityBand(periods.get(p), units, end), "ngày bắt đầu công tác");
        return out;
    }

    /** 0 ≤ 30, 1 31–40, 2 41–50, 3 51–55, 4 56–60, 5 over 60. */
    static int ageBand(int age) {
        if (age <= 30) {
            return 0;
        }
        if (age <= 50) {
            return age <= 40 ? 1 : 2;
        }
        if (age <= 60) {
            return age <= 55 ? 3 : 4;
        }
        return 5;
    }

    /** 0 sơ cấp, 1 trung cấp, 2 cao đẳng, 3 đại học, 4 trên đại học; null when not recorded or not recognised. */
    static Integer level(String professionalLevel) {
        if (professionalLevel == null) {
            return null;
        }
        String f = VietnameseText.fold(professionalLevel);
        if (f.contains("tien si") || f.contains("thac si") || f.contains("tren dai hoc") || f.contains("sau dai hoc")
                || f.contains("chuyen khoa") || f.contains("giao su")) {
            return 4;
        }
        if (f.contains("dai hoc") || f.contains("cu nhan") || f.contains("ky su") || f.contains("bac si")
                || f.contains("kien truc su") || f.contains("luat su")) {
            return 3;
        }
        if (f.contains("cao dang")) {
            return 2;
        }
        if (f.contains("trung cap")) {
            return 1;
        }
        return f.contains("so cap") ? 0 : null;
    }

    /** 0 under 5 years, 1 from 5 to under 10, 2 ten and more; null when a counted period has no start. */
    static Integer seniorityBand(List<UnitPeriod> periods, Set<Long> units, LocalDate end) {
        long days = 0;
        for (UnitPeriod p : periods) {
            if (!units.contains(p.unitId()) || p.from() != null && p.from().isAfter(end)) {
                continue;
            }
            if (p.from() == null) {
                return null;
            }
            LocalDate to = p.to() == null || p.to().isAfter(end) ? end : p.to();
            days += ChronoUnit.DAYS.between(p.from(), to) + 1;
        }
        LocalDate start = end.minusDays(days - 1);
        long years = ChronoUnit.YEARS.between(start, end.plusDays(1));
        return years < 5 ? 0 : years < 10 ? 1 : 2;
    }

    private static void section(List<BieuLine> out, String[] labels, int firstCode, List<Person> staff,
                                Function<Person, Integer> band, String what) {
        List<String> missing = staff.stream().filter(p -> band.apply(p) == null).map(Person::fullName).toList();
        for (int i = 0; i < labels.length; i++) {
            int b = i;
            if (missing.isEmpty()) {
                out.add(line(labels[i], firstCode + i, staff, p -> band.apply(p) == b));
            } else {
                out.add(BieuLine.clerk(labels[i], code(firstCode + i), "", 2, "Dữ liệu chưa có " + what + " của: "
                        + String.join(", ", missing) + ". Đơn vị điền tay cả mục này."));
            }
        }
    }

    private static BieuLine line(String label, int code, List<Person> staff, java.util.function.Predicate<Person> which) {
        long all = staff.stream().filter(which).count();
        long women = staff.stream().filter(which).filter(p -> p.gender() == Gender.FEMALE).count();
        return new BieuLine(label, code(code), "", false, List.of(all, women), null);
    }

    private static String code(int n) {
        return String.format("%02d", n);
    }
}
