package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.DeadlineStatus;
import vn.tdkt.movement.service.DeadlineExport;

/**
 * {@code tdkt deadlines [--date dd/MM/yyyy] [--days N] --out FILE.xlsx|FILE.csv}: every milestone not done whose due
 * date (moved to the next working day when it is a day off) is on or before date + N days, sorted by due date.
 */
@Command(name = "deadlines", sortOptions = false, usageHelpAutoWidth = true)
public final class DeadlinesCommand implements Callable<Integer> {

    private static final int MAX_DAYS = 3660;

    @Option(names = "--date")
    String date;

    @Option(names = "--days")
    String days;

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
    public DeadlinesCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        this.context = context;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = CommandSupport.date("--date", date, LocalDate.now(clock), problems);
        int n = 7;
        if (days != null) {
            try {
                n = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > MAX_DAYS) {
                problems.add(Problem.file(Msg.of("movement.cli.badDays", days, String.valueOf(MAX_DAYS))));
            }
        }
        CommandSupport.extension(out, List.of(".xlsx", ".csv"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        {
            List<Deadline> list = context.get().movements().deadlines(day, n);
            DeadlineExport.write(list, out);
            long late = list.stream().filter(d -> d.status() == DeadlineStatus.QUA_HAN).count();
            spec.commandLine().getOut().println(Msg.of("movement.cli.deadlinesDone", VnFormat.date(day), String.valueOf(n),
                    String.valueOf(late), String.valueOf(list.size() - late), out.toAbsolutePath().toString()).in(locale));
            return 0;
        }
    }
}
