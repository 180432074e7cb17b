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
import vn.tdkt.exemplary.domain.DelegateResult;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.exemplary.domain.Period;

/**
 * {@code tdkt delegates --quota N [--movement CODE] [--from YEAR] [--to YEAR] --out FILE.xlsx|FILE.csv [--print]}: every
 * model in scope ranked by its recognitions in the period, with Kết quả Được chọn / Không được chọn / Đồng hạng tại điểm
 * cắt; with {@code --print} the print-ready Danh sách (title, signatures) instead of the data table.
 */
@Command(name = "delegates", sortOptions = false, usageHelpAutoWidth = true)
public final class DelegatesCommand extends FeatureCommand<AppContext> {

    @Option(names = "--quota", required = true)
    String quota;

    @Option(names = "--movement")
    String movement;

    @Mixin
    PeriodOptions years;

    @Mixin
    OutputFile out;

    @Option(names = "--print")
    boolean print;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public DelegatesCommand(Supplier<AppContext> context, Locale locale) {
        super(context, locale);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        Integer n = PeriodOptions.number("--quota", quota, problems);
        Period period = years.period(problems);
        if (print) {
            out.expect(problems, "exemplary.problem.extension", ".xlsx");
        } else {
            out.expect(problems, "exemplary.problem.extension", ".xlsx", ".csv");
        }
        problems.throwIfAny();
        AppContext ctx = context.get();
        DelegateSelection s;
        if (print) {
            s = ctx.exemplaryLists().writeDelegates(movement, period, n, out.path());
        } else {
            s = ctx.delegates().select(movement, period, n);
            ctx.delegates().write(s, out.path());
        }
        return done(Msg.of("exemplary.cli.done", String.valueOf(s.lines().size()), String.valueOf(s.selected()),
                String.valueOf(s.tied()), String.valueOf(s.seatsAtCut()),
                String.valueOf(s.with(DelegateResult.KHONG_DUOC_CHON).size()), out.shown()));
    }
}
