package vn.tdkt;

import java.util.Optional;
import javafx.application.Application;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.data.DataDirectory;
import vn.tdkt.shell.TdktApp;

/**
 * Entry point of app/target/tdkt.jar and of the installed launcher: no arguments (or only {@code --data DIR} and/or
 * {@code --lang vi|en}) opens the window, anything else runs the command line ({@link WindowStart} decides).
 * Does not extend Application so that JavaFX can sit on the class path (docs/decisions/0004).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<WindowStart> window = WindowStart.of(args);
        if (window.isPresent()) {
            window.get().applyTo(System.getProperties());
            // the window logs into DATA/logs like the command line (set before the first logger exists)
            if (System.getProperty("tdkt.logdir") == null) {
                System.setProperty("tdkt.logdir", DataDirectory.defaultDir().resolve("logs").toAbsolutePath().toString());
            }
            AppContext.openInBackground(); // overlaps opening the database with the start of JavaFX
            Application.launch(TdktApp.class, args); // the window reads a backup file to restore from them
        } else {
            System.exit(Cli.run(args));
        }
    }
}
