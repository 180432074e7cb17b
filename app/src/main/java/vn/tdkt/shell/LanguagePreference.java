package vn.tdkt.shell;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's language, remembered per user with {@link Preferences} (node {@code vn/tdkt}, key {@value #KEY}):
 * "vi" (the default) or "en". {@code -Dtdkt.lang} overrides the remembered choice at start.
 */
public final class LanguagePreference {

    private static final Logger LOGGER = LoggerFactory.getLogger(LanguagePreference.class);
    static final String KEY = "language";

    private final Preferences node;

    public LanguagePreference(Preferences node) {
        this.node = node;
    }

    /** The user's node of the application. */
    public static LanguagePreference forUser() {
        return new LanguagePreference(Preferences.userRoot().node("vn/tdkt"));
    }

    /** -Dtdkt.lang if set, else the remembered choice, else Vietnamese. */
    public String load() {
        String forced = System.getProperty("tdkt.lang");
        if (forced != null && !forced.isBlank()) {
            return normalise(forced);
        }
        return normalise(node.get(KEY, "vi"));
    }

    public void save(String languageTag) {
        node.put(KEY, normalise(languageTag));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the choice still holds for this session; the next start falls back to the default
            LOGGER.warn("Could not store the language preference", e);
        }
    }

    private static String normalise(String tag) {
        return "en".equalsIgnoreCase(tag.trim()) ? "en" : "vi";
    }
}
