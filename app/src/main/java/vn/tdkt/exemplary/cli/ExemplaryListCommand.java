package vn.tdkt.exemplary.cli;

import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.exemplary.domain.Period;

/**
 * {@code tdkt exemplary-list [--movement CODE] [--from YEAR] [--to YEAR] --out FILE.xlsx}: the print-ready Danh sách giới
 * thiệu điển hình tiên tiến of a movement and every movement below it (default: every model), with the years each
 * model was recognised in the period.
 */
@Command(name = "exemplary-list", sortOptions = false, usageHelpAutoWidth = true)
public final class ExemplaryListCommand extends FeatureCommand<AppContext> {

    @Option(names = "--movement")
    String movement;

    @Mixin
    PeriodOptions years;

    @Mixin
    OutputFile out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public ExemplaryListCommand(Supplier<AppContext> context, Locale locale) {
        super(context, locale);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        Period period = years.period(problems);
        out.expect(problems, "exemplary.problem.extension", ".xlsx");
        PeriodOptions.refuseReversed(period, problems);
        problems.throwIfAny();
        int n = context.get().exemplaryLists().writeIntroduction(movement, period, out.path());
        return done(Msg.of("exemplary.cli.listDone", String.valueOf(n), out.shown()));
    }
}
