package vn.tdkt.review.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.record.domain.RatingLevel.HTNV;
import static vn.tdkt.record.domain.RatingLevel.HTTNV;
import static vn.tdkt.record.domain.RatingLevel.HTXSNV;
import static vn.tdkt.record.domain.RatingLevel.KHTNV;
import static vn.tdkt.review.domain.Verdict.ELIGIBLE;
import static vn.tdkt.review.domain.Verdict.HELD;
import static vn.tdkt.review.domain.Verdict.NOT_ELIGIBLE;
import static vn.tdkt.review.rules.H.d;
import static vn.tdkt.review.rules.H.person;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/** LĐTT (Luật Điều 24, R1–R3), CSTĐCS (Điều 23, R5), Giấy khen (Điều 75) and discipline (NĐ 152 Điều 4 k4, R4). */
class BaseTitlesTest {

    private static final RuleBook NO_CAP = Rules.with(new Rules.Change(RuleKey.CSTDCS_CAP_ENABLED, "false", d(2017, 10, 1)));

    static Stream<Arguments> ldtt() {
        return Stream.of(
                // R1 rating ≥ HTTNV (Điều 24 k1 a)
                Arguments.of("HTXSNV cả năm", d(2025, 12, 31), HTXSNV, d(2010, 1, 1), ELIGIBLE, ""),
                Arguments.of("HTTNV cả năm", d(2025, 12, 31), HTTNV, d(2010, 1, 1), ELIGIBLE, ""),
                Arguments.of("HTNV", d(2025, 12, 31), HTNV, d(2010, 1, 1), NOT_ELIGIBLE, "Hoàn thành nhiệm vụ"),
                Arguments.of("KHTNV", d(2025, 12, 31), KHTNV, d(2010, 1, 1), NOT_ELIGIBLE, "Không hoàn thành"),
                Arguments.of("chưa đánh giá", d(2025, 12, 31), null, d(2010, 1, 1), NOT_ELIGIBLE, "chưa có kết quả"),
                // R2 new hire: 6 months (TT 01/2024, NĐ 152) vs 10 months (NĐ 91 Điều 10)
                Arguments.of("NĐ 98: 01/07 = 6 tháng", d(2024, 12, 31), HTTNV, d(2024, 7, 1), ELIGIBLE, "6 tháng"),
                Arguments.of("NĐ 98: 02/07 = 5 tháng", d(2024, 12, 31), HTTNV, d(2024, 7, 2), NOT_ELIGIBLE, "5 tháng"),
                Arguments.of("NĐ 152: 01/07 = 6 tháng", d(2025, 12, 31), HTTNV, d(2025, 7, 1), ELIGIBLE, "6 tháng"),
                Arguments.of("NĐ 152: 01/08 = 5 tháng", d(2025, 12, 31), HTTNV, d(2025, 8, 1), NOT_ELIGIBLE, "5 tháng"),
                Arguments.of("NĐ 91: 01/07 = 6 < 10 tháng", d(2023, 12, 31), HTTNV, d(2023, 7, 1), NOT_ELIGIBLE, "6 tháng"),
                Arguments.of("NĐ 91: 01/03 = 10 tháng", d(2023, 12, 31), HTTNV, d(2023, 3, 1), ELIGIBLE, "10 tháng"),
                Arguments.of("NĐ 91: 02/03 = 9 tháng", d(2023, 12, 31), HTTNV, d(2023, 3, 2), NOT_ELIGIBLE, "9 tháng"),
                // review of 2023 held on 15/01/2024 falls under NĐ 98: 6 months suffice
                Arguments.of("năm 2023 xét ngày 15/01/2024", d(2024, 1, 15), HTTNV, d(2023, 7, 1), ELIGIBLE, "6 tháng"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ldtt(String label, LocalDate reviewDate, RatingLevel rating, LocalDate start, Verdict expected, String evidence) {
        int year = reviewDate.getMonthValue() == 1 ? reviewDate.getYear() - 1 : reviewDate.getYear();
        H.P b = person("A").start(start);
        if (rating != null) {
            b.rating(year, rating);
        }
        Assessment a = H.assess(b.build(), Title.LDTT, year, reviewDate);
        assertEquals(expected, a.verdict(), a.reasons());
        String all = a.criteria().stream().map(c -> c.evidence().vi()).reduce("", String::concat);
        assertTrue(all.contains(evidence), all);
        assertTrue(a.criteria().stream().anyMatch(c -> c.evidence().vi().contains("nghỉ thai sản được tính")),
                "R3: maternity leave counts is stated");
    }

    static Stream<Arguments> cstdcs() {
        return Stream.of(
                // Luật 2022 Điều 23: LĐTT + (HTXSNV ∨ initiative ∨ research)
                Arguments.of("NĐ 152 HTXSNV, không sáng kiến", d(2025, 12, 31), HTXSNV, 0, ELIGIBLE),
                Arguments.of("NĐ 152 HTTNV + sáng kiến cơ sở", d(2025, 12, 31), HTTNV, 1, ELIGIBLE),
                Arguments.of("NĐ 152 HTTNV, không sáng kiến", d(2025, 12, 31), HTTNV, 0, NOT_ELIGIBLE),
                Arguments.of("NĐ 152 HTNV + sáng kiến: chưa đạt LĐTT", d(2025, 12, 31), HTNV, 1, NOT_ELIGIBLE),
                Arguments.of("NĐ 98 HTXSNV, không sáng kiến", d(2024, 12, 31), HTXSNV, 0, ELIGIBLE),
                // NĐ 91 Điều 9 k3 / Luật 2003 Điều 23: the initiative is mandatory
                Arguments.of("NĐ 91 HTXSNV, không sáng kiến", d(2023, 12, 31), HTXSNV, 0, NOT_ELIGIBLE),
                Arguments.of("NĐ 91 HTTNV + sáng kiến", d(2023, 12, 31), HTTNV, 1, ELIGIBLE),
                // initiative recognised the year before does not serve this year
                Arguments.of("NĐ 152 HTTNV + sáng kiến năm trước", d(2025, 12, 31), HTTNV, -1, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void cstdcs(String label, LocalDate reviewDate, RatingLevel rating, int initiative, Verdict expected) {
        int year = reviewDate.getYear();
        H.P b = person("B").rating(year, rating);
        if (initiative != 0) {
            b.initiative(InitiativeScope.CO_SO, initiative > 0 ? year : year - 1);
        }
        // the 15 % cap of NĐ 91 is its own rule (RatioCapTest): switched off here to isolate Điều 23
        Assessment a = H.assess(NO_CAP, b.build(), Title.CSTDCS, year, reviewDate);
        assertEquals(expected, a.verdict(), a.reasons());
    }

    static Stream<Arguments> discipline() {
        return Stream.of(
                // in force on the review date → held (NĐ 152 Đ4 k4)
                Arguments.of("đang thi hành vào ngày xét", d(2025, 3, 1), d(2026, 2, 28), HTXSNV, HELD, "tạm hoãn"),
                Arguments.of("chưa có thời hạn kết thúc", d(2025, 3, 1), null, HTXSNV, HELD, "chưa có thời hạn"),
                // in force during the year, served before the review → not eligible
                Arguments.of("chấp hành xong trong năm", d(2025, 2, 1), d(2025, 10, 31), HTXSNV, NOT_ELIGIBLE, "từ năm 2026"),
                // served by 31/12 of the previous year → counts again from 01/01
                Arguments.of("chấp hành xong năm trước", d(2024, 1, 1), d(2024, 12, 31), HTXSNV, ELIGIBLE, "từ năm 2025"),
                // held only when nothing else fails: rated HTNV → not eligible
                Arguments.of("đang thi hành và HTNV", d(2025, 3, 1), d(2026, 2, 28), HTNV, NOT_ELIGIBLE, "Hoàn thành nhiệm vụ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void discipline(String label, LocalDate from, LocalDate until, RatingLevel rating, Verdict expected, String text) {
        PersonHistory p = person("C").rating(2025, rating).discipline(DisciplineForm.KHIEN_TRACH, from, until).build();
        for (Title t : new Title[] {Title.LDTT, Title.CSTDCS, Title.GIAY_KHEN}) {
            Assessment a = H.assess(p, t, 2025, d(2025, 12, 31));
            assertEquals(expected, a.verdict(), t + ": " + a.reasons());
            String all = a.criteria().stream().map(c -> c.evidence().vi() + " " + c.status()).reduce("", String::concat)
                    + a.reasons();
            assertTrue(all.contains(text), all);
        }
    }

    static Stream<Arguments> holdSwitch() {
        return Stream.of(Arguments.of("true", HELD), Arguments.of("false", NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "DISCIPLINE_HOLD={0} → {1}")
    @MethodSource
    void holdSwitch(String hold, Verdict expected) {
        var book = Rules.with(new Rules.Change(RuleKey.DISCIPLINE_HOLD, hold, d(2025, 7, 1)));
        PersonHistory p = person("D").rating(2025, HTXSNV).discipline(DisciplineForm.CANH_CAO, d(2025, 11, 1), null).build();
        assertEquals(expected, H.assess(book, p, Title.LDTT, 2025, d(2025, 12, 31)).verdict());
    }

    static Stream<Arguments> giayKhen() {
        return Stream.of(Arguments.of(HTXSNV, ELIGIBLE), Arguments.of(HTTNV, ELIGIBLE), Arguments.of(HTNV, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "Giấy khen {0} → {1}")
    @MethodSource
    void giayKhen(RatingLevel rating, Verdict expected) {
        assertEquals(expected, H.assess(person("E").rating(2025, rating).build(), Title.GIAY_KHEN, 2025, d(2025, 12, 31))
                .verdict());
    }
}
