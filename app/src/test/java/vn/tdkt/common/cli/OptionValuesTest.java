package vn.tdkt.common.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.movement.domain.MovementReport;

/** The option values the commands share (decision 169): a Labelled choice and the --date mixin. */
class OptionValuesTest {

    @Test
    void aChoiceIsItsLabelNameOrAliasTheDefaultWhenAbsentAndAProblemWhenUnknown() {
        ProblemCollector problems = new ProblemCollector();
        Msg refusal = Msg.of("movement.cli.badKind", "x");
        assertEquals(MovementReport.Kind.SO_KET,
                OptionValues.choice(MovementReport.Kind.class, "so-ket", null, refusal, problems));
        assertEquals(MovementReport.Kind.TONG_KET,
                OptionValues.choice(MovementReport.Kind.class, "Tổng kết", null, refusal, problems));
        assertEquals(MovementReport.Kind.TONG_KET,
                OptionValues.choice(MovementReport.Kind.class, null, MovementReport.Kind.TONG_KET, refusal, problems));
        assertTrue(problems.problems().isEmpty());
        assertNull(OptionValues.choice(MovementReport.Kind.class, "tổng hợp", MovementReport.Kind.TONG_KET, refusal,
                problems));
        assertEquals(1, problems.problems().size());
        assertEquals(refusal, problems.problems().get(0).text());
    }

    @Command(name = "dated")
    static final class Dated {
        @Mixin
        DayOption date;
    }

    @Test
    void theDateMixinReadsDdMmYyyyTakesTheDefaultWhenAbsentAndCollectsABadOne() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        Dated given = new Dated();
        new CommandLine(given).parseArgs("--date", "01/06/2022");
        ProblemCollector problems = new ProblemCollector();
        assertEquals(LocalDate.of(2022, 6, 1), given.date.value(today, Msg.of("decision.cli.badDate", "?"), problems));
        Dated absent = new Dated();
        new CommandLine(absent).parseArgs();
        assertNull(absent.date.text());
        assertEquals(today, absent.date.value(today, Msg.of("decision.cli.badDate", "?"), problems));
        assertTrue(problems.problems().isEmpty());
        Dated bad = new Dated();
        new CommandLine(bad).parseArgs("--date", "32/13/2020");
        assertNull(bad.date.value(today, Msg.of("decision.cli.badDate", bad.date.text()), problems));
        assertEquals("Tham số --date: ngày \"32/13/2020\" không hợp lệ, hãy ghi theo dạng dd/MM/yyyy.",
                problems.problems().get(0).text().in(Texts.VIETNAMESE));
    }
}
