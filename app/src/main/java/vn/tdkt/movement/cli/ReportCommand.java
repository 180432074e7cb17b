package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.movement.domain.MovementReport;

/**
 * {@code tdkt report --movement CODE --kind so-ket|tong-ket [--date dd/MM/yyyy] --out FILE.docx}: the báo cáo sơ kết
 * or tổng kết of a movement on a day (default today), with figures from the data.
 */
@Command(name = "report", sortOptions = false, usageHelpAutoWidth = true)
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--movement", required = true)
    String movement;

    @Option(names = "--kind", required = true)
    String kind;

    @Option(names = "--date")
    String date;

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
    private final Clock clock;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public ReportCommand(Supplier<AppContext> context, Locale locale, Clock clock) {
        this.context = context;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = CommandSupport.date("--date", date, LocalDate.now(clock), problems);
        CommandSupport.extension(out, List.of(".docx"), problems);
        MovementReport.Kind k = Labelled.parse(MovementReport.Kind.class, kind).orElse(null);
        if (k == null) {
            problems.add(Problem.file(Msg.of("movement.cli.badKind", kind)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Path written = context.get().movementReports().writeReport(movement.trim(), k, day, out);
        spec.commandLine().getOut().println(Msg.of("movement.written", written.toAbsolutePath().toString()).in(locale));
        return 0;
    }
}
