package vn.tdkt.common.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible texts: one bundle family {@value #BUNDLE}, Vietnamese by default, English second.
 * Keys are dotted and semantic ({@code people.list.search}); placeholders are MessageFormat {@code {0}}.
 */
public final class Messages {

    public static final String BUNDLE = "vn.tdkt.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Vietnamese unless the language tag is "en"; never falls back to the machine's locale. */
    public static Messages of(String languageTag) {
        Locale locale = "en".equalsIgnoreCase(languageTag) ? Locale.ENGLISH : VIETNAMESE;
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language chosen with -Dtdkt.lang (vi by default). */
    public static Messages fromSystem() {
        return of(System.getProperty("tdkt.lang", "vi"));
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? VIETNAMESE : bundle.getLocale();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(bundle.getString(key), locale());
        return f.format(args);
    }
}
