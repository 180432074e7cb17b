package vn.tdkt.movement.cli;

import static vn.tdkt.movement.cli.MovementOptions.day;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.DatedCommand;
import vn.tdkt.common.cli.DayOption;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.ProblemCollector;

/**
 * {@code tdkt reminder --movement CODE [--date dd/MM/yyyy] --out FILE.docx}: the công văn đôn đốc of a movement on a
 * day (default today), addressed to the units that have not done a milestone overdue then.
 */
@Command(name = "reminder", sortOptions = false, usageHelpAutoWidth = true)
public final class ReminderCommand extends DatedCommand<AppContext> {

    @Option(names = "--movement", required = true)
    String movement;

    @Mixin
    DayOption date;

    @Mixin
    OutputFile out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public ReminderCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        super(context, locale, clock);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        LocalDate day = day(date, today(), problems);
        out.expect(problems, "movement.cli.extension", ".docx");
        problems.throwIfAny();
        return written(context.get().movementReports().writeReminder(movement.trim(), day, out.path()));
    }
}
