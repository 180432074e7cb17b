package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.home.ui.HomeView;
import vn.tdkt.home.ui.HomeViewModel;

/**
 * Tổng quan at 1280 × 800 with a dossier complete on Friday 24/04/2026, on 22/05/2026 (README decision 187): its
 * appraisal time limit is one line of its kind in the due list, dated 27/05/2026, in both languages.
 * Screenshots: target/test-out/home-appraisal-vi-1280.png, home-appraisal-en-1280.png.
 */
@ExtendWith(ApplicationExtension.class)
class HomeAppraisalFxTest {

    private final Database db = Database.inMemory();
    private final AppContext ctx = new AppContext(db);
    private Stage stage;
    private Ui ui;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = FxTestSupport.ui();
        FxTestSupport.loadFirstStartSample(ctx, LocalDate.of(2026, 5, 22));
        long unit = ctx.org().units().get(0).id();
        long id = ctx.dossiers().save(Dossier.draft("CSTDCS", "GIAM_DOC_SO", 2025, null, unit, Procedure.THUONG, null, null)
                .withCode("HS-TD-01"), "u").id();
        db.dsl().connection(c -> {
            try (var ps = c.prepareStatement("INSERT INTO dossier_log (dossier_id, from_status, to_status, changed_by, "
                    + "changed_at) VALUES (?, 'DU_THAO', 'DU_HO_SO', 'u', TIMESTAMP '2026-04-24 16:30:00')")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("UPDATE dossier SET status = 'DU_HO_SO' WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        });
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        FxTestSupport.awaitIdle(ui);
        ctx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theAppraisalLineIsShownWithItsKind(String lang, FxRobot robot) {
        Messages messages = Messages.of(lang);
        Ui shown = new Ui(messages, new DialogService(messages), ui.tasks());
        robot.interact(() -> {
            HomeView home = new HomeView(shown, new HomeViewModel(ctx.home(), ctx.movementReports(), ui.tasks(), messages,
                    () -> LocalDate.of(2026, 5, 22), link -> { }));
            stage.getScene().setRoot(new javafx.scene.layout.StackPane(home.view()));
            home.refresh();
        });
        FxTestSupport.awaitIdle(ui);
        TableView<?> due = robot.lookup("#homeDueTable").queryTableView();
        List<DueItem> lines = due.getItems().stream().map(i -> (DueItem) i).filter(i -> i.kind() == DueKind.APPRAISAL).toList();
        FxTestSupport.snapshot(stage.getScene(), "home-appraisal-" + lang + "-1280.png");
        assertEquals(1, lines.size(), due.getItems().toString());
        assertEquals(LocalDate.of(2026, 5, 27), lines.get(0).date());
        assertEquals("HS-TD-01 — Chiến sĩ thi đua cơ sở", lines.get(0).title());
    }
}
