package vn.tdkt.review.ui;

import javafx.stage.Stage;
import vn.tdkt.AppContext;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/** The main window on a test context, as the review tests open it. */
final class ReviewFxFixture {

    private ReviewFxFixture() {
    }

    static MainWindow window(Stage stage, AppContext ctx, Ui ui) {
        ui.dialogs().setOwner(stage);
        return FxTestSupport.mainWindow(stage, ctx, ui, 760, null);
    }
}
