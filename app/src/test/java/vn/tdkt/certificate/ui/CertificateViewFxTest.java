package vn.tdkt.certificate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.certificate.CertificateFixture;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.shell.FxTestSupport;

/** The certificate screen at 1280 × 800 with a decision and the Bằng khen blank's fields; its snapshot. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class CertificateViewFxTest {

    private CertificateFixture fx;
    private Ui ui;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage s) {
        stage = s;
        fx = new CertificateFixture();
        fx.bangKhen();
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(s);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        fx.close();
    }

    @Test
    void showsTheBlankLayoutFieldByField(FxRobot robot) {
        CertificateView view = new CertificateView(ui, new CertificateViewModel(fx.ctx.certificates(),
                fx.ctx.decisionForms(), ui.tasks(), ui.messages()));
        robot.interact(() -> {
            stage.setScene(new Scene((javafx.scene.Parent) view.view(), 1280, 800));
            stage.show();
            view.refresh();
        });
        FxTestSupport.awaitIdle(ui);
        TableView<FieldRow> table = robot.lookup("#certificateFields").query();
        assertEquals(9, table.getItems().size());
        assertEquals("Họ và tên / Tên tập thể", table.getColumns().get(0).getCellData(0));
        assertEquals("60", table.getColumns().get(2).getCellData(0));
        FxTestSupport.snapshot(stage.getScene(), "giay-khen-phoi.png");
    }
}
