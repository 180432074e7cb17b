package vn.tdkt.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.people.domain.UnitPeriod;

/** Biểu 0604.N and 0605.N from units and people (README decision 116), without a database. */
class StaffFormsTest {

    private static final List<Unit> UNITS = List.of(new Unit(1, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null),
            new Unit(2, "BAN", "Ban Thi đua - Khen thưởng", 1L, null), new Unit(3, "P1", "Phòng Nghiệp vụ", 2L, null),
            new Unit(4, "P2", "Phòng Tổng hợp", 2L, null), new Unit(5, "VP", "Văn phòng Sở", 1L, null),
            new Unit(6, "SGD", "Sở Giáo dục và Đào tạo", null, null),
            new Unit(7, "PX", "Phòng Thi đua, khen thưởng", 6L, null));

    @Test
    void form0604CountsTheBanAndItsPhongOfTheSoNoiVuOnly() {
        Form0604.Units u = Form0604.units(UNITS);
        assertEquals(Set.of(2L), u.bans());
        assertEquals(Set.of(3L, 4L), u.phongs(), "the Ban's phòng; not a phòng of another Sở");
        List<BieuLine> lines = Form0604.lines(u);
        assertEquals(List.of(3L), lines.get(0).values());
        assertEquals(List.of(1L), lines.get(4).values());
        assertEquals(List.of(2L), lines.get(5).values());
        assertTrue(lines.get(2).clerks() && lines.get(3).clerks(), "rows 02–03 are a ministry's");
    }

    @Test
    void form0605BandsAgeTrainingAndYearsInTheField() {
        Map<Person, List<UnitPeriod>> periods = new LinkedHashMap<>();
        Person a = person(1, "Nguyễn Thị An", Gender.FEMALE, 1995, "Cử nhân Luật", 3);
        Person b = person(2, "Trần Văn Bình", Gender.MALE, 1964, "Thạc sĩ Quản lý công", 4);
        Person c = person(3, "Lê Văn Cường", Gender.MALE, 1980, "Đại học", 5);
        periods.put(a, List.of(new UnitPeriod(3, LocalDate.of(2022, 1, 1), null)));
        periods.put(b, List.of(new UnitPeriod(5, LocalDate.of(2000, 1, 1), LocalDate.of(2014, 12, 31)),
                new UnitPeriod(4, LocalDate.of(2015, 1, 1), null)));
        periods.put(c, List.of(new UnitPeriod(5, LocalDate.of(2010, 1, 1), null)));
        List<BieuLine> lines = Form0605.lines(periods, Form0604.units(UNITS).all(), 2025);
        Map<String, List<Long>> byCode = new LinkedHashMap<>();
        lines.stream().filter(l -> !l.section()).forEach(l -> byCode.put(l.code(), l.values()));
        assertEquals(List.of(2L, 1L), byCode.get("01"), "Văn phòng Sở is not a TĐKT unit");
        assertEquals(List.of(1L, 1L), byCode.get("02"), "30 in 2025");
        assertEquals(List.of(1L, 0L), byCode.get("07"), "61 in 2025");
        assertEquals(List.of(1L, 1L), byCode.get("11"));
        assertEquals(List.of(1L, 0L), byCode.get("12"));
        assertEquals(List.of(1L, 1L), byCode.get("13"), "4 years");
        assertEquals(List.of(0L, 0L), byCode.get("14"));
        assertEquals(List.of(1L, 0L), byCode.get("15"), "11 years in the Ban's phòng, not the 15 at Văn phòng");
        assertEquals(16, byCode.size() + 1, "rows 01–15");
    }

    @Test
    void aSectionSomeoneLacksIsLeftToTheUnitNamingWho() {
        Map<Person, List<UnitPeriod>> periods = new LinkedHashMap<>();
        Person a = person(1, "Nguyễn Thị An", Gender.FEMALE, 1990, null, 3);
        periods.put(a, List.of(new UnitPeriod(3, LocalDate.of(2020, 1, 1), null)));
        List<BieuLine> lines = Form0605.lines(periods, Set.of(3L), 2025);
        BieuLine university = lines.stream().filter(l -> l.code().equals("11")).findFirst().orElseThrow();
        assertTrue(university.clerks());
        assertTrue(university.clerkNote().contains("Nguyễn Thị An"), university.clerkNote());
        assertEquals(List.of(1L, 1L), lines.stream().filter(l -> l.code().equals("03")).findFirst().orElseThrow().values());
    }

    @Test
    void bandsAtTheirEdges() {
        assertEquals(0, Form0605.ageBand(30));
        assertEquals(1, Form0605.ageBand(31));
        assertEquals(2, Form0605.ageBand(50));
        assertEquals(3, Form0605.ageBand(55));
        assertEquals(4, Form0605.ageBand(60));
        assertEquals(5, Form0605.ageBand(61));
        assertEquals(1, Form0605.level("Trung cấp Văn thư"));
        assertEquals(2, Form0605.level("Cao đẳng Sư phạm"));
        assertEquals(0, Form0605.level("Sơ cấp"));
        assertEquals(4, Form0605.level("Tiến sĩ Luật"));
        assertNull(Form0605.level("Chuyên viên"));
        LocalDate end = LocalDate.of(2025, 12, 31);
        assertEquals(1, Form0605.seniorityBand(List.of(new UnitPeriod(3, LocalDate.of(2021, 1, 1), null)), Set.of(3L), end),
                "exactly 5 years");
        assertEquals(0, Form0605.seniorityBand(List.of(new UnitPeriod(3, LocalDate.of(2021, 1, 2), null)), Set.of(3L), end));
        assertNull(Form0605.seniorityBand(List.of(new UnitPeriod(3, null, null)), Set.of(3L), end));
    }

    private static Person person(long id, String name, Gender g, int born, String level, long unit) {
        return new Person(id, "CB" + id, name, g, LocalDate.of(born, 6, 1), null, "Chuyên viên", unit, LocalDate.of(2000, 1, 1),
                null, new PersonProfile(null, null, level, null, null));
    }
}
