package vn.tdkt.audit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.AppContext;
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
public final class AuditCommand implements Callable<Integer> {

    /** The exit code of {@code audit verify} when the chain is broken. */
    public static final int BROKEN = 3;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;
    @Option(names = {"-V", "--version"}, versionHelp = true)
    boolean version;
    @Spec
    CommandSpec spec;

    /** The command with its two subcommands. */
    public static CommandLine commandLine(Supplier<AppContext> context, Locale locale) {
        CommandLine c = new CommandLine(new AuditCommand());
        c.addSubcommand("verify", new Verify(context, locale));
        c.addSubcommand("export", new Export(context, locale));
        return c;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** What the subcommands share. */
    abstract static class Sub implements Callable<Integer> {
        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;
        @Option(names = {"-V", "--version"}, versionHelp = true)
        boolean version;
        @Spec
        CommandSpec spec;

        final Supplier<AppContext> context;
        final Locale locale;

        Sub(Supplier<AppContext> context, Locale locale) {
            this.context = context;
            this.locale = locale;
        }
    }

    @Command(name = "verify", sortOptions = false, usageHelpAutoWidth = true)
    static final class Verify extends Sub {
        Verify(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            AuditChain.Result r = context.get().audit().verify();
            if (r.intact()) {
                spec.commandLine().getOut().println(Msg.of("audit.cli.intact", r.checked(), r.lastHash()).in(locale));
                return 0;
            }
            AuditChain.Break b = r.firstBreak().orElseThrow();
            PrintWriter err = spec.commandLine().getErr();
            err.println(Msg.of("audit.cli.broken", b.seq(), b.reason(), r.checked()).in(locale));
            return BROKEN;
        }
    }

    @Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
    static final class Export extends Sub {
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
            spec.commandLine().getOut().println(Msg.of("audit.cli.exported", n, f, t, out.toAbsolutePath().toString())
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
