package vn.tdkt.decision.cli;

import java.nio.file.Path;
import java.time.LocalDate;
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
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.AmbiguousDecisionException;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionNotFoundException;

/**
 * {@code tdkt recognition --decision NUMBER [--date dd/MM/yyyy] --out FILE.docx}: the Quyết định công nhận danh hiệu
 * thi đua (head of the Sở) of a recorded decision, with its list. Exit 0 when written, 2 on invalid input or an
 * unknown or ambiguous decision.
 */
@Command(name = "recognition", sortOptions = false, usageHelpAutoWidth = true)
public final class RecognitionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--decision", required = true)
    private String decision;

    @Option(names = "--date")
    private String date;

    @Option(names = "--out", required = true)
    private Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    private boolean version;

    private final Supplier<AppContext> context;
    private final Locale locale;

    public RecognitionCommand(Supplier<AppContext> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new ValidationException(List.of(Problem.file(Msg.of("recognition.extension", out.getFileName().toString()))));
        }
        LocalDate day = null;
        if (date != null) {
            day = VnFormat.parseDate(date.trim()).orElseThrow(() -> new ValidationException(List.of(
                    Problem.file(Msg.of("decision.cli.badDate", date)))));
        }
        try {
            Decision d = context.get().decisionForms().writeRecognition(decision, day, out, Progress.NONE);
            spec.commandLine().getOut().println(Msg.of("recognition.done", d.info().decisionNo(),
                    String.valueOf(d.recipients().size()), out.toAbsolutePath().toString()).in(locale));
            return 0;
        } catch (DecisionNotFoundException | AmbiguousDecisionException e) {
            spec.commandLine().getErr().println(e.text(locale));
            return 2;
        }
    }
}
