package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.InitiativeScope.CO_SO;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/** CSTĐCS ≤ 15 % of LĐTT under NĐ 91/2017 Điều 9 k3 (R6), ranked with the women preference on a tie (R20). */
class RatioCapTest {

    /** 20 LĐTT in the agency → at most 3 CSTĐCS. Candidates: 2 HTXSNV, then a man and a woman equal at the cut. */
    private static List<PersonHistory> agency(int year) {
        List<PersonHistory> out = new ArrayList<>();
        out.add(person("A1").rating(year, HTXSNV).initiative(CO_SO, year).build());
        out.add(person("A2").rating(year, HTXSNV).initiative(CO_SO, year).build());
        out.add(person("A3").rating(year, HTTNV).initiative(CO_SO, year).build());
        out.add(person("A4").woman().rating(year, HTTNV).initiative(CO_SO, year).build());
        out.add(person("A5").rating(year, HTTNV).initiative(CO_SO, year).build());
        for (int i = 0; i < 15; i++) {
            out.add(person("L" + i).rating(year, HTTNV).build());
        }
        return out;
    }

    static Stream<Arguments> cap() {
        return Stream.of(
                Arguments.of("A1", Verdict.ELIGIBLE, "xếp thứ 1/5"),
                Arguments.of("A2", Verdict.ELIGIBLE, "xếp thứ 2/5"),
                Arguments.of("A4", Verdict.ELIGIBLE, "ưu tiên nữ"),
                Arguments.of("A3", Verdict.NOT_ELIGIBLE, "vượt tỷ lệ 15 %: xếp thứ 4/5"),
                Arguments.of("A5", Verdict.NOT_ELIGIBLE, "vượt tỷ lệ 15 %: xếp thứ 5/5"));
    }

    @ParameterizedTest(name = "NĐ 91: {0} → {1}")
    @MethodSource
    void cap(String code, Verdict expected, String text) {
        List<PersonHistory> ps = agency(2023);
        ReviewResult r = H.review(Rules.book(), 2023, d(2023, 12, 31), ps, List.of());
        Assessment a = r.find(ref(ps, code), Title.CSTDCS).orElseThrow();
        assertEquals(expected, a.verdict(), a.reasons());
        String cap = a.criteria().get(a.criteria().size() - 1).evidence().vi();
        assertTrue(cap.contains(text), cap);
        assertTrue(cap.contains("tối đa 3 người (15 % × 20 người đạt LĐTT)"), cap);
    }

    @Test
    void withoutWomenPreferenceTheCodeDecides() {
        RuleBook book = Rules.with(new Rules.Change(RuleKey.WOMEN_TIE_PREFERENCE, "false", d(2017, 10, 1)));
        List<PersonHistory> ps = agency(2023);
        ReviewResult r = H.review(book, 2023, d(2023, 12, 31), ps, List.of());
        assertEquals(Verdict.ELIGIBLE, r.find(ref(ps, "A3"), Title.CSTDCS).orElseThrow().verdict());
        assertEquals(Verdict.NOT_ELIGIBLE, r.find(ref(ps, "A4"), Title.CSTDCS).orElseThrow().verdict());
    }

    static Stream<Arguments> regimes() {
        return Stream.of(
                Arguments.of(d(2024, 12, 31), null, 5),
                Arguments.of(d(2025, 12, 31), null, 5),
                // a province may set its own cap under the new law
                Arguments.of(d(2025, 12, 31), "10", 2));
    }

    @ParameterizedTest(name = "{0} cap {1} → {2} CSTĐCS")
    @MethodSource
    void regimes(LocalDate date, String provinceCap, int eligible) {
        RuleBook book = provinceCap == null ? Rules.book()
                : Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_ENABLED, "true", d(2025, 7, 1)),
                new Rules.Change(RuleKey.CSTDCS_CAP_PERCENT, provinceCap, d(2025, 7, 1)));
        int year = date.getYear();
        // under Luật 2022 HTXSNV alone suffices: A1, A2 by rating, A3–A5 by initiative
        ReviewResult r = H.review(book, year, date, agency(year), List.of());
        assertEquals(eligible, r.of(Title.CSTDCS).stream().filter(Assessment::eligible).count());
    }

    private static SubjectRef ref(List<PersonHistory> ps, String code) {
        return ps.stream().filter(p -> p.person().code().equals(code)).findFirst().orElseThrow().ref();
    }
}
