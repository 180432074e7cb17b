package vn.tdkt.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.tdkt.common.ui.StartupProbe;

/**
 * The cold-start floor (issue #15): a bare JavaFX window holding one 6-column TableView of N rows built in memory,
 * started exactly like the app in the cold-start benchmark (fresh JVM, same flags and class path). It prints the same
 * readiness mark as the app ("Window usable N ms after JVM start") once the filled table is on the shown stage, and
 * exits. Run: {@code java -cp <test classpath> vn.tdkt.bench.BareWindow 5000}.
 */
public final class BareWindow {

    private BareWindow() {
    }

    /** One row: the people list's columns. */
    record Row(String code, String name, String gender, LocalDate birth, String unit, String position) {
    }

    /** The window (a nested class: a main class extending Application refuses JavaFX on the class path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            int n = Integer.parseInt(getParameters().getRaw().isEmpty() ? "5000" : getParameters().getRaw().get(0));
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rows.add(new Row("CB" + i, "Nguyễn Văn " + i, i % 2 == 0 ? "Nam" : "Nữ", LocalDate.of(1970 + i % 30, 1 + i % 12, 1),
                        "Đơn vị " + i % 50, "Chuyên viên"));
            }
            TableView<Row> table = new TableView<>();
            table.getColumns().setAll(List.of(column("Mã", Row::code), column("Họ và tên", Row::name),
                    column("Giới tính", Row::gender), column("Ngày sinh", Row::birth), column("Đơn vị", Row::unit),
                    column("Chức vụ", Row::position)));
            table.setItems(FXCollections.observableArrayList(rows));
            stage.setScene(new Scene(table, 1280, 800));
            stage.setTitle("floor");
            stage.show();
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // the marks are constants (inlined): the floor loads no class of the app, no logger
            System.out.println(StartupProbe.READY_MARK + " " + ms + " ms after JVM start, " + StartupProbe.CPU_MARK + " "
                    + ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L) + " ms");
            Platform.exit();
        }
    }

    private static <T> TableColumn<Row, T> column(String title, Function<Row, T> value) {
        TableColumn<Row, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(180);
        return c;
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
