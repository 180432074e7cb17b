package vn.tdkt.exemplary.cli;

import picocli.CommandLine.Option;
import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.exemplary.domain.Period;

/**
 * The {@code --from YEAR} and {@code --to YEAR} of the exemplary commands (the years recognitions are counted over),
 * mixed in with {@code @Mixin} where the command declared them; their help keys stay the command's
 * ({@code cli.C.option.from}, {@code cli.C.option.to}).
 */
final class PeriodOptions {

    @Option(names = "--from")
    private String from;

    @Option(names = "--to")
    private String to;

    /** The period of the two options (an absent one open); a malformed year is collected and left open. */
    Period period(ProblemCollector problems) {
        return new Period(number("--from", from, problems), number("--to", to, problems));
    }

    /** Collects "Từ năm … sau đến năm …" when the period runs backwards. */
    static void refuseReversed(Period period, ProblemCollector problems) {
        if (period.reversed()) {
            problems.add(Problem.file(Msg.of("exemplary.problem.reversedPeriod", String.valueOf(period.from()),
                    String.valueOf(period.to()))));
        }
    }

    /** The whole number of an option, null when absent; a malformed one is collected ("Tham số --from: …"). */
    static Integer number(String option, String text, ProblemCollector problems) {
        return OptionValues.integer(text, Msg.of("exemplary.cli.badNumber", option, text), problems);
    }
}
