package vn.tdkt.common.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The shell every feature's command shares: {@code -h/--help} and {@code -V/--version} (their texts come from the
 * bundle, {@code vn.tdkt.cli.CliTexts}), the services of the one composition root (opened only when the command asks
 * for them), the language chosen with {@code --lang}, and picocli's output streams. A subcommand of a
 * {@link CommandGroup} extends it; so may a single command.
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
}
