package vn.tdkt.movement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.shell.FxTestSupport;
import vn.tdkt.shell.MainWindow;

/**
 * Chấm điểm khối with a scoring sheet typed in TCVN3 and VNI: the preview of the converted cells on the page, accepted,
 * then the criteria and the ranking as converted.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class BlocScoringConversionsFxTest {

    private static final String FIRST = "Thực hiện nhiệm vụ chuyên môn";
    private static final String SECOND = "Công tác thi đua, khen thưởng";

    private AppContext ctx;
    private Ui ui;
    private Stage stage;
    private Path file;
    private Bloc khoi;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        int year = LocalDate.now().getYear();
        ctx = new AppContext(Database.inMemory());
        khoi = ctx.org().saveBloc(new Bloc(0, "Khối các phòng thuộc Sở"));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, khoi.id()));
        Unit tt = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, khoi.id()));
        ctx.blocs().save(new Covenant(0, khoi.id(), year, null, LocalDate.of(year, 2, 10), null, null,
                List.of(new Covenant.CovenantSigner(vp.id(), null), new Covenant.CovenantSigner(tt.id(), null)),
                List.of(new BlocCriterion(0, 1, "Chuyên môn", new BigDecimal("100"))), null, null));
        file = Files.createTempDirectory("tdkt-bloc-legacy-fx").resolve("cham-diem-tcvn3-vni.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Chấm điểm khối");
            Object[][] rows = {{"Mã đơn vị", "Tên đơn vị", LegacyEncoding.TCVN3.encode(FIRST), LegacyEncoding.VNI.encode(SECOND)},
                {"Điểm chuẩn", null, 60, 40},
                {"VP", LegacyEncoding.TCVN3.encode("Văn phòng Sở"), 50, 35},
                {"TTR", LegacyEncoding.TCVN3.encode("Thanh tra Sở"), 55, 38}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
        }
        ui = FxTestSupport.uiOpening(stage, () -> file);
        FxTestSupport.mainWindow(stage, ctx, ui, 800, MainWindow.Page.BLOC_SCORING);
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    @Test
    void theConvertedCellsAreShownThenWrittenOnceAccepted(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        int year = LocalDate.now().getYear();
        robot.clickOn("#importScoresButton");
        FxTestSupport.awaitIdle(ui);
        TableView<LegacyConverter.Conversion> preview = robot.lookup("#conversionsPreview").queryTableView();
        assertTrue(preview.getItems().stream().anyMatch(c -> c.after().equals(FIRST) && c.encoding() == LegacyEncoding.TCVN3),
                preview.getItems().toString());
        assertTrue(preview.getItems().stream().anyMatch(c -> c.after().equals(SECOND) && c.encoding() == LegacyEncoding.VNI),
                preview.getItems().toString());
        assertEquals(List.of("Chuyên môn"), criteria(year), "nothing written before the acceptance");
        FxTestSupport.snapshot(preview.getScene(), "cham-diem-khoi-chuyen-ma.png");

        robot.clickOn("#acceptConversionsButton");
        FxTestSupport.awaitIdle(ui);
        assertEquals(List.of(FIRST, SECOND), criteria(year));
        TableView<BlocRanking.Ranked> ranking = robot.lookup("#rankingTable").queryTableView();
        assertEquals(List.of("Thanh tra Sở", "Văn phòng Sở"), ranking.getItems().stream().map(BlocRanking.Ranked::unitName)
                .toList());
        assertEquals(new BigDecimal("93"), ranking.getItems().get(0).total().stripTrailingZeros());
        FxTestSupport.snapshot(stage.getScene(), "cham-diem-khoi-sau-chuyen-ma.png");
    }

    private List<String> criteria(int year) {
        return ctx.blocs().covenant(khoi.id(), year).orElseThrow().criteria().stream().map(BlocCriterion::name).toList();
    }
}
