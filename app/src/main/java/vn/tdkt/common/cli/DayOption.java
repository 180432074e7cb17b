package vn.tdkt.common.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;

/**
 * The optional {@code --date dd/MM/yyyy} of a command that works on a day, mixed in with {@code @Mixin} where the
 * command declared it (its help text: the key {@code cli.C.option.date} and its {@code .label}); read with
 * {@link OptionValues#date}, so a malformed one is a located problem collected with the others.
 */
public final class DayOption {

    @Option(names = "--date")
    private String text;

    /** The text as given, null when the option is absent (the refusals quote it). */
    public String text() {
        return text;
    }

    /** The day given, {@code otherwise} when absent; when malformed, {@code refusal} is collected and null returned. */
    public LocalDate value(LocalDate otherwise, Msg refusal, ProblemCollector problems) {
        return OptionValues.date(text, otherwise, refusal, problems);
    }
}
