package vn.tdkt.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.DialogService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskRunner;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.home.ui.HomeView;
import vn.tdkt.home.ui.HomeViewModel;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.samples.SampleWorkbook;

/**
 * The start-screen benchmark of issue #9 (not a unit test): a data folder with the 50 000-people data set (5 years of
 * history), 200 movements and 5 000 milestones (25 per movement, due over two years around today, a fifth done).
 * Each run is a fresh JVM (headless Monocle, as the cold-start benchmark): the database is opened, a 1280 × 800 window
 * is shown (the window is up), then Tổng quan is put in it and the clock runs until its due list and counts are laid
 * out on screen, and on until the charts (awards by unit and year, titles, registration coverage) are drawn.
 * The floor, in the same kind of fresh JVM on the same folder: a bare JDBC read of the same due milestones into a bare
 * 5-column TableView on the shown window. Three runs of each, interleaved; medians and the ratio.
 * Run: {@code java -cp <test classpath> vn.tdkt.bench.StartScreenBenchmark target/bench} (.ci/bench does).
 */
public final class StartScreenBenchmark {

    static final int PEOPLE = 50_000;
    static final int MOVEMENTS = 200;
    static final int PER_MOVEMENT = 25;
    static final String SHOWN = "Start screen shown";
    static final String CHARTS = "Start screen charts";
    static final String AGAIN = "Start screen again";
    static final String CPU = "Start screen CPU";

    private StartScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && ("app".equals(args[0]) || "floor".equals(args[0]))) {
            try {
                measure(args[0], Path.of(args[1]));
            } catch (Exception | Error e) {
                e.printStackTrace(); // a benchmark's child JVM: the parent reads this output
                System.exit(1);
            }
            return;
        }
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        Path data = work.resolve("start-screen-" + PEOPLE);
        if (!Files.exists(data.resolve("ready"))) {
            prepare(work, data);
        }
        int runs = 3;
        long[] app = new long[runs];
        long[] charts = new long[runs];
        long[] floor = new long[runs];
        long[] appAgain = new long[runs];
        long[] floorAgain = new long[runs];
        long[] appCpu = new long[runs];
        long[] chartsCpu = new long[runs];
        long[] floorCpu = new long[runs];
        for (int run = 0; run < runs; run++) {
            long[] fl = child("floor", data, work);
            floor[run] = fl[0];
            floorAgain[run] = fl[2];
            floorCpu[run] = fl[3];
            long[] a = child("app", data, work);
            app[run] = a[0];
            charts[run] = a[1];
            appAgain[run] = a[2];
            appCpu[run] = a[3];
            chartsCpu[run] = a[4];
            say("Tổng quan (%,d cán bộ, %d phong trào, %,d mốc), lần %d: danh sách và số liệu hiện %d ms sau khi cửa sổ lên "
                    + "(mở lại %d ms), biểu đồ %d ms; sàn (JDBC trần + bảng 5 cột) %d ms (lần hai %d ms)", PEOPLE, MOVEMENTS,
                    MOVEMENTS * PER_MOVEMENT, run + 1, app[run], appAgain[run], charts[run], floor[run], floorAgain[run]);
        }
        long a = Floors.median(app);
        long f = Floors.median(floor);
        long a2 = Floors.median(appAgain);
        long f2 = Floors.median(floorAgain);
        say("Tổng quan (trung vị %d lần): lần đầu %d ms sau khi cửa sổ lên = %.2f × sàn %d ms; mở lại %d ms = %.2f × sàn %d ms "
                + "(mục tiêu < 300 ms); biểu đồ %d ms; tải máy %.1f", runs, a, (double) a / Math.max(1, f), f, a2,
                (double) a2 / Math.max(1, f2), f2, Floors.median(charts),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        say("Thời gian CPU (mọi luồng, trung vị): lần đầu %d ms = %.2f × sàn %d ms; đến biểu đồ %d ms", Floors.median(appCpu),
                (double) Floors.median(appCpu) / Math.max(1, Floors.median(floorCpu)), Floors.median(floorCpu),
                Floors.median(chartsCpu));
    }

    /** The data folder: the realistic 50 000-people workbook, then the movements and milestones through the import. */
    private static void prepare(Path work, Path data) throws IOException {
        Files.createDirectories(work);
        Path people = work.resolve("start-screen-people.xlsx");
        SampleWorkbook.write(people, PEOPLE, 5, SampleWorkbook.DEFAULT_SEED);
        try (AppContext ctx = AppContext.open(data)) {
            ctx.workbook().importFile(people, Progress.NONE);
            List<String> units = ctx.org().units().stream().map(u -> u.code()).sorted().toList();
            Path movements = work.resolve("start-screen-movements.xlsx");
            writeMovements(movements, units, LocalDate.now());
            ctx.workbook().importFile(movements, Progress.NONE);
        }
        Files.writeString(data.resolve("ready"), "ok");
    }

    static void writeMovements(Path file, List<String> units, LocalDate today) throws IOException {
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String[] kinds = {"Thường xuyên", "Theo đợt", "Chuyên đề"};
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            header(wb.createSheet("Đơn vị"), List.of("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua"));
            header(wb.createSheet("Cán bộ"), List.of("Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
                    "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác"));
            Sheet mv = header(wb.createSheet(MovementSheets.MOVEMENTS), MovementSheets.MOVEMENT_HEADERS);
            Sheet ms = header(wb.createSheet(MovementSheets.MILESTONES), MovementSheets.MILESTONE_HEADERS);
            int k = 1;
            for (int i = 0; i < MOVEMENTS; i++) {
                String code = "PT" + i;
                row(mv, i + 1, code, "Phong trào thi đua số " + i, kinds[i % 3], "Cơ quan, đơn vị", i + "/KH-SNV",
                        today.minusYears(1).format(dmy), i < 20 ? null : "PT" + (i % 20), today.minusYears(1).format(dmy),
                        today.plusYears(1).format(dmy), units.get(i % units.size()));
                for (int j = 0; j < PER_MOVEMENT; j++) {
                    LocalDate due = today.minusDays(365).plusDays((i * (long) PER_MOVEMENT + j) * 730 / (MOVEMENTS * PER_MOVEMENT));
                    row(ms, k++, code, "Mốc " + j + " của phong trào " + i, due.format(dmy),
                            j % 3 == 0 ? null : units.get((i + j) % units.size()), j % 5 == 0 ? due.format(dmy) : null);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static Sheet header(Sheet s, List<String> headers) {
        Row r = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            r.createCell(i).setCellValue(headers.get(i));
        }
        return s;
    }

    private static void row(Sheet s, int r, String... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    /** Runs one measurement in a fresh JVM and reads its two figures (shown, charts; the floor has only the first). */
    private static long[] child(String what, Path data, Path work) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dtdkt.logdir=" + work.resolve("start-screen-logs"), "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djavafx.cachedir=" + work.resolve("fx-cache"),
                "-cp", System.getProperty("java.class.path"), StartScreenBenchmark.class.getName(), what, data.toString()));
        Path out = work.resolve("start-screen-" + what + ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("no result in 300 s; see " + out);
        }
        List<String> lines = Files.readAllLines(out);
        String cpu = lines.stream().filter(l -> l.startsWith(CPU)).findFirst().orElse(CPU + " 0 0");
        String[] c = cpu.substring(CPU.length()).trim().split(" ");
        return new long[] {mark(lines, SHOWN, out), "app".equals(what) ? mark(lines, CHARTS, out) : 0, mark(lines, AGAIN, out),
            Long.parseLong(c[0]), Long.parseLong(c[1])};
    }

    private static long mark(List<String> lines, String mark, Path out) {
        String line = lines.stream().filter(l -> l.startsWith(mark)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no '" + mark + "' in " + out));
        return Long.parseLong(line.substring(mark.length()).trim().split(" ")[0]);
    }

    /** One measurement, in this JVM: the app's Tổng quan or the floor, on a window already shown. */
    private static void measure(String what, Path data) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Messages messages = Messages.of("vi");
        Locale.setDefault(messages.locale());
        AppContext ctx = "app".equals(what) ? AppContext.open(data) : null;
        Database bare = "floor".equals(what) ? Database.open(data) : null;
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong shown = new AtomicLong();
        AtomicLong charts = new AtomicLong();
        AtomicLong again = new AtomicLong();
        AtomicLong cpu0 = new AtomicLong();
        AtomicLong cpuShown = new AtomicLong();
        AtomicLong cpuCharts = new AtomicLong();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label(messages.get("window.opening"))), 1280, 800);
            stage.setScene(scene);
            stage.show(); // the window is up: from here the clock runs
            long t0 = System.nanoTime();
            cpu0.set(processCpu());
            if (ctx != null) {
                Ui ui = new Ui(messages, new DialogService(messages), new TaskRunner());
                HomeViewModel vm = new HomeViewModel(ctx.home(), ctx.movementReports(), ui.tasks(), messages, LocalDate::now,
                        item -> { });
                HomeView view = new HomeView(ui, vm);
                scene.setRoot((javafx.scene.Parent) view.view());
                AtomicLong second = new AtomicLong();
                vm.data.addListener((obs, o, d) -> afterLayout(scene, () -> {
                    if (shown.get() == 0 && !vm.due.isEmpty()) {
                        shown.set(System.nanoTime() - t0);
                        cpuShown.set(processCpu() - cpu0.get());
                    } else if (second.get() > 0 && again.get() == 0 && !vm.chartsLoaded.get()) {
                        again.set(System.nanoTime() - second.get());
                    }
                    if (vm.chartsLoaded.get() && charts.get() == 0) {
                        charts.set(System.nanoTime() - t0);
                        cpuCharts.set(processCpu() - cpu0.get());
                        second.set(System.nanoTime()); // the clerk comes back to Tổng quan: the same page read again
                        view.refresh();
                    } else if (vm.chartsLoaded.get() && again.get() > 0) {
                        done.countDown();
                    }
                }));
                view.refresh();
            } else {
                TableView<Object[]> table = new TableView<>();
                table.getColumns().setAll(List.of(col("Hạn", r -> r[0]), col("Còn", r -> r[1]), col("Loại", r -> r[2]),
                        col("Nội dung", r -> r[3]), col("Chi tiết", r -> r[4])));
                scene.setRoot(table);
                Thread reader = new Thread(() -> {
                    List<Object[]> rows = bareRead(bare);
                    Platform.runLater(() -> {
                        table.setItems(FXCollections.observableArrayList(rows));
                        afterLayout(scene, () -> {
                            shown.set(System.nanoTime() - t0);
                            cpuShown.set(processCpu() - cpu0.get());
                            long t1 = System.nanoTime();
                            Thread next = new Thread(() -> {
                                List<Object[]> more = bareRead(bare);
                                Platform.runLater(() -> {
                                    table.setItems(FXCollections.observableArrayList(more));
                                    afterLayout(scene, () -> {
                                        again.set(System.nanoTime() - t1);
                                        done.countDown();
                                    });
                                });
                            });
                            next.start();
                        });
                    });
                });
                reader.start();
            }
        });
        if (!done.await(240, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the start screen was not shown in 240 s");
        }
        System.out.println(SHOWN + " " + shown.get() / 1_000_000 + " ms after the window is up");
        System.out.println(CHARTS + " " + charts.get() / 1_000_000 + " ms after the window is up");
        System.out.println(AGAIN + " " + again.get() / 1_000_000 + " ms after the page was asked again");
        System.out.println(CPU + " " + cpuShown.get() / 1_000_000 + " " + cpuCharts.get() / 1_000_000
                + " ms of CPU (all threads) until shown, until the charts");
        if (ctx != null) {
            ctx.close();
        }
        if (bare != null) {
            bare.close();
        }
        Platform.exit();
        System.exit(0);
    }

    /** The CPU time of this process, all threads, in ns (the machine is shared: wall time alone says little). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Runs the action once the scene has been laid out with what was just set (the next pulse). */
    private static void afterLayout(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    /** The floor's read: the milestones not done due within 7 days (or overdue), with their movement and unit. */
    private static List<Object[]> bareRead(Database db) {
        LocalDate today = LocalDate.now();
        String sql = "SELECT m.due_date, mv.code, m.content, u.name FROM milestone m JOIN movement mv ON mv.id = m.movement_id"
                + " LEFT JOIN unit u ON u.id = m.unit_id WHERE m.done_date IS NULL AND m.due_date <= ? ORDER BY m.due_date";
        return db.dsl().connectionResult(c -> read(c, sql, today));
    }

    private static List<Object[]> read(Connection c, String sql, LocalDate today) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(today.plusDays(7)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate due = rs.getDate(1).toLocalDate();
                    rows.add(new Object[] {due, java.time.temporal.ChronoUnit.DAYS.between(today, due), "Mốc", rs.getString(3),
                            rs.getString(2) + (rs.getString(4) == null ? "" : " — " + rs.getString(4))});
                }
            }
        }
        return rows;
    }

    private static TableColumn<Object[], Object> col(String title, Function<Object[], Object> value) {
        TableColumn<Object[], Object> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(200);
        return c;
    }

    private static void say(String format, Object... args) {
        System.out.println(BenchText.format(format, args));
    }
}
