package vn.tdkt.movement.cli;

import static vn.tdkt.movement.cli.MovementOptions.day;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.DatedCommand;
import vn.tdkt.common.cli.DayOption;
import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.DeadlineStatus;
import vn.tdkt.movement.service.DeadlineExport;
import vn.tdkt.regime.domain.Milestone;

/**
 * {@code tdkt deadlines [--date dd/MM/yyyy] [--days N] --out FILE.xlsx|FILE.csv}: every milestone not done whose due
 * date (moved to the next working day when it is a day off) is on or before date + N days, and the ministry's yearly
 * submission dates from date − N to date + N days (Loại "Hạn của Trung ương", README decision 171), and the appraisal
 * time limits of the complete dossiers overdue or due by date + N days (Loại "Hạn thẩm định", README decision 187), by
 * due date.
 */
@Command(name = "deadlines", sortOptions = false, usageHelpAutoWidth = true)
public final class DeadlinesCommand extends DatedCommand<AppContext> {

    private static final int MAX_DAYS = 3660;

    @Mixin
    DayOption date;

    @Option(names = "--days")
    String days;

    @Mixin
    OutputFile out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public DeadlinesCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        super(context, locale, clock);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        LocalDate day = day(date, today(), problems);
        Msg badDays = Msg.of("movement.cli.badDays", days, String.valueOf(MAX_DAYS));
        Integer given = OptionValues.integer(days, badDays, problems);
        int n = given == null ? 7 : given;
        if (given != null && (n < 0 || n > MAX_DAYS)) {
            problems.add(Problem.file(badDays));
        }
        out.expect(problems, "movement.cli.extension", ".xlsx", ".csv");
        problems.throwIfAny();
        AppContext ctx = context.get();
        List<Deadline> list = ctx.movements().deadlines(day, n);
        List<Milestone> central = ctx.regimes().calendar().around(day, n, ctx.workingDays());
        List<DeadlineExport.Appraisal> appraisals = ctx.appraisalDeadlines(day, n);
        DeadlineExport.write(list, central, appraisals, day, out.path());
        long late = list.stream().filter(d -> d.status() == DeadlineStatus.QUA_HAN).count()
                + central.stream().filter(m -> m.date().isBefore(day)).count()
                + appraisals.stream().filter(a -> a.due().isBefore(day)).count();
        int all = list.size() + central.size() + appraisals.size();
        return done(Msg.of("movement.cli.deadlinesDone", VnFormat.date(day), String.valueOf(n), String.valueOf(late),
                String.valueOf(all - late), out.shown()));
    }
}
