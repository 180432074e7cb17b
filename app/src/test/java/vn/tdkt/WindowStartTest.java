package vn.tdkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.data.DataDirectory;
import vn.tdkt.shell.LanguagePreference;

class WindowStartTest {

    @TempDir
    Path tmp;

    @Test
    void noArgumentsOrOnlyDataAndLanguageOpenTheWindow() {
        assertEquals(Optional.of(new WindowStart(null, null)), WindowStart.of());
        Path dir = tmp.resolve("du-lieu");
        assertEquals(Optional.of(new WindowStart(dir, null)), WindowStart.of("--data", dir.toString()));
        assertEquals(Optional.of(new WindowStart(dir, null)), WindowStart.of("--data=" + dir));
        assertEquals(Optional.of(new WindowStart(null, "en")), WindowStart.of("--lang", "en"));
        assertEquals(Optional.of(new WindowStart(null, "en")), WindowStart.of("--lang=EN"));
        assertEquals(Optional.of(new WindowStart(dir, "vi")), WindowStart.of("--lang", "vi", "--data", dir.toString()));
    }

    @Test
    void aRelativeFolderIsTakenFromTheWorkingDirectory() {
        WindowStart start = WindowStart.of("--data", "thu-muc").orElseThrow();
        assertEquals(Path.of("thu-muc").toAbsolutePath().normalize(), start.data());
        assertTrue(start.data().isAbsolute());
    }

    @Test
    void commandsHelpVersionAndMistakesGoToTheCommandLine() {
        String dir = tmp.toString();
        for (String[] args : new String[][] {
            {"import", "a.xlsx"},
            {"--data", dir, "import", "a.xlsx"},
            {"--lang", "en", "--help"},
            {"--help"},
            {"-V"},
            {"--version"},
            {"--data"},
            {"--data", "--lang", "en"},
            {"--data="},
            {"--lang", "fr"},
            {"--data", dir, "--data", dir},
            {"--unknown"},
            {"--"},
        }) {
            assertEquals(Optional.empty(), WindowStart.of(args), String.join(" ", args));
        }
    }

    @Test
    void aBackupFileOpenedFromTheDesktopOpensTheWindowToOfferItsRestore() throws Exception {
        Path zip = Files.writeString(tmp.resolve("tdkt-sao-luu.ZIP"), "x");
        WindowStart start = WindowStart.of(zip.toString()).orElseThrow();
        assertEquals(Optional.of(zip), start.backupFile());
        assertNull(start.data());
        assertEquals(Optional.empty(), WindowStart.of("--data", tmp.toString()).orElseThrow().backupFile());
        // not a backup file: the command line explains (an unknown command)
        assertEquals(Optional.empty(), WindowStart.of(tmp.resolve("khong-co.zip").toString()));
        assertEquals(Optional.empty(), WindowStart.of(Files.writeString(tmp.resolve("a.xlsx"), "x").toString()));
        assertEquals(Optional.empty(), WindowStart.of("import", zip.toString()));
        assertEquals(Optional.empty(), WindowStart.of(zip.toString(), "--lang", "en"));
    }

    @Test
    void theChoicesBecomeTheSystemPropertiesTheWindowReads() {
        Properties props = new Properties();
        props.setProperty("tdkt.lang", "vi");
        new WindowStart(tmp, "en").applyTo(props);
        assertEquals(tmp.toString(), props.getProperty("tdkt.data"));
        assertEquals("en", props.getProperty("tdkt.lang"));

        Properties untouched = new Properties();
        untouched.setProperty("tdkt.data", "/elsewhere");
        new WindowStart(null, null).applyTo(untouched);
        assertEquals("/elsewhere", untouched.getProperty("tdkt.data"));
        assertNull(untouched.getProperty("tdkt.lang"));
    }

    /** What the window does at start (Launcher, then TdktApp.start), without the toolkit: it opens the given folder. */
    @Test
    void theWindowOpensTheFolderAndLanguageGivenOnTheCommandLine() throws Exception {
        String oldData = System.getProperty("tdkt.data");
        String oldLang = System.getProperty("tdkt.lang");
        Path dir = tmp.resolve("cua-so");
        Preferences node = Preferences.userRoot().node("vn/tdkt/test-window-start");
        try {
            WindowStart.of("--data", dir.toString(), "--lang", "en").orElseThrow().applyTo(System.getProperties());
            assertEquals(dir, DataDirectory.defaultDir());
            node.put("language", "vi");
            assertEquals("en", new LanguagePreference(node).load());

            AppContext.openInBackground();
            try (AppContext ctx = AppContext.openedOrOpen()) {
                assertEquals(dir, ctx.dataDir());
                assertTrue(Files.exists(dir.resolve("tdkt.mv.db")));
            }
        } finally {
            restore("tdkt.data", oldData);
            restore("tdkt.lang", oldLang);
            node.removeNode();
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
