package vn.tdkt.shell;

import javafx.application.Application;
import javafx.stage.Stage;

/** The window (filled by the UI work). */
public class TdktApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
