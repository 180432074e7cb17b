package vn.tdkt.common.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The folder last used for each kind of file (the file chooser's patterns: "*.xlsx", "*.docx", "*.zip", a folder),
 * remembered per user with java.util.prefs, so an export opens where the previous one of its kind went. A folder
 * that no longer exists is forgotten.
 */
public final class LastFolders {

    private final Preferences prefs;

    public LastFolders() {
        this(Preferences.userRoot().node("vn/tdkt/folders"));
    }

    public LastFolders(Preferences prefs) {
        this.prefs = prefs;
    }

    public Optional<File> last(String kind) {
        String dir = prefs.get(key(kind), null);
        return dir == null || !Files.isDirectory(Path.of(dir)) ? Optional.empty() : Optional.of(new File(dir));
    }

    public void remember(String kind, Path folder) {
        if (folder != null) {
            prefs.put(key(kind), folder.toAbsolutePath().toString());
        }
    }

    /** Preferences keys are at most 80 characters. */
    private static String key(String kind) {
        String k = kind.replace("*", "");
        return k.length() > 80 ? k.substring(0, 80) : k;
    }
}
