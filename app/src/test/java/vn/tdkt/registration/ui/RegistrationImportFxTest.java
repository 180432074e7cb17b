package vn.tdkt.registration.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.registration.domain.FileProblem;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.UnitCoverage;
import vn.tdkt.registration.service.Fixture;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * "Nhập bản đăng ký của đơn vị…" driven on the Đăng ký thi đua page with real files: a clean sheet (summary, the page
 * on the unit), a sheet typed in TCVN3 / VNI (the preview, accepted, the data checked), a broken one (every problem
 * listed, nothing written).
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class RegistrationImportFxTest {

    private AppContext ctx;
    private Fixture f;
    private Ui ui;
    private Stage stage;
    private final Deque<Path> chosen = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(Database.inMemory());
        f = new Fixture(ctx);
        ui = FxTestSupport.uiOpening(stage, () -> chosen.poll());
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.REGISTRATIONS);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void threeUnitSheetsImportedFromThePage(FxRobot robot) throws IOException {
        Path dir = Files.createTempDirectory("tdkt-reg-import-fx");
        chosen.add(UnitSheets.clean(ctx, dir.resolve("dang-ky-snv.xlsx"), "SNV", "Tập thể lao động tiên tiến",
                Map.of("CB01", "Lao động tiên tiến", "CB02", "Lao động tiên tiến", "CB05", "Chiến sĩ thi đua cơ sở")));
        chosen.add(UnitSheets.legacy(ctx, dir.resolve("dang-ky-syt-tcvn3.xlsx"), "SYT", "Tập thể lao động xuất sắc",
                "CB06", "Lao động tiên tiến", "CB07", "Chiến sĩ thi đua cơ sở"));
        chosen.add(UnitSheets.broken(ctx, dir.resolve("dang-ky-snv-hong.xlsx"), "SNV", "CB02", "CB08"));
        FxTestSupport.awaitIdle(ui);

        // 1. the clean sheet: written, summarised, the page on the unit with its coverage
        robot.clickOn("#registrationImportSheetButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Đã nhập bản đăng ký năm 2026 của đơn vị SNV — Sở Nội vụ từ tệp dang-ky-snv.xlsx: 7 dòng cán bộ, 3 "
                + "người đăng ký danh hiệu; danh hiệu tập thể \"Tập thể lao động tiên tiến\".", text(robot, "#registrationImportMessage"));
        assertEquals("SNV — Sở Nội vụ", text(robot, "#registrationUnitLabel"));
        TableView<GridRow> grid = robot.lookup("#registrationGrid").query();
        assertEquals("LDTT", grid.getItems().stream().filter(r -> r.member.code().equals("CB01")).findFirst().orElseThrow()
                .title.get().code());
        TableView<UnitCoverage> coverage = robot.lookup("#registrationCoverageTable").query();
        assertEquals(3, coverage.getItems().stream().filter(u -> u.unitCode().equals("SNV")).findFirst().orElseThrow()
                .registered());
        assertEquals("2026", robot.lookup("#registrationYearField").queryAs(javafx.scene.control.TextField.class).getText(),
                "the page shows the sheet's year");
        FxTestSupport.snapshot(stage.getScene(), "dang-ky-nhap-ban-dang-ky.png");

        // 2. the sheet typed in TCVN3 / VNI: the preview first, nothing written until accepted
        robot.clickOn("#registrationImportSheetButton");
        FxTestSupport.awaitIdle(ui);
        TableView<LegacyConverter.Conversion> preview = robot.lookup("#conversionsPreview").queryTableView();
        assertEquals(3 + 4, preview.getItems().size(), "the collective title, two titles, two names and two positions");
        assertTrue(preview.getItems().stream().anyMatch(c -> c.column().equals("Họ và tên") && c.after().equals("Vũ Thị Giang")),
                preview.getItems().toString());
        assertTrue(ctx.registrations().find(f.syt.id(), 2026).isEmpty(), "nothing written before the acceptance");
        FxTestSupport.snapshot(preview.getScene(), "dang-ky-nhap-chuyen-ma.png");
        robot.clickOn("#acceptConversionsButton");
        FxTestSupport.awaitIdle(ui);
        assertTrue(text(robot, "#registrationImportMessage").endsWith("7 ô đã chuyển mã từ TCVN3/VNI sang Unicode."),
                text(robot, "#registrationImportMessage"));
        assertEquals("SYT — Sở Y tế", text(robot, "#registrationUnitLabel"));
        Registration syt = ctx.registrations().find(f.syt.id(), 2026).orElseThrow();
        assertEquals("TTLDXS", syt.collectiveKind());
        assertEquals(Map.of(f.id("CB06"), "LDTT", f.id("CB07"), "CSTDCS"), syt.entries().stream()
                .collect(Collectors.toMap(e -> e.personId(), e -> e.kindCode())));

        // 3. the broken sheet: every problem listed with its sheet, row and column; the data as it was
        Registration snvBefore = ctx.registrations().find(f.snv.id(), 2026).orElseThrow();
        robot.clickOn("#registrationImportSheetButton");
        FxTestSupport.awaitIdle(ui);
        TableView<Problem> problems = robot.lookup("#registrationImportProblemsTable").queryTableView();
        assertEquals(3, problems.getItems().size());
        assertEquals(4, problems.getItems().get(0).row());
        assertEquals("Danh hiệu tập thể", problems.getItems().get(0).column());
        assertTrue(problems.getItems().stream().allMatch(p -> "Đăng ký thi đua".equals(p.sheet())));
        FxTestSupport.snapshot(problems.getScene(), "dang-ky-nhap-bi-tu-choi.png");
        robot.clickOn("#registrationImportProblemsClose");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Tệp dang-ky-snv-hong.xlsx bị từ chối (3 lỗi): không ghi gì, dữ liệu không đổi.",
                text(robot, "#registrationImportMessage"));
        assertEquals(snvBefore, ctx.registrations().find(f.snv.id(), 2026).orElseThrow());
        assertFalse(robot.lookup("#registrationImportProgress").queryAs(javafx.scene.control.ProgressBar.class).isVisible(),
                "no import under way");
    }

    /**
     * "Nhập cả thư mục bản đăng ký…": a folder with a broken sheet beside a good one is refused whole (every problem with
     * its file, nothing written); the folder put right, with a sheet typed in TCVN3 / VNI, shows the preview of all its
     * files' cells (the Tệp column), then, accepted, writes both units and the coverage moves.
     */
    @Test
    void aFolderOfUnitSheetsImportedFromThePageAllOrNothing(FxRobot robot) throws IOException {
        Path folder = Files.createTempDirectory("tdkt-reg-folder-fx").resolve("dang-ky-2026");
        Files.createDirectory(folder);
        UnitSheets.clean(ctx, folder.resolve("1-snv.xlsx"), "SNV", "Tập thể lao động tiên tiến",
                Map.of("CB01", "Lao động tiên tiến", "CB02", "Lao động tiên tiến", "CB05", "Chiến sĩ thi đua cơ sở"));
        Path broken = UnitSheets.broken(ctx, folder.resolve("2-syt-hong.xlsx"), "SYT", "CB06", "CB08");
        chosen.add(folder);
        chosen.add(folder);
        FxTestSupport.awaitIdle(ui);
        Button button = robot.lookup("#registrationImportFolderButton").queryButton();
        assertEquals("Nhập cả thư mục bản đăng ký…", button.getText());

        // 1. one broken sheet: every problem listed with its file, sheet, row and column; nothing written
        robot.clickOn("#registrationImportFolderButton");
        FxTestSupport.awaitIdle(ui);
        TableView<FileProblem> problems = robot.lookup("#registrationImportProblemsTable").queryTableView();
        assertEquals(List.of("Tệp", "Trang tính", "Dòng", "Cột", "Lỗi"),
                problems.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(3, problems.getItems().size());
        assertTrue(problems.getItems().stream().allMatch(p -> p.file().equals("2-syt-hong.xlsx")
                && "Đăng ký thi đua".equals(p.problem().sheet())));
        FxTestSupport.snapshot(problems.getScene(), "dang-ky-nhap-thu-muc-bi-tu-choi.png");
        robot.clickOn("#registrationImportProblemsClose");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Thư mục dang-ky-2026: 1 trong 2 tệp có lỗi (3 lỗi), không ghi tệp nào, dữ liệu không đổi.",
                text(robot, "#registrationImportMessage"));
        assertTrue(ctx.registrations().find(f.snv.id(), 2026).isEmpty(), "the good sheet of the refused folder not written");

        // 2. the broken sheet replaced by one typed in TCVN3 / VNI: one preview of the folder, then both written
        Files.delete(broken);
        UnitSheets.legacy(ctx, folder.resolve("2-syt-tcvn3.xlsx"), "SYT", "Tập thể lao động xuất sắc",
                "CB06", "Lao động tiên tiến", "CB07", "Chiến sĩ thi đua cơ sở");
        robot.clickOn("#registrationImportFolderButton");
        FxTestSupport.awaitIdle(ui);
        TableView<LegacyConverter.Conversion> preview = robot.lookup("#conversionsPreview").queryTableView();
        assertEquals(7, preview.getItems().size());
        assertTrue(preview.getColumns().get(0).isVisible(), "the Tệp column names each cell's file");
        assertEquals("2-syt-tcvn3.xlsx", preview.getItems().get(0).file());
        assertTrue(ctx.registrations().find(f.snv.id(), 2026).isEmpty(), "nothing written before the acceptance");
        FxTestSupport.snapshot(preview.getScene(), "dang-ky-nhap-thu-muc-chuyen-ma.png");
        robot.clickOn("#acceptConversionsButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals("Đã nhập 2 bản đăng ký từ thư mục dang-ky-2026: 2 đơn vị, 9 dòng cán bộ, 5 người đăng ký danh hiệu. "
                + "7 ô đã chuyển mã từ TCVN3/VNI sang Unicode.", text(robot, "#registrationImportMessage"));
        TableView<UnitCoverage> coverage = robot.lookup("#registrationCoverageTable").query();
        Map<String, Integer> registered = coverage.getItems().stream()
                .collect(Collectors.toMap(UnitCoverage::unitCode, UnitCoverage::registered));
        assertEquals(Map.of("SNV", 3, "SYT", 2), registered, "the page's coverage refreshed");
        assertEquals("TTLDXS", ctx.registrations().find(f.syt.id(), 2026).orElseThrow().collectiveKind());
        FxTestSupport.snapshot(stage.getScene(), "dang-ky-nhap-thu-muc.png");
    }
}
