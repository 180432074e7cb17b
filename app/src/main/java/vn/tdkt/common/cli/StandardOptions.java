package vn.tdkt.common.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} and {@code -V/--version}, mixed into every command of the tree (the root, a {@link CommandGroup},
 * a {@link FeatureCommand}); their descriptions come from the bundle keys {@code cli.option.help} / {@code cli.option.version}.
 */
public final class StandardOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;
    @Option(names = {"-V", "--version"}, versionHelp = true)
    private boolean version;
}
