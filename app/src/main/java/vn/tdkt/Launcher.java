package vn.tdkt;

import javafx.application.Application;
import vn.tdkt.cli.Cli;
import vn.tdkt.shell.TdktApp;

/**
 * Entry point of app/target/tdkt.jar: no arguments opens the window, arguments run the command line.
 * Does not extend Application so that JavaFX can sit on the class path (tech-notes P18).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(TdktApp.class);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
