package vn.tdkt.common.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;

/**
 * The shell every feature's command shares: {@code -h/--help} and {@code -V/--version} (their texts come from the
 * bundle, {@code vn.tdkt.cli.CliTexts}), the services of the one composition root (opened only when the command asks
 * for them), the language chosen with {@code --lang}, and picocli's output streams. A subcommand of a
 * {@link CommandGroup} extends it; so does a single command. What a command prints ends through {@link #done} (stdout,
 * exit 0) or {@link #refused} (stderr, exit 2), in the chosen language; a {@code ValidationException} it throws reaches
 * the command line's handler, which prints every problem (exit 2).
 *
 * @param <C> the composition root ({@code vn.tdkt.AppContext}); a type parameter so that common does not depend on it
 */
public abstract class FeatureCommand<C> implements Callable<Integer> {

    @Mixin
    private StandardOptions standard;
    @Spec
    private CommandSpec spec;

    /** The services, opened on the first call and closed by the command line when the command ends. */
    protected final Supplier<C> context;
    /** The language of every text the command prints. */
    protected final Locale locale;

    protected FeatureCommand(Supplier<C> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    /** The command as picocli sees it (its name, its command line). */
    protected final CommandSpec spec() {
        return spec;
    }

    /** Where results go (stdout of the process, or the test's writer). */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where refusals go (stderr of the process, or the test's writer). */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints what the command did (stdout, the chosen language); exit {@link ExitCodes#OK}. */
    protected final int done(Msg text) {
        out().println(text.in(locale));
        out().flush();
        return ExitCodes.OK;
    }

    /** Prints a refusal the clerk can act on (stderr, the chosen language); exit {@link ExitCodes#INVALID}. */
    protected final int refused(AppException e) {
        err().println(e.text(locale));
        err().flush();
        return ExitCodes.INVALID;
    }

    /** Prints every problem, one a line (stderr, the chosen language); exit {@link ExitCodes#INVALID}. */
    protected final int refused(List<Problem> problems) {
        problems.forEach(p -> err().println(p.describe(locale)));
        err().flush();
        return ExitCodes.INVALID;
    }
}
