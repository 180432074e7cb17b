package vn.tdkt.movement.cli;

import static vn.tdkt.movement.cli.MovementOptions.day;
import static vn.tdkt.movement.cli.MovementOptions.kind;

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
import vn.tdkt.movement.domain.MovementReport;

/**
 * {@code tdkt report --movement CODE --kind so-ket|tong-ket [--date dd/MM/yyyy] --out FILE.docx}: the báo cáo sơ kết
 * or tổng kết of a movement on a day (default today), with figures from the data.
 */
@Command(name = "report", sortOptions = false, usageHelpAutoWidth = true)
public final class ReportCommand extends DatedCommand<AppContext> {

    @Option(names = "--movement", required = true)
    String movement;

    @Option(names = "--kind", required = true)
    String kind;

    @Mixin
    DayOption date;

    @Mixin
    OutputFile out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public ReportCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        super(context, locale, clock);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        LocalDate day = day(date, today(), problems);
        out.expect(problems, "movement.cli.extension", ".docx");
        MovementReport.Kind k = kind(kind, null, problems);
        problems.throwIfAny();
        return written(context.get().movementReports().writeReport(movement.trim(), k, day, out.path()));
    }
}
