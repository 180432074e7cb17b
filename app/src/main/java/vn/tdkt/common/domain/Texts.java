package vn.tdkt.common.domain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundle family every user-visible text comes from ({@value #BUNDLE}): Vietnamese by default, English
 * second, never the machine's own locale. Used by {@link Msg}, the window's {@code Messages} and the command line.
 */
public final class Texts {

    public static final String BUNDLE = "vn.tdkt.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final ConcurrentHashMap<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** Vietnamese unless the tag is "en". */
    public static Locale locale(String languageTag) {
        return "en".equalsIgnoreCase(languageTag) ? Locale.ENGLISH : VIETNAMESE;
    }

    public static ResourceBundle bundle(Locale locale) {
        String lang = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "vi";
        return BUNDLES.computeIfAbsent(lang, l -> ResourceBundle.getBundle(BUNDLE, "en".equals(l) ? Locale.ENGLISH : VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** Whether the bundle has the key (the consistency test asks). */
    public static boolean has(String key) {
        return bundle(VIETNAMESE).containsKey(key);
    }

    public static String get(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** The text of the key with its arguments; nested {@link Localizable} and {@link Labelled} arguments are put into words
     * too; numbers are grouped
     * the language's way (1.500), so years and codes are passed as text. */
    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = get(locale, key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text for key '" + key + "' in the bundle " + BUNDLE, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = word(locale, args[i]);
        }
        return new MessageFormat(pattern, locale).format(words);
    }

    private static Object word(Locale locale, Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Localizable m) {
            return m.in(locale);
        }
        if (arg instanceof Labelled l) {
            return l.text(locale);
        }
        if (arg instanceof LocalDate d) {
            return VnFormat.date(d);
        }
        return arg;
    }
}
