package vn.tdkt.audit.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.audit.domain.AuditChain;
import vn.tdkt.common.cli.CommandGroup;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;

/**
 * {@code tdkt audit verify|export}: checks the hash chain of the audit log (exit 0 when intact, {@link #BROKEN} naming
 * the first broken entry) and writes the entries of a period to an .xlsx.
 */
@Command(name = "audit", sortOptions = false, usageHelpAutoWidth = true)
public final class AuditCommand extends CommandGroup {

    /** The exit code of {@code audit verify} when the chain is broken (above the shared {@code ExitCodes}). */
    public static final int BROKEN = 3;

    /** The command with its two subcommands. */
    public static CommandLine commandLine(Supplier<AppContext> context, Locale locale) {
        return new AuditCommand().with(new Verify(context, locale), new Export(context, locale));
    }

    @Command(name = "verify", sortOptions = false, usageHelpAutoWidth = true)
    static final class Verify extends FeatureCommand<AppContext> {
        Verify(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            AuditChain.Result r = context.get().audit().verify();
            if (r.intact()) {
                return done(Msg.of("audit.cli.intact", r.checked(), r.lastHash()));
            }
            AuditChain.Break b = r.firstBreak().orElseThrow();
            err().println(Msg.of("audit.cli.broken", b.seq(), b.reason(), r.checked()).in(locale));
            err().flush();
            return BROKEN;
        }
    }

    @Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
    static final class Export extends FeatureCommand<AppContext> {
        @Option(names = "--from", required = true)
        String from;
        @Option(names = "--to", required = true)
        String to;
        @Mixin
        OutputFile out;

        Export(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            ProblemCollector problems = new ProblemCollector();
            LocalDate f = OptionValues.date(from, null, Msg.of("audit.cli.badDate", "--from", from), problems);
            LocalDate t = OptionValues.date(to, null, Msg.of("audit.cli.badDate", "--to", to), problems);
            out.expect(problems, "audit.export.xlsxOnly", ".xlsx");
            if (f != null && t != null && t.isBefore(f)) {
                problems.add(Problem.file(Msg.of("audit.export.badPeriod", f, t)));
            }
            problems.throwIfAny();
            int n = context.get().audit().export(f, t, out.path(), locale);
            return done(Msg.of("audit.cli.exported", n, f, t, out.shown()));
        }
    }
}
