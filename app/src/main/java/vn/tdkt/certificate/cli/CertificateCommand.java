package vn.tdkt.certificate.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.CommandGroup;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.certificate.domain.PrintResult;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.AmbiguousDecisionException;
import vn.tdkt.decision.domain.DecisionNotFoundException;

/**
 * {@code tdkt certificate print --decision <số> [--date dd/MM/yyyy] --out FILE.pdf [--blank CODE]} (every recipient of
 * the decision, one page each) and {@code tdkt certificate calibrate --blank CODE --out FILE.pdf} (the calibration
 * sheet at 1:1 scale). Exit 0 when written, 2 on invalid input or an unknown or ambiguous decision.
 */
@Command(name = "certificate", sortOptions = false, usageHelpAutoWidth = true)
public final class CertificateCommand extends CommandGroup {

    /** The command with its two subcommands. */
    public static CommandLine commandLine(Supplier<AppContext> context, Locale locale) {
        return new CertificateCommand().with(new Print(context, locale), new Calibrate(context, locale));
    }

    /** A file the subcommands write must be a .pdf. */
    static void pdf(Path out) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new ValidationException(List.of(Problem.file(Msg.of("certificate.cli.extension",
                    out.getFileName().toString()))));
        }
    }

    @Command(name = "print", sortOptions = false, usageHelpAutoWidth = true)
    static final class Print extends FeatureCommand<AppContext> {
        @Option(names = "--decision", required = true)
        String decision;
        @Option(names = "--date")
        String date;
        @Option(names = "--out", required = true)
        Path file;
        @Option(names = "--blank")
        String blank;

        Print(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            pdf(file);
            LocalDate day = null;
            if (date != null) {
                day = VnFormat.parseDate(date.trim()).orElseThrow(() -> new ValidationException(List.of(
                        Problem.file(Msg.of("decision.cli.badDate", date)))));
            }
            try {
                PrintResult r = context.get().certificates().print(decision, day, blank, file, Progress.NONE);
                out().println(Msg.of("certificate.cli.printed", r.decisionNo(), String.valueOf(r.pages()),
                        String.valueOf(r.plain()), r.fontName(), file.toAbsolutePath().toString()).in(locale));
                return 0;
            } catch (DecisionNotFoundException | AmbiguousDecisionException e) {
                err().println(e.text(locale));
                return 2;
            }
        }
    }

    @Command(name = "calibrate", sortOptions = false, usageHelpAutoWidth = true)
    static final class Calibrate extends FeatureCommand<AppContext> {
        @Option(names = "--blank", required = true)
        String blank;
        @Option(names = "--out", required = true)
        Path file;

        Calibrate(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            pdf(file);
            context.get().certificates().calibrate(blank, file);
            out().println(Msg.of("certificate.cli.calibrated", blank, file.toAbsolutePath().toString()).in(locale));
            return 0;
        }
    }
}
