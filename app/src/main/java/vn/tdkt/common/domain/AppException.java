package vn.tdkt.common.domain;

import java.util.Locale;

/**
 * A failure with a message a clerk can read; technical detail stays in the cause and the log. The text is a
 * {@link Msg} put into words in the user's language by the window or the command line ({@link #text(Locale)});
 * {@link #getMessage()} is the Vietnamese text (the log's language).
 */
public class AppException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Msg text;

    public AppException(Msg text) {
        super(text.vi());
        this.text = text;
    }

    public AppException(Msg text, Throwable cause) {
        super(text.vi(), cause);
        this.text = text;
    }

    /** A message already in Vietnamese words; kept for code not yet moved to bundle keys. New code uses {@link Msg}. */
    public AppException(String userMessage) {
        this(Msg.of("common.literal", userMessage));
    }

    public AppException(String userMessage, Throwable cause) {
        this(Msg.of("common.literal", userMessage), cause);
    }

    public Msg text() {
        return text;
    }

    /** The message in the given language. */
    public String text(Locale locale) {
        return text.in(locale);
    }
}
