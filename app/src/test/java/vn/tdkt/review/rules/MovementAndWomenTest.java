package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.MovementLead;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.UnitHistory;
import vn.tdkt.review.domain.Verdict;
import vn.tdkt.review.domain.WomenPreference;

/** Cờ thi đua k2 (chuyên đề movements, input facts) and the women preference of NĐ 152/2025 Điều 4 khoản 6. */
class MovementAndWomenTest {

    private static final long UNIT = 60;

    static Stream<Arguments> chuyenDe() {
        return Stream.of(
                Arguments.of("dẫn đầu phong trào 2023–2025, tổng kết 2025", List.of(new MovementLead(UNIT, "Chuyển đổi số", 2023, 2025)),
                        d(2025, 12, 31), ELIGIBLE, "(3 năm), tổng kết năm 2025"),
                Arguments.of("phong trào 2024–2025: 2 năm", List.of(new MovementLead(UNIT, "Chuyển đổi số", 2024, 2025)),
                        d(2025, 12, 31), NOT_ELIGIBLE, "chỉ kéo dài 2 năm"),
                Arguments.of("tổng kết năm 2026, không phải năm xét", List.of(new MovementLead(UNIT, "Chuyển đổi số", 2022, 2026)),
                        d(2025, 12, 31), NOT_ELIGIBLE, "không dẫn đầu phong trào"),
                Arguments.of("không có dữ liệu phong trào", List.of(), d(2025, 12, 31), NOT_ELIGIBLE, "không dẫn đầu phong trào"));
    }

    @ParameterizedTest(name = "Luật 2022 Điều 26 k2: {0}")
    @MethodSource
    void chuyenDe(String label, List<MovementLead> leads, LocalDate on, Verdict expected, String text) {
        Assessment a = flag(leads, List.of(), HTTNV, on);
        assertEquals(expected, a.verdict(), a.reasons());
        String all = a.criteria().stream().map(c -> c.evidence().vi()).reduce("", String::concat);
        assertTrue(all.contains(text), all);
    }

    static Stream<Arguments> khoi() {
        return Stream.of(
                Arguments.of("dẫn đầu khối 2025, HTXSNV", 2025, HTXSNV, ELIGIBLE),
                Arguments.of("dẫn đầu khối 2025, HTTNV", 2025, HTTNV, NOT_ELIGIBLE),
                Arguments.of("dẫn đầu khối 2024", 2024, HTXSNV, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "Luật 2022 Điều 26 k1: {0}")
    @MethodSource
    void khoi(String label, int leadYear, RatingLevel rating, Verdict expected) {
        Assessment a = flag(List.of(), List.of(new BlocLeader(7, leadYear, UNIT)), rating, d(2025, 12, 31));
        assertEquals(expected, a.verdict(), a.reasons());
    }

    private static Assessment flag(List<MovementLead> leads, List<BlocLeader> blocLeads, RatingLevel rating, LocalDate on) {
        int year = on.getYear();
        UnitHistory u = new UnitHistory(new Unit(UNIT, "DV60", "Trường THPT số 1", H.AGENCY.id(), 7L), "Khối trường học",
                List.of(H.unitRating(UNIT, year, rating)), List.of(), blocLeads, List.of(), leads);
        return H.review(Rules.book(), year, on, List.of(), List.of(u)).find(u.ref(), Title.CO_TD_TINH).orElseThrow();
    }

    static Stream<Arguments> womenCollective() {
        return Stream.of(Arguments.of(7, 10, true), Arguments.of(69, 100, false), Arguments.of(70, 100, true),
                Arguments.of(0, 0, false), Arguments.of(3, 3, true));
    }

    @ParameterizedTest(name = "NĐ 152 Điều 4 k6 (tập thể từ 70 % nữ): {0}/{1} → {2}")
    @MethodSource
    void womenCollective(int women, int members, boolean preferred) {
        assertEquals(preferred, WomenPreference.womenCollective(women, members));
    }

    static Stream<Arguments> choose() {
        return Stream.of(
                Arguments.of("1 chỗ, nam và nữ ngang nhau", List.of("Nam An", "Nữ Bình"), 1, List.of("Nữ Bình")),
                Arguments.of("2 chỗ, 3 ứng viên, 1 nữ", List.of("Nam An", "Nam Cường", "Nữ Bình"), 2,
                        List.of("Nữ Bình", "Nam An")),
                Arguments.of("không có nữ: giữ thứ tự", List.of("Nam An", "Nam Cường"), 1, List.of("Nam An")),
                Arguments.of("0 chỗ", List.of("Nữ Bình"), 0, List.of()));
    }

    @ParameterizedTest(name = "NĐ 152 Điều 4 k6 (ưu tiên nữ khi ngang nhau): {0}")
    @MethodSource
    void choose(String label, List<String> tied, int places, List<String> chosen) {
        assertEquals(chosen, WomenPreference.choose(tied, places, s -> s.startsWith("Nữ")));
    }

    /** The ratio cap ranks two equal candidates: the woman takes the last place (engine and function agree). */
    @ParameterizedTest(name = "NĐ 152 Điều 4 k6 trong tỷ lệ CSTĐCS: {0}")
    @MethodSource
    void capPrefersTheWoman(String label, boolean womanFirstByCode) {
        var book = Rules.with(new Rules.Change(vn.tdkt.review.domain.RuleKey.CSTDCS_CAP_ENABLED, "true", d(2025, 7, 1)),
                new Rules.Change(vn.tdkt.review.domain.RuleKey.CSTDCS_CAP_PERCENT, "10", d(2025, 7, 1)));
        List<PersonHistory> people = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(person("X" + i).rating(2025, HTTNV).build());
        }
        PersonHistory man = person(womanFirstByCode ? "Z1" : "A1").rating(2025, HTXSNV).build();
        PersonHistory woman = person(womanFirstByCode ? "A2" : "Z2").woman().rating(2025, HTXSNV).build();
        people.add(man);
        people.add(woman);
        var r = H.review(book, 2025, d(2025, 12, 31), people, List.of());
        assertEquals(ELIGIBLE, r.find(woman.ref(), Title.CSTDCS).orElseThrow().verdict());
        assertEquals(NOT_ELIGIBLE, r.find(man.ref(), Title.CSTDCS).orElseThrow().verdict());
    }

    static Stream<Arguments> capPrefersTheWoman() {
        return Stream.of(Arguments.of("nữ đứng trước theo mã", true), Arguments.of("nữ đứng sau theo mã", false));
    }
}
