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
import vn.tdkt.exemplary.domain.Period;

/**
 * {@code tdkt exemplary-list [--movement CODE] [--from YEAR] [--to YEAR] --out FILE.xlsx}: the print-ready Danh sách giới
 * thiệu điển hình tiên tiến of a movement and every movement below it (default: every model), with the years each
 * model was recognised in the period.
 */
@Command(name = "exemplary-list", sortOptions = false, usageHelpAutoWidth = true)
public final class ExemplaryListCommand implements Callable<Integer> {

    @Option(names = "--movement")
    String movement;

    @Option(names = "--from")
    String from;

    @Option(names = "--to")
    String to;

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

    /** @param context the composition root's services on the data folder; its owner closes them */
    public ExemplaryListCommand(Supplier<AppContext> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        Integer fromYear = number("--from", from, problems);
        Integer toYear = number("--to", to, problems);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            problems.add(Problem.file(Msg.of("exemplary.problem.extension", out.getFileName().toString(), ".xlsx")));
        }
        Period period = new Period(fromYear, toYear);
        if (period.reversed()) {
            problems.add(Problem.file(Msg.of("exemplary.problem.reversedPeriod", String.valueOf(fromYear),
                    String.valueOf(toYear))));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int n = context.get().exemplaryLists().writeIntroduction(movement, period, out);
        spec.commandLine().getOut().println(Msg.of("exemplary.cli.listDone", String.valueOf(n),
                out.toAbsolutePath().toString()).in(locale));
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
