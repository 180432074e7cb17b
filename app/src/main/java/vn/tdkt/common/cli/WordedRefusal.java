package vn.tdkt.common.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A converter's refusal already worded in the user's language (from the bundles); picocli's own converters throw a
 * plain {@link TypeConversionException} in English, which the command line rewords ({@code vn.tdkt.cli.ParseErrors}).
 * It sits in common so that every feature's commands can throw it without depending on the command-line root.
 */
public final class WordedRefusal extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    public WordedRefusal(String text) {
        super(text);
    }
}
