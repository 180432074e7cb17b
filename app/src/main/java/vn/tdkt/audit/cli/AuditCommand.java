package vn.tdkt.audit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.CommandGroup;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.audit.domain.AuditChain;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;

/**
 * {@code tdkt audit verify|export}: checks the hash chain of the audit log (exit 0 when intact, {@link #BROKEN} naming
 * the first broken entry) and writes the entries of a period to an .xlsx.
 */
@Command(name = "audit", sortOptions = false, usageHelpAutoWidth = true)
public final class AuditCommand extends CommandGroup {

    /** The exit code of {@code audit verify} when the chain is broken. */
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
                out().println(Msg.of("audit.cli.intact", r.checked(), r.lastHash()).in(locale));
                return 0;
            }
            AuditChain.Break b = r.firstBreak().orElseThrow();
            PrintWriter err = err();
            err.println(Msg.of("audit.cli.broken", b.seq(), b.reason(), r.checked()).in(locale));
            return BROKEN;
        }
    }

    @Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
    static final class Export extends FeatureCommand<AppContext> {
        @Option(names = "--from", required = true)
        String from;
        @Option(names = "--to", required = true)
        String to;
        @Option(names = "--out", required = true)
        Path out;

        Export(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            List<Problem> problems = new ArrayList<>();
            LocalDate f = date("--from", from, problems);
            LocalDate t = date("--to", to, problems);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                problems.add(Problem.file(Msg.of("audit.export.xlsxOnly", out.getFileName().toString())));
            }
            if (f != null && t != null && t.isBefore(f)) {
                problems.add(Problem.file(Msg.of("audit.export.badPeriod", f, t)));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            int n = context.get().audit().export(f, t, out, locale);
            out().println(Msg.of("audit.cli.exported", n, f, t, out.toAbsolutePath().toString())
                    .in(locale));
            return 0;
        }

        private static LocalDate date(String option, String text, List<Problem> problems) {
            LocalDate d = VnFormat.parseDate(text).orElse(null);
            if (d == null) {
                problems.add(Problem.file(Msg.of("audit.cli.badDate", option, text)));
            }
            return d;
        }
    }
}
