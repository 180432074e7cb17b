package vn.tdkt.certificate.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.certificate.domain.PrintResult;
import vn.tdkt.common.cli.CommandGroup;
import vn.tdkt.common.cli.DayOption;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.Progress;
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

    @Command(name = "print", sortOptions = false, usageHelpAutoWidth = true)
    static final class Print extends FeatureCommand<AppContext> {
        @Option(names = "--decision", required = true)
        String decision;
        @Mixin
        DayOption date;
        @Mixin
        OutputFile file;
        @Option(names = "--blank")
        String blank;

        Print(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            ProblemCollector problems = new ProblemCollector();
            file.expect(problems, "certificate.cli.extension", ".pdf");
            LocalDate day = date.value(null, Msg.of("decision.cli.badDate", date.text()), problems);
            problems.throwIfAny();
            try {
                PrintResult r = context.get().certificates().print(decision, day, blank, file.path(), Progress.NONE);
                return done(Msg.of("certificate.cli.printed", r.decisionNo(), String.valueOf(r.pages()),
                        String.valueOf(r.plain()), r.fontName(), file.shown()));
            } catch (DecisionNotFoundException | AmbiguousDecisionException e) {
                return refused(e);
            }
        }
    }

    @Command(name = "calibrate", sortOptions = false, usageHelpAutoWidth = true)
    static final class Calibrate extends FeatureCommand<AppContext> {
        @Option(names = "--blank", required = true)
        String blank;
        @Mixin
        OutputFile file;

        Calibrate(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            ProblemCollector problems = new ProblemCollector();
            file.expect(problems, "certificate.cli.extension", ".pdf");
            problems.throwIfAny();
            context.get().certificates().calibrate(blank, file.path());
            return done(Msg.of("certificate.cli.calibrated", blank, file.shown()));
        }
    }
}
