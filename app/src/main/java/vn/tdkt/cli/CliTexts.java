package vn.tdkt.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import vn.tdkt.common.domain.Texts;

/**
 * Puts every line of the usage help of the command tree into words from the bundle {@value Texts#BUNDLE}
 * (section {@code cli.*}), in the language chosen with {@code --lang}: the command descriptions, headers and
 * footers, the headings, and each option's and parameter's description and label. The annotations carry only names
 * and types. A help line without a key fails at start-up, so no command can print a text the bundle does not have.
 *
 * <p>Keys, for a command {@code C} (its name, after its parents' names for a nested command, e.g.
 * {@code registration.template}; {@code root} for {@code tdkt}):
 * {@code cli.C.description} (lines split on a newline), optional {@code cli.C.header} / {@code cli.C.footer};
 * {@code cli.C.option.NAME} (NAME: the longest option name without dashes; falls back to {@code cli.option.NAME},
 * shared by -h/-V) with {@code .label} for options that take a value; {@code cli.C.param.INDEX} and its {@code .label}.
 */
public final class CliTexts {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final java.util.Set<String> used = new java.util.TreeSet<>();

    public CliTexts(Locale locale) {
        this.locale = locale;
        this.bundle = Texts.bundle(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A text of the bundle with its arguments, in the chosen language. */
    public String format(String key, Object... args) {
        return Texts.format(locale, key, args);
    }

    /** Applies the texts to the command and every subcommand, and gives each the application's version. */
    public void apply(CommandLine root, CommandLine.IVersionProvider version) {
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        for (CommandLine c : all) {
            CommandSpec spec = c.getCommandSpec();
            // a nested command's keys carry its parents: cli.registration.template.*
            String cmd = c == root ? "root" : spec.qualifiedName(".").substring(root.getCommandSpec().name().length() + 1);
            spec.versionProvider(version);
            UsageMessageSpec u = spec.usageMessage();
            u.synopsisHeading(get("cli.heading.synopsis") + " ");
            u.parameterListHeading(get("cli.heading.parameters") + "%n");
            u.optionListHeading(get("cli.heading.options") + "%n");
            u.commandListHeading(get("cli.heading.commands") + "%n");
            u.synopsisSubcommandLabel(get("cli.heading.command"));
            u.description(lines(get("cli." + cmd + ".description")));
            optional("cli." + cmd + ".header").ifPresent(h -> u.header(lines(h)));
            optional("cli." + cmd + ".footer").ifPresent(f -> u.footer(lines(f)));
            for (OptionSpec o : List.copyOf(spec.options())) {
                String name = o.longestName().replaceFirst("^-+", "");
                String key = optional("cli." + cmd + ".option." + name).isPresent()
                        ? "cli." + cmd + ".option." + name : "cli.option." + name;
                OptionSpec.Builder b = o.toBuilder().description(lines(get(key)));
                if (o.arity().max() > 0) {
                    b.paramLabel(get(key + ".label"));
                }
                replace(spec, o, b.build());
            }
            for (PositionalParamSpec p : List.copyOf(spec.positionalParameters())) {
                String key = "cli." + cmd + ".param." + p.index().min();
                replace(spec, p, p.toBuilder().description(lines(get(key))).paramLabel(get(key + ".label")).build());
            }
        }
    }

    private static void replace(CommandSpec spec, ArgSpec old, ArgSpec now) {
        spec.remove(old);
        if (now instanceof OptionSpec o) {
            spec.addOption(o);
        } else {
            spec.addPositional((PositionalParamSpec) now);
        }
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        c.getSubcommands().values().forEach(s -> collect(s, all));
    }

    private String get(String key) {
        String text = bundle.getString(key);
        used.add(key);
        return text;
    }

    private java.util.Optional<String> optional(String key) {
        return bundle.containsKey(key) ? java.util.Optional.of(get(key)) : java.util.Optional.empty();
    }

    /** The keys the help of the commands applied so far used (the bundle consistency test asks). */
    public java.util.Set<String> usedKeys() {
        return java.util.Collections.unmodifiableSet(used);
    }

    /** The bundle text as picocli's lines: picocli formats them, so a percent sign ("Tỷ lệ (%)") is escaped. */
    private static String[] lines(String text) {
        return text.replace("%", "%%").split("\n");
    }
}
