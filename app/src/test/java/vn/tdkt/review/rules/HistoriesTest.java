package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tdkt.review.rules.H.d;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.review.domain.Histories;
import vn.tdkt.review.domain.UnitHistory;

/** Who is reviewed in a year and which units count them as members (sub-units roll up, transfers count twice). */
class HistoriesTest {

    private static final Unit SO = new Unit(1, "SO", "Sở", null, null);
    private static final Unit PHONG = new Unit(2, "P1", "Phòng 1", 1L, null);
    private static final Unit PHONG2 = new Unit(3, "P2", "Phòng 2", 1L, null);

    private static Person person(long id, long unit, LocalDate start, LocalDate end) {
        return new Person(id, "CB" + id, "Cán bộ " + id, Gender.MALE, null, null, null, unit, start, end);
    }

    static Stream<Arguments> membership() {
        return Stream.of(
                Arguments.of("ở phòng cả năm", person(10, 2, d(2015, 1, 1), null), List.of(), true, "SO,P1"),
                Arguments.of("tuyển dụng 01/09/2025", person(11, 2, d(2025, 9, 1), null), List.of(), true, "SO,P1"),
                Arguments.of("tuyển dụng 2026", person(12, 2, d(2026, 1, 5), null), List.of(), false, ""),
                Arguments.of("thôi việc 2024", person(13, 2, d(2015, 1, 1), d(2024, 6, 30)), List.of(), false, ""),
                Arguments.of("chuyển từ P2 sang P1 ngày 01/04/2025", person(14, 2, d(2025, 4, 1), null),
                        List.of(new Assignment(1, 14, 3, null, d(2018, 1, 1), d(2025, 3, 31))), true, "SO,P1,P2"),
                Arguments.of("chuyển từ P2 năm 2024", person(15, 2, d(2024, 7, 1), null),
                        List.of(new Assignment(2, 15, 3, null, d(2018, 1, 1), d(2024, 6, 30))), true, "SO,P1"),
                // start date recorded as the recruitment date: the current unit starts after the last assignment
                Arguments.of("ngày bắt đầu là ngày tuyển dụng", person(16, 2, d(2010, 1, 1), null),
                        List.of(new Assignment(3, 16, 3, null, d(2010, 1, 1), d(2026, 2, 1))), true, "SO,P2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void membership(String label, Person p, List<Assignment> as, boolean reviewed, String units) {
        Histories h = Histories.assemble(2025, List.of(SO, PHONG, PHONG2), List.of(), List.of(), List.of(p), as,
                List.of(), List.of(), List.of(), List.of());
        assertEquals(reviewed ? 1 : 0, h.persons().size());
        String members = String.join(",", h.units().stream().filter(u -> !u.members().isEmpty())
                .map(UnitHistory::unit).map(Unit::code).toList());
        assertEquals(units, members);
    }
}
