package vn.tdkt.common.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Texts;

/**
 * The window's texts in the chosen language: the bundle family {@value Texts#BUNDLE}, Vietnamese by default,
 * English second. Keys are dotted and semantic ({@code people.list.search}); placeholders are MessageFormat
 * {@code {0}}. Texts from services ({@link vn.tdkt.common.domain.Msg}) are put into words with {@link #text(Localizable)}.
 */
public final class Messages {

    public static final String BUNDLE = Texts.BUNDLE;
    public static final Locale VIETNAMESE = Texts.VIETNAMESE;

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = Texts.bundle(locale);
    }

    /** Vietnamese unless the language tag is "en"; never falls back to the machine's locale. */
    public static Messages of(String languageTag) {
        return new Messages(Texts.locale(languageTag));
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return Texts.format(locale, key, args);
    }

    /**
     * What went wrong, for the clerk: an {@link vn.tdkt.common.domain.AppException}'s own text in this language;
     * anything else is unexpected and gets the generic text, its details going to the log only.
     */
    public String failure(Throwable error) {
        if (error instanceof vn.tdkt.common.domain.ConnectionLostException c && c.repeated()) {
            return text(c.stillLost()); // the whole message was said at the loss's first failure (record 0132)
        }
        if (error instanceof vn.tdkt.common.domain.AppException a) {
            return a.text(locale);
        }
        org.slf4j.LoggerFactory.getLogger(Messages.class).error("Unexpected failure shown to the user", error);
        return get("dialog.error.logHint");
    }

    /**
     * {@link #failure} as a text a problem list carries: an {@link vn.tdkt.common.domain.AppException}'s own text,
     * otherwise the generic one (the details go to the log only), so no exception's raw message reaches the clerk.
     */
    public static vn.tdkt.common.domain.Msg failureText(Throwable error) {
        if (error instanceof vn.tdkt.common.domain.ConnectionLostException c && c.repeated()) {
            return c.stillLost();
        }
        if (error instanceof vn.tdkt.common.domain.AppException a) {
            return a.text();
        }
        org.slf4j.LoggerFactory.getLogger(Messages.class).error("Unexpected failure shown to the user", error);
        return vn.tdkt.common.domain.Msg.of("dialog.error.logHint");
    }

    /** A service's text in this language. */
    public String text(Localizable text) {
        return text.in(locale);
    }

    /** An enum's label in this language. */
    public String label(Labelled value) {
        return value == null ? "" : value.text(locale);
    }
}
