package vn.tdkt.regime.cli;

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
import vn.tdkt.regime.domain.Milestone;
import vn.tdkt.regime.service.SubmissionDateExport;

/**
 * {@code tdkt submission-dates --year Y [--date dd/MM/yyyy] --out FILE.xlsx|FILE.csv}: the ministry's yearly
 * submission dates for the achievements of year Y (table legal_time_limit, each row in force on its day), moved to
 * the next working day of the office's calendar when on a day off, with the days from --date (default today).
 */
@Command(name = "submission-dates", sortOptions = false, usageHelpAutoWidth = true)
public final class SubmissionDatesCommand extends DatedCommand<AppContext> {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    @Option(names = "--year", required = true)
    String year;

    @Mixin
    DayOption date;

    @Mixin
    OutputFile out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public SubmissionDatesCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        super(context, locale, clock);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        Msg badYear = Msg.of("regime.cli.badYear", year, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        Integer y = OptionValues.integer(year, badYear, problems);
        if (y != null && (y < FIRST_YEAR || y > LAST_YEAR)) {
            problems.add(Problem.file(badYear));
        }
        LocalDate day = date.value(today(), Msg.of("regime.cli.badDate", date.text()), problems);
        out.expect(problems, "regime.cli.extension", ".xlsx", ".csv");
        problems.throwIfAny();
        AppContext ctx = context.get();
        List<Milestone> rows = ctx.regimes().calendar().milestones(y, ctx.workingDays());
        SubmissionDateExport.write(rows, day, out.path());
        long past = rows.stream().filter(m -> m.date().isBefore(day)).count();
        return done(Msg.of("regime.cli.submissionDatesDone", String.valueOf(y), String.valueOf(rows.size()),
                VnFormat.date(day), String.valueOf(past), out.shown()));
    }
}
