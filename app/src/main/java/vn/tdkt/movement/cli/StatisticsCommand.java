package vn.tdkt.movement.cli;

import java.nio.file.Path;
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

/**
 * {@code tdkt statistics --form 0601|0602|0603|0604|0605 --year Y --out FILE.xlsx}: biểu 0601.N (phong trào), 0602.N
 * (khen thưởng Nhà nước), 0603.N (khen thưởng cấp tỉnh), 0604.N (tổ chức làm công tác TĐKT), 0605.N (công chức làm
 * công tác TĐKT) of TT 02/2023/TT-BNV.
 */
@Command(name = "statistics", sortOptions = false, usageHelpAutoWidth = true)
public final class StatisticsCommand implements Callable<Integer> {

    @Option(names = "--form", required = true)
    String form;

    @Option(names = "--year", required = true)
    String year;

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
    public StatisticsCommand(Supplier<AppContext> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        String number = form.trim().toUpperCase(Locale.ROOT).replaceFirst("\\.N$", "");
        if (!List.of("0601", "0602", "0603", "0604", "0605").contains(number)) {
            problems.add(Problem.file(Msg.of("movement.cli.form", form)));
        }
        int y = 0;
        try {
            y = Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            y = 0;
        }
        if (y < 1990 || y > 2100) {
            problems.add(Problem.file(Msg.of("movement.cli.year", year)));
        }
        CommandSupport.extension(out, List.of(".xlsx"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        {
            context.get().statisticsForm(number).orElseThrow().accept(out, y);
            Path written = out;
            spec.commandLine().getOut().println(Msg.of("movement.written", written.toAbsolutePath().toString()).in(locale));
            return 0;
        }
    }
}
