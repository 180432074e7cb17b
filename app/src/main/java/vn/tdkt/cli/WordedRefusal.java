package vn.tdkt.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A converter's refusal already worded in the user's language (from the bundles); picocli's own converters throw a
 * plain {@link TypeConversionException} in English, which {@link ParseErrors} rewords.
 */
public final class WordedRefusal extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    public WordedRefusal(String text) {
        super(text);
    }
}
