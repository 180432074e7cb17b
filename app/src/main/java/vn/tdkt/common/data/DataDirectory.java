package vn.tdkt.common.data;

import java.nio.file.Path;
import java.util.Locale;

/** Where the data lives by default: the user's application-data folder. */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** %APPDATA%\TDKT on Windows, ~/Library/Application Support/TDKT on macOS, $XDG_DATA_HOME/tdkt or ~/.local/share/tdkt elsewhere. */
    public static Path defaultDir() {
        String override = System.getProperty("tdkt.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "TDKT");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "TDKT");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "tdkt") : Path.of(home, ".local", "share", "tdkt");
    }
}
