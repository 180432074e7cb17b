package vn.tdkt.common.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The shell of a command that only groups subcommands ({@code user}, {@code audit}, {@code certificate},
 * {@code registration} …): {@code -h/--help}, {@code -V/--version}, and its usage (the list of its subcommands) when it
 * is called alone. A feature's group extends it with its {@code @Command(name = …)} and builds its command line with
 * {@link #with}; its subcommands extend {@link FeatureCommand}.
 */
public abstract class CommandGroup implements Callable<Integer> {

    @Mixin
    private StandardOptions standard;
    @Spec
    private CommandSpec spec;

    /** This group's command line with the subcommands in the order given, each named by its {@code @Command}. */
    protected final CommandLine with(FeatureCommand<?>... subcommands) {
        CommandLine c = new CommandLine(this);
        for (FeatureCommand<?> s : subcommands) {
            c.addSubcommand(s);
        }
        return c;
    }

    /** Called with no subcommand: prints the group's usage, exit 0. */
    @Override
    public final Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
