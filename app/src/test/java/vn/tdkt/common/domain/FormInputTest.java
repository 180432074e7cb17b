package vn.tdkt.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a form reads from typed text: every problem at once, in plain words, never a silent blank. */
class FormInputTest {

    private enum F implements Field {
        A, B, C, D;

        @Override
        public String labelKey() {
            return "person.field.birth";
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31/02/1990|ngày 31/02/1990 không có thật: tháng 2 năm 1990 chỉ có 28 ngày",
        "29/02/2023|ngày 29/02/2023 không có thật: tháng 2 năm 2023 chỉ có 28 ngày",
        "31/04/2024|ngày 31/04/2024 không có thật: tháng 4 năm 2024 chỉ có 30 ngày",
        "12/13/2024|ngày 12/13/2024 không có thật: không có tháng 13",
        "hôm qua|\"hôm qua\" không phải là ngày; hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/12/2024"})
    void anImpossibleOrUnreadableDateIsReportedInPlainWords(String typed, String expected) {
        FormInput in = new FormInput();
        assertNull(in.date(F.A, typed, false));
        assertEquals(List.of(expected), in.problems().stream().map(p -> p.text().vi()).toList());
        assertFalse(in.ok());
        assertFalse(in.problems().get(0).describeInForm(Texts.VIETNAMESE).contains("cột"));
    }

    @Test
    void aLeapDayAndEveryAcceptedShapeAreRead() {
        FormInput in = new FormInput();
        assertEquals(LocalDate.of(2024, 2, 29), in.date(F.A, "29/02/2024", true));
        assertEquals(LocalDate.of(2024, 2, 9), in.date(F.B, " 9/2/2024 ", true));
        assertTrue(in.ok());
    }

    @Test
    void everyProblemIsKeptAndRulesDoNotRepeatAFieldAlreadyReported() {
        FormInput in = new FormInput();
        in.text(F.A, " ", true);
        in.date(F.B, "31/02/1990", true);
        in.year(F.C, "20x5", true);
        in.choice(F.D, null, true);
        in.rules(List.of(Problem.of(F.B, Msg.of("window.rule.dateFuture", LocalDate.of(2031, 1, 1), LocalDate.now())),
                Problem.of(F.A, Msg.of("window.form.missing"))));
        assertEquals(List.of(F.A, F.B, F.C, F.D), in.problems().stream().map(Problem::field).toList());
        assertEquals("Ngày sinh: chưa nhập", in.problems().get(0).describeInForm(Texts.VIETNAMESE));
        assertEquals("\"20x5\" không phải là năm (cần 4 chữ số, ví dụ 2024)", in.problems().get(2).text().vi());
    }

    @Test
    void aProblemOnAColumnReadsWithoutTheWordCotInAForm() {
        Problem p = new Problem(null, 0, "Mã cán bộ", Msg.of("person.problem.codeTaken", "CB1"));
        assertEquals("Mã cán bộ: mã cán bộ \"CB1\" đã có", p.describeInForm(Texts.VIETNAMESE));
        Problem inFile = new Problem("Cán bộ", 3, "Mã cán bộ", Msg.of("person.problem.codeTaken", "CB1"));
        assertTrue(inFile.describeInForm(Texts.VIETNAMESE).contains("cột 'Mã cán bộ'"), "a file keeps its place");
    }
}
