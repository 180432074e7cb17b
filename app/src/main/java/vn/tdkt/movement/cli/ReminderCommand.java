package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;

/**
 * {@code tdkt reminder --movement CODE [--date dd/MM/yyyy] --out FILE.docx}: the công văn đôn đốc of a movement on a
 * day (default today), addressed to the units that have not done a milestone overdue then.
 */
@Command(name = "reminder", sortOptions = false, usageHelpAutoWidth = true)
public final class ReminderCommand implements Callable<Integer> {

    @Option(names = "--movement", required = true)
    String movement;

    @Option(names = "--date")
    String date;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    boolean version;

    @Spec
    CommandSpec spec;

    private final Supplier<AppContext> context;
    private final Locale locale;
    private final Clock clock;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public ReminderCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        this.context = context;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = CommandSupport.date("--date", date, LocalDate.now(clock), problems);
        CommandSupport.extension(out, List.of(".docx"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Path written = context.get().movementReports().writeReminder(movement.trim(), day, out);
        spec.commandLine().getOut().println(Msg.of("movement.written", written.toAbsolutePath().toString()).in(locale));
        return 0;
    }
}
