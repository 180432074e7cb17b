package vn.tdkt.review.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.tdkt.AppContext;
import vn.tdkt.backup.ui.BackupView;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.shell.MainWindow;
import vn.tdkt.shell.TdktApp;

/** The main window on a test context, as the review tests open it. */
final class ReviewFxFixture {

    private ReviewFxFixture() {
    }

    static MainWindow window(Stage stage, AppContext ctx, Ui ui) {
        ui.dialogs().setOwner(stage);
        MainWindow window = new MainWindow(ctx, ui, new BackupView.Actions() {
            @Override
            public List<Path> autoBackups() {
                return List.of();
            }

            @Override
            public Path backupTo(Path file) {
                return file;
            }

            @Override
            public void restore(Path zip) {
                throw new UnsupportedOperationException("not part of this test");
            }
        });
        Scene scene = new Scene(window.root(), 1280, 760);
        scene.getStylesheets().add(TdktApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        return window;
    }
}
