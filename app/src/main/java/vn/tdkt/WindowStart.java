package vn.tdkt;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The decision of the jar's entry between the window and the command line: no arguments, or only {@code --data DIR},
 * {@code --db jdbc:postgresql://…} and/or {@code --lang vi|en} (also as {@code --data=DIR}, {@code --lang=en}), opens the window on that
 * folder and in that language; anything else (a command, {@code --help}, {@code --version}, an unknown option, a missing value)
 * goes to the command line, which runs it or explains what is wrong. One argument naming an existing {@code .zip}
 * file (how the desktop opens a backup file associated with the app) opens the window, which offers to restore it.
 *
 * <p>The window honours the two choices through the system properties it already reads at start:
 * {@code tdkt.data} ({@code DataDirectory.defaultDir()}) and {@code tdkt.lang} ({@code LanguagePreference.load()}).
 * {@code --lang} holds for that start only; the language chosen in the window's menu stays the remembered one.
 *
 * @param data the data folder (absolute), or null for the default one (or {@code -Dtdkt.data})
 * @param lang "vi" or "en", or null for the remembered choice (or {@code -Dtdkt.lang})
 * @param backup a backup file to offer for restore once the window is open, or null
 * @param db the PostgreSQL address of {@code --db jdbc:postgresql://HOST:PORT/NAME}, or null for the embedded store
 */
public record WindowStart(Path data, String lang, Path backup, String db) {

    public WindowStart(Path data, String lang) {
        this(data, lang, null, null);
    }

    public WindowStart(Path data, String lang, Path backup) {
        this(data, lang, backup, null);
    }

    static final String DATA_PROPERTY = "tdkt.data";
    static final String LANG_PROPERTY = "tdkt.lang";
    static final String DB_PROPERTY = AppContext.DB_PROPERTY;

    /** The window start the arguments ask for, or empty when they are for the command line. */
    public static Optional<WindowStart> of(String... args) {
        if (args.length == 1 && isBackupFile(args[0])) {
            return Optional.of(new WindowStart(null, null, Path.of(args[0]).toAbsolutePath().normalize()));
        }
        Path data = null;
        String lang = null;
        String db = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=");
            String value;
            if (inline) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty(); // a missing value: the command line says so
            }
            if (value.isBlank()) {
                return Optional.empty();
            }
            if ("--data".equals(name) && data == null) {
                data = Path.of(value).toAbsolutePath().normalize();
            } else if ("--lang".equals(name) && lang == null && isLanguage(value)) {
                lang = value.toLowerCase(java.util.Locale.ROOT);
            } else if ("--db".equals(name) && db == null && vn.tdkt.common.data.ServerSettings.isServerUrl(value)) {
                db = value.strip();
            } else {
                return Optional.empty(); // a command, another option, a repeated option or an unknown language
            }
        }
        return Optional.of(new WindowStart(data, lang, null, db));
    }

    private static boolean isBackupFile(String arg) {
        if (arg.startsWith("-") || !arg.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The backup file to offer for restore, if the window was started on one. */
    public Optional<Path> backupFile() {
        return Optional.ofNullable(backup);
    }

    private static boolean isLanguage(String value) {
        return "vi".equalsIgnoreCase(value) || "en".equalsIgnoreCase(value);
    }

    /** Sets {@code tdkt.data} and {@code tdkt.lang} for the choices made; leaves the others as they are. */
    public void applyTo(Properties properties) {
        if (data != null) {
            properties.setProperty(DATA_PROPERTY, data.toString());
        }
        if (lang != null) {
            properties.setProperty(LANG_PROPERTY, lang);
        }
        if (db != null) {
            properties.setProperty(DB_PROPERTY, db);
        }
    }
}
