package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.RatingLevel.HTNV;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.MovementLead;
import vn.tdkt.review.domain.NextStep;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.UnitHistory;

/**
 * #8: every reason of the review engine is a bundle text with arguments — the same Vietnamese as before (the other rule
 * tables assert it), and English with {@code --lang en} / the English window: no Vietnamese word is left in an English
 * reason except the proper nouns it quotes (names, units, blocs, movements, initiative titles, decision numbers and the
 * citations of Vietnamese legal texts).
 */
class ReasonTextsTest {

    private static final Locale EN = Locale.ENGLISH;
    /** A letter only Vietnamese uses (after NFD: a combining mark, or đ). */
    private static final Pattern VIETNAMESE = Pattern.compile("[\\u0300-\\u036f đĐ]".replace(" ", ""));
    private static final Pattern DOCUMENT_NO = Pattern.compile("\\S*(QĐ|KL-|SK-)\\S*");

    static Stream<Arguments> regimes() {
        return Stream.of(
                Arguments.of("NĐ 42/2010 + NĐ 65/2014 (ngày xét 30/09/2017)", d(2017, 9, 30)),
                Arguments.of("Luật 2003 + NĐ 91/2017 Điều 9, 24, 38 (ngày xét 01/10/2017)", d(2017, 10, 1)),
                Arguments.of("Luật 2003 + NĐ 91/2017 (ngày xét 31/12/2023)", d(2023, 12, 31)),
                Arguments.of("Luật 2022 Điều 21–28, 44, 73, 74 + NĐ 98/2023 (ngày xét 01/01/2024)", d(2024, 1, 1)),
                Arguments.of("NĐ 98/2023 (ngày xét 30/06/2025)", d(2025, 6, 30)),
                Arguments.of("NĐ 152/2025 Điều 4 k4, k6 (ngày xét 01/07/2025)", d(2025, 7, 1)),
                Arguments.of("NĐ 152/2025 (ngày xét 30/09/2026)", d(2026, 9, 30)),
                Arguments.of("Luật sửa đổi 2026, kế thừa NĐ 152 (ngày xét 01/10/2026)", d(2026, 10, 1)));
    }

    /** A history that reaches most criteria: chains, prerequisites, initiatives, discipline, holds, collectives, the cap. */
    private static ReviewResult review(LocalDate on) {
        int y = on.getYear() - (on.getMonthValue() < 12 ? 1 : 0);
        List<PersonHistory> persons = new ArrayList<>();
        persons.add(person("A1").ratings(y - 6, y, HTXSNV).award("CSTDCS", y - 2).award("CSTDCS", y - 1)
                .award("BK_TINH", y - 6).initiative(InitiativeScope.CO_SO, y).initiative(InitiativeScope.TINH, y - 1)
                .initiative(InitiativeScope.CO_SO, y - 1).build());
        persons.add(person("A2").woman().ratings(y - 6, y, HTTNV).award("BK_TTG", y - 6).award("CSTDCS", y - 3)
                .award("CSTDCS", y - 1, AwardFormType.DOT_XUAT).build());
        persons.add(person("A3").rating(y, HTTNV).start(d(y, 8, 1)).build());
        persons.add(person("A4").rating(y, HTTNV).start(d(y - 4, 1, 1)).end(d(y, 5, 31)).build());
        persons.add(person("A5").rating(y, HTXSNV)
                .discipline(DisciplineForm.CANH_CAO, d(y - 1, 3, 1), d(y, 2, 28)).build());
        persons.add(person("A6").rating(y, HTTNV).discipline(DisciplineForm.KHIEN_TRACH, on.minusMonths(2), null).build());
        persons.add(person("A7").rating(y, HTTNV).hold(HoldReason.THANH_TRA, on.minusMonths(1), null).build());
        persons.add(person("A8").build());
        for (int i = 0; i < 6; i++) {
            persons.add(person("C" + i).unit(60).rating(y, HTXSNV).initiative(InitiativeScope.CO_SO, y).build());
        }
        UnitHistory unit = new UnitHistory(new Unit(60, "DV60", "Trường THPT số 1", H.AGENCY.id(), 7L), "Khối trường học",
                List.of(H.unitRating(60, y, HTXSNV), H.unitRating(60, y - 1, HTXSNV)), List.of(H.unitAward(60, "TTLDXS", y - 2)),
                List.of(new BlocLeader(7, y, 60)), persons.subList(8, persons.size()),
                List.of(new MovementLead(60, "Chuyển đổi số", y - 2, y)));
        UnitHistory weak = H.unit(61, null, List.of(H.unitRating(61, y, HTNV)), List.of(), List.of(),
                persons.subList(0, 8));
        return H.review(Rules.book(), y, on, persons, List.of(unit, weak));
    }

    @ParameterizedTest(name = "{0}: lý do bằng tiếng Anh")
    @MethodSource("regimes")
    void everyReasonHasItsEnglishText(String regime, LocalDate on) {
        ReviewResult r = review(on);
        int criteria = 0;
        for (Assessment a : r.assessments()) {
            List<String> nouns = properNouns(a);
            String vi = a.reasons();
            String en = a.reasons(EN);
            assertEquals(a.reasonText().vi(), vi);
            assertNoVietnamese(en, nouns, a);
            if (!vi.isEmpty()) {
                assertNotEquals(vi, en, "an English reason differs from the Vietnamese one");
            }
            for (Msg m : a.missingTexts()) {
                assertNoVietnamese(m.in(EN), nouns, a);
            }
            for (Criterion c : a.criteria()) {
                criteria++;
                assertNoVietnamese(c.describe(EN).replace(c.legalRef(), ""), nouns, a);
                assertFalse(c.describe(EN).contains("chưa kiểm chứng"), c.describe(EN));
                assertTrue(c.describe().startsWith("[" + c.status() + "] " + c.text().vi() + " — "), c.describe());
            }
        }
        for (NextStep s : r.nextSteps()) {
            Assessment a = s.assessment();
            assertNoVietnamese(s.text(EN), properNouns(a), a);
            assertTrue(s.text().startsWith(s.title().label() + ": cần "), s.text());
        }
        assertTrue(criteria > 100, regime + ": the histories reach many criteria (" + criteria + ")");
    }

    private static List<String> properNouns(Assessment a) {
        List<String> out = new ArrayList<>(List.of(a.subject().name(), "Trường THPT số 1", "Khối trường học", "Chuyển đổi số",
                "Sở Nội vụ", "Đơn vị 61", "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3"));
        if (a.legalRef() != null) {
            out.add(a.legalRef());
        }
        for (Criterion c : a.criteria()) {
            if (c.legalRef() != null) {
                out.add(c.legalRef());
            }
        }
        for (int i = 0; i < 20; i++) {
            out.add("Cán bộ C" + i);
            out.add("Cán bộ A" + i);
        }
        out.sort((x, z) -> z.length() - x.length());
        return out;
    }

    private static void assertNoVietnamese(String english, List<String> nouns, Assessment a) {
        String rest = english;
        for (String noun : nouns) {
            rest = rest.replace(noun, "");
        }
        rest = DOCUMENT_NO.matcher(rest).replaceAll("");
        rest = rest.replaceAll("Sáng kiến \\d+", "");
        String nfd = Normalizer.normalize(rest, Normalizer.Form.NFD);
        assertFalse(VIETNAMESE.matcher(nfd).find(), a.subject().code() + " / " + a.title() + ": " + rest);
    }
}
