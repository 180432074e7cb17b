package vn.tdkt.org.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.people.domain.Person;
import vn.tdkt.shell.FxTestSupport;

/** The units tree: hierarchy, bloc and headcount; a duplicate code is refused on the field, then a new code saves. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class UnitsViewFxTest {

    private AppContext ctx;
    private Ui ui;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(Database.inMemory());
        Bloc bloc = ctx.org().saveBloc(new Bloc(0, "Khối các cơ quan tổng hợp"));
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, bloc.id()));
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        ctx.org().saveUnit(new Unit(0, "TT", "Thanh tra Sở", so.id(), null));
        for (int i = 1; i <= 3; i++) {
            ctx.people().save(new Person(0, "CB" + i, "Lê Thị Hoa " + i, Gender.FEMALE, LocalDate.of(1985, 1, i), null,
                    "Chuyên viên", vp.id(), LocalDate.of(2012, 1, 1), null));
        }
        ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        UnitsView view = new UnitsView(ui, ctx.org());
        stage.setScene(new Scene((javafx.scene.Parent) view.view(), 1000, 600));
        stage.show();
        view.refresh();
    }

    @AfterEach
    void tearDown() {
        ui.tasks().close();
        ctx.close();
    }

    private List<String> childrenOfTop(FxRobot robot) {
        TreeTableView<Unit> tree = robot.lookup("#unitTree").query();
        TreeItem<Unit> top = tree.getRoot().getChildren().get(0);
        return top.getChildren().stream().map(i -> i.getValue().code()).toList();
    }

    @Test
    void showsTheTreeAndRefusesADuplicateCodeOnTheField(FxRobot robot) {
        FxTestSupport.awaitIdle(ui);
        TreeTableView<Unit> tree = robot.lookup("#unitTree").query();
        assertEquals(1, tree.getRoot().getChildren().size());
        assertEquals("SNV", tree.getRoot().getChildren().get(0).getValue().code());
        assertEquals(List.of("TT", "VP"), childrenOfTop(robot), "children in Vietnamese name order: Thanh tra, Văn phòng");
        assertEquals("", tree.getColumns().get(2).getCellData(0), "no loại hình recorded");
        assertEquals("Khối các cơ quan tổng hợp", tree.getColumns().get(3).getCellData(0));
        assertEquals("3", tree.getColumns().get(4).getCellData(tree.getRoot().getChildren().get(0).getChildren().get(1)));

        robot.clickOn("#addUnitButton");
        robot.clickOn("#unitCodeField").write("VP");
        robot.clickOn("#unitNameField").write("Phòng Kế hoạch – Tài chính");
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        Window dialog = robot.window("Thêm đơn vị");
        assertTrue(dialog.isShowing());
        String problems = robot.lookup("#formProblems").queryAs(Label.class).getText();
        assertTrue(problems.contains("mã đơn vị \"VP\" đã có"), problems);

        robot.doubleClickOn("#unitCodeField").write("KHTC");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<vn.tdkt.common.ui.Choice<Unit>> parent =
                    robot.lookup("#parentCombo").queryAs(javafx.scene.control.ComboBox.class);
            parent.setValue(parent.getItems().stream().filter(c -> c.value() != null && c.value().code().equals("SNV"))
                    .findFirst().orElseThrow());
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<vn.tdkt.common.ui.Choice<UnitType>> type =
                    robot.lookup("#unitTypeCombo").queryAs(javafx.scene.control.ComboBox.class);
            type.setValue(type.getItems().stream().filter(c -> c.value() == UnitType.CO_QUAN_NHA_NUOC)
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#okButton");
        FxTestSupport.awaitIdle(ui);
        assertFalse(dialog.isShowing());
        assertEquals(List.of("KHTC", "TT", "VP"), childrenOfTop(robot));
        TreeItem<Unit> khtc = tree.getRoot().getChildren().get(0).getChildren().get(0);
        assertEquals(UnitType.CO_QUAN_NHA_NUOC, khtc.getValue().type());
        assertEquals("Cơ quan nhà nước", tree.getColumns().get(2).getCellData(khtc));
    }
}
