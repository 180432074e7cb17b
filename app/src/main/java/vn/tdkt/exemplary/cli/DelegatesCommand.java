package vn.tdkt.exemplary.cli;

import java.nio.file.Path;
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
import vn.tdkt.exemplary.domain.DelegateResult;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.exemplary.domain.Period;

/**
 * {@code tdkt delegates --quota N [--movement CODE] [--from YEAR] [--to YEAR] --out FILE.xlsx|FILE.csv [--print]}: every
 * model in scope ranked by its recognitions in the period, with Kết quả Được chọn / Không được chọn / Đồng hạng tại điểm
 * cắt; with {@code --print} the print-ready Danh sách (title, signatures) instead of the data table.
 */
@Command(name = "delegates", sortOptions = false, usageHelpAutoWidth = true)
public final class DelegatesCommand implements Callable<Integer> {

    @Option(names = "--quota", required = true)
    String quota;

    @Option(names = "--movement")
    String movement;

    @Option(names = "--from")
    String from;

    @Option(names = "--to")
    String to;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--print")
    boolean print;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    boolean version;

    @Spec
    CommandSpec spec;

    private final Supplier<AppContext> context;
    private final Locale locale;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public DelegatesCommand(Supplier<AppContext> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        Integer n = number("--quota", quota, problems);
        Integer fromYear = number("--from", from, problems);
        Integer toYear = number("--to", to, problems);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (print && !name.endsWith(".xlsx")) {
            problems.add(Problem.file(Msg.of("exemplary.problem.extension", out.getFileName().toString(), ".xlsx")));
        } else if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            problems.add(Problem.file(Msg.of("exemplary.problem.extension", out.getFileName().toString(), ".xlsx, .csv")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AppContext ctx = context.get();
        DelegateSelection s;
        if (print) {
            s = ctx.exemplaryLists().writeDelegates(movement, new Period(fromYear, toYear), n, out);
        } else {
            s = ctx.delegates().select(movement, new Period(fromYear, toYear), n);
            ctx.delegates().write(s, out);
        }
        spec.commandLine().getOut().println(Msg.of("exemplary.cli.done", String.valueOf(s.lines().size()),
                String.valueOf(s.selected()), String.valueOf(s.tied()), String.valueOf(s.seatsAtCut()),
                String.valueOf(s.with(DelegateResult.KHONG_DUOC_CHON).size()), out.toAbsolutePath().toString()).in(locale));
        return 0;
    }

    private static Integer number(String option, String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.file(Msg.of("exemplary.cli.badNumber", option, text)));
            return null;
        }
    }
}
