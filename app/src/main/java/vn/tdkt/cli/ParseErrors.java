package vn.tdkt.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.tdkt.common.cli.WordedRefusal;

/**
 * picocli's parse errors in the user's language: picocli words them in English ("Unknown option: '--nam'"), so each
 * kind of error gets a bundle text naming the option or argument concerned, followed by the command's usage in the
 * same language (decision 0025). No log is written: a refused command line has not chosen its data folder yet.
 */
final class ParseErrors {

    private ParseErrors() {
    }

    /** The text for {@code e}, in the language of {@code texts}. */
    static String text(ParameterException e, CliTexts texts) {
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String args = unmatched.stream().map(a -> "“" + a + "”").collect(Collectors.joining(", "));
            boolean option = !unmatched.isEmpty() && unmatched.get(0).startsWith("-");
            String text = texts.format(option ? "cli.error.unknownOption" : "cli.error.unmatched", args);
            List<String> suggestions = u.getSuggestions();
            return suggestions.isEmpty() ? text
                    : text + " " + texts.format("cli.error.didYouMean", String.join(", ", suggestions));
        }
        if (e instanceof MissingParameterException m) {
            return texts.format("cli.error.missing", names(m.getMissing()));
        }
        if (e instanceof OverwrittenOptionException o) {
            return texts.format("cli.error.repeated", name(o.getOverwritten()));
        }
        if (e instanceof MaxValuesExceededException) {
            return texts.format("cli.error.tooMany");
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return texts.format("cli.error.exclusive");
        }
        if (e.getCause() instanceof WordedRefusal refusal && e.getArgSpec() != null) {
            // our converters word their refusal in the user's language already
            return texts.format("cli.error.converted", name(e.getArgSpec()), refusal.getMessage());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return texts.format("cli.error.badValue", name(e.getArgSpec()), e.getValue());
        }
        if (e.getArgSpec() != null) {
            return texts.format("cli.error.badArgument", name(e.getArgSpec()));
        }
        return texts.format("cli.error.general");
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(ParseErrors::name).collect(Collectors.joining(", "));
    }

    /** "--nam" for an option, "<TỆP>" for a positional parameter. */
    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        if (spec instanceof PositionalParamSpec p) {
            return p.paramLabel();
        }
        return spec.paramLabel();
    }
}
