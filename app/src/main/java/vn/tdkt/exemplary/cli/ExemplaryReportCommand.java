package vn.tdkt.exemplary.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.DatedCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.exemplary.domain.Period;
import vn.tdkt.exemplary.service.ExemplaryLists;
import vn.tdkt.movement.cli.MovementOptions;
import vn.tdkt.movement.domain.MovementReport;

/**
 * {@code tdkt exemplary-report --movement CODE [--kind so-ket|tong-ket] [--from YEAR] [--to YEAR] --out FILE.docx}: the
 * Word report on the exemplary models of a movement and every movement below it for its sơ kết or tổng kết
 * (decision 96: tổng kết by default; recognitions from the movement's first year unless --from; dated today, or
 * 31/12 of --to when that year is over). Bad input is a {@link ValidationException}: exit 2 through the command line.
 */
@Command(name = "exemplary-report", sortOptions = false, usageHelpAutoWidth = true)
public final class ExemplaryReportCommand extends DatedCommand<AppContext> {

    @Option(names = "--movement", required = true)
    String movement;

    @Option(names = "--kind")
    String kind;

    @Mixin
    PeriodOptions years;

    @Mixin
    OutputFile out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public ExemplaryReportCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        super(context, locale, clock);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        Period period = years.period(problems);
        MovementReport.Kind k = MovementOptions.kind(kind, MovementReport.Kind.TONG_KET, problems);
        out.expect(problems, "exemplary.problem.extension", ".docx");
        PeriodOptions.refuseReversed(period, problems);
        problems.throwIfAny();
        LocalDate day = ExemplaryLists.reportDay(period.to(), today());
        context.get().exemplaryLists().writeReport(movement.strip(), k.label(), day, period.from(), out.path());
        return done(Msg.of("exemplary.cli.reportDone", k.label(), movement.strip(), out.shown()));
    }
}
