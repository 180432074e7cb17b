package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tdkt.review.rules.H.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleParam;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.domain.Title;

/** Which title rule a regime applies is data (review_title_basis.rule_code); a new regime inherits the rules. */
class RuleCodesTest {

    static Stream<Arguments> seeded() {
        return Stream.of(
                Arguments.of(d(2017, 9, 30), Title.BK_TTG, "ND91_D38_K1C"),
                Arguments.of(d(2023, 12, 31), Title.BK_TINH, "ND91_BK_TINH"),
                Arguments.of(d(2023, 12, 31), Title.BK_TTG, "ND91_D38_K1C"),
                Arguments.of(d(2023, 12, 31), Title.HCLD_BA, "ND91_D24"),
                Arguments.of(d(2024, 1, 1), Title.BK_TINH, "LUAT2022_D74_K1D"),
                Arguments.of(d(2024, 1, 1), Title.BK_TTG, "LUAT2022_D73_K1B"),
                Arguments.of(d(2025, 7, 1), Title.HCLD_BA, "LUAT2022_D44_K1E"));
    }

    @ParameterizedTest(name = "V30: {1} ngày {0} → {2}")
    @MethodSource
    void seeded(LocalDate day, Title title, String code) {
        assertEquals(code, Rules.book().on(day).ruleCode(title));
    }

    /** The slot of a future regime (e.g. the 2026 amendment) with no rule codes yet keeps the NĐ 152 rules. */
    @Test
    void aRegimeWithoutRuleCodesInheritsTheEarlierRegimes() {
        RuleBook seeded = Rules.book();
        LegalRegime nd152 = seeded.regimeOn(d(2026, 6, 30));
        LegalRegime closed = LegalRegime.of(nd152.code(), nd152.name(), nd152.legalRefs(), nd152.validFrom(), d(2026, 9, 30));
        LegalRegime next = LegalRegime.of("NEXT", "Chế độ mới", "Luật sửa đổi", d(2026, 10, 1), null);
        List<LegalRegime> regimes = new ArrayList<>(seeded.regimes().stream()
                .filter(r -> r.validFrom().isBefore(nd152.validFrom())).toList());
        regimes.add(closed);
        regimes.add(next);
        Map<String, Map<RuleKey, RuleParam>> defaults = new HashMap<>();
        Map<String, Map<Title, String>> bases = new HashMap<>();
        Map<String, Map<Title, String>> codes = new HashMap<>();
        for (LegalRegime r : regimes) {
            RuleSet s = seeded.forRegime(r.code().equals("NEXT") ? nd152 : r, r.validFrom());
            Map<RuleKey, RuleParam> p = new EnumMap<>(RuleKey.class);
            s.params().forEach(x -> p.put(x.key(), new RuleParam(x.key(), x.value(), x.legalRef(), null)));
            defaults.put(r.code(), p);
            Map<Title, String> b = new EnumMap<>(Title.class);
            Map<Title, String> c = new EnumMap<>(Title.class);
            for (Title t : Title.values()) {
                b.put(t, s.basis(t));
                if (!r.code().equals("NEXT") && s.ruleCode(t) != null) {
                    c.put(t, s.ruleCode(t));
                }
            }
            bases.put(r.code(), b);
            codes.put(r.code(), c);
        }
        RuleBook book = new RuleBook(regimes, defaults, bases, codes, List.of());
        assertEquals("LUAT2022_D73_K1B", book.on(d(2026, 10, 1)).ruleCode(Title.BK_TTG));
        assertEquals("ND91_D38_K1C", book.on(d(2023, 12, 31)).ruleCode(Title.BK_TTG));

        codes.put("NEXT", Map.of(Title.BK_TTG, "NO_SUCH_RULE"));
        assertThrows(IllegalArgumentException.class, () -> new RuleBook(regimes, defaults, bases, codes, List.of()));
    }
}
