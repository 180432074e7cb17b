package vn.tdkt.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.StartupProbe;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.service.RecordService;
import vn.tdkt.samples.SampleWorkbook;
import vn.tdkt.workbook.ImportBenchmark;
import vn.tdkt.workbook.service.WorkbookService;

/**
 * The committed benchmark (not a unit test). Run on a quiet machine:
 * {@code mvn -q -B -ntp -pl app -Pbench test-compile exec:java} (results also go to target/bench/results.txt).
 * Sizes grow so the README can say how each number scales.
 */
public final class Benchmark {

    private static final List<String> LINES = new ArrayList<>();
    private static boolean cdsDumped;
    private static final String[] KEYSTROKES = {"n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen ", "nguyen v",
        "nguyen va", "nguyen van", "nguyen van h"};

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(work);
        say("Máy: %d nhân, Java %s, tải máy lúc bắt đầu %.1f", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // optional second argument: the parts to run, e.g. "import" or "cold" (default: everything)
        java.util.Set<String> parts = java.util.Set.of((args.length > 1 ? args[1] : "import,sizes").split(","));
        if (parts.contains("import")) {
            ImportBenchmark.run(work.resolve("import"), l -> say("%s", l));
        }
        for (int people : new int[] {5_000, 20_000, 50_000}) {
            if (parts.contains("sizes")) {
                Path data = importAndSearch(work, people);
                if (people != 20_000) {
                    coldStart(work, data, people);
                }
            } else if (parts.contains("cold") && people != 20_000) {
                coldStart(work, work.resolve("data-" + people), people);
            }
        }
        Files.write(work.resolve("benchmark.txt"), LINES);
    }

    /** Imports a realistic workbook (5 years of history) and measures import, search per keystroke and heap. */
    private static Path importAndSearch(Path work, int people) throws IOException {
        Path file = work.resolve("so-" + people + ".xlsx");
        SampleWorkbook.Stats stats = SampleWorkbook.write(file, people, 5, SampleWorkbook.DEFAULT_SEED);
        Path data = work.resolve("data-" + people);
        deleteTree(data);
        long t0 = System.nanoTime();
        try (Database db = Database.open(data)) {
            WorkbookService workbook = new WorkbookService(db);
            workbook.apply(workbook.analyze(file, Progress.NONE), Progress.NONE);
            long importMs = ms(t0);
            say("Nhập %,d cán bộ + %,d dòng lịch sử (5 năm): %,d ms", people, stats.historyRows(), importMs);

            PeopleService service = new PeopleService(db, new RecordService(db, new CatalogueService(db)),
                    Clock.systemDefaultZone());
            gc();
            long before = usedHeap();
            long t1 = System.nanoTime();
            PeopleIndex index = service.index();
            long loadMs = ms(t1);
            gc();
            long heap = usedHeap() - before;
            java.lang.ref.Reference.reachabilityFence(index); // measured while the list is still held
            long[] perKey = new long[KEYSTROKES.length * 5];
            int matches = 0;
            for (int round = 0; round < 6; round++) {
                for (int k = 0; k < KEYSTROKES.length; k++) {
                    long s = System.nanoTime();
                    List<PersonRow> hits = index.filter(KEYSTROKES[k], null);
                    long micros = (System.nanoTime() - s) / 1_000;
                    if (round > 0) { // round 0 warms up the JIT, as the first keystrokes of a session do
                        perKey[(round - 1) * KEYSTROKES.length + k] = micros;
                    }
                    matches = hits.size();
                }
            }
            Arrays.sort(perKey);
            say("Tìm kiếm trong %,d cán bộ (gõ \"nguyen van h\" từng phím): trung vị %.2f ms, chậm nhất %.2f ms mỗi phím "
                    + "(%,d kết quả cuối); tải danh sách %,d ms; bộ nhớ danh sách %.1f MiB; heap đang dùng %,d MiB",
                    people, perKey[perKey.length / 2] / 1000.0, perKey[perKey.length - 1] / 1000.0, matches, loadMs,
                    heap / (double) (1 << 20), usedHeap() / (1 << 20));
        }
        return data;
    }

    /**
     * Starts the real app in a fresh JVM (headless Monocle) on a data folder until its window is usable, and beside
     * it the floor: a bare JavaFX window with one 6-column TableView of as many rows ({@link BareWindow}), started the
     * same way. Three runs each, interleaved; medians and the ratio. When the app's jar is built (app/target/tdkt.jar
     * beside the classes), each run also starts the app from its jar with an AppCDS archive of that jar, as the
     * installed program and {@code java -XX:SharedArchiveFile=… -jar} start (decision 168): the archive is dumped once
     * by a training start of the same command ({@code -XX:ArchiveClassesAtExit}), then mapped with {@code -Xshare:on}
     * (a start that cannot map it fails rather than measuring a start without it).
     */
    private static void coldStart(Path work, Path data, int people) throws IOException, InterruptedException {
        int runs = 3;
        long[] app = new long[runs];
        long[] floor = new long[runs];
        long[] appCpu = new long[runs];
        long[] floorCpu = new long[runs];
        long[] cds = new long[runs];
        long[] cdsCpu = new long[runs];
        Optional<String> jar = jarClassPath();
        Path jsa = work.resolve("tdkt-bench.jsa");
        if (jar.isPresent() && !cdsDumped) { // dumped again by every run: an archive holds only the jar it was made of
            Files.deleteIfExists(jsa);
            long[] t = startUntilUsable(work, data, jar.get(), List.of("-XX:ArchiveClassesAtExit=" + jsa),
                    List.of("vn.tdkt.Launcher"), true);
            say("Lưu trữ AppCDS của tệp jar (một lần khởi động huấn luyện, %,d ms, CPU %,d ms): %.1f MiB", t[0], t[1],
                    Files.size(jsa) / (double) (1 << 20));
            cdsDumped = true;
        }
        for (int run = 0; run < runs; run++) {
            long[] f = startUntilUsable(work, data, List.of(BareWindow.class.getName(), String.valueOf(people)), false);
            long[] a = startUntilUsable(work, data, List.of("vn.tdkt.Launcher"), true);
            floor[run] = f[0];
            floorCpu[run] = f[1];
            app[run] = a[0];
            appCpu[run] = a[1];
            say("Khởi động nguội tới cửa sổ dùng được (%,d cán bộ, lần %d): ứng dụng %,d ms (CPU %,d ms), sàn (cửa sổ JavaFX "
                    + "trần, bảng 6 cột %,d dòng) %,d ms (CPU %,d ms)", people, run + 1, app[run], appCpu[run], people, floor[run],
                    floorCpu[run]);
            if (jar.isPresent()) {
                long[] c = startUntilUsable(work, data, jar.get(), List.of("-Xshare:on", "-XX:SharedArchiveFile=" + jsa),
                        List.of("vn.tdkt.Launcher"), true);
                cds[run] = c[0];
                cdsCpu[run] = c[1];
                say("  ứng dụng từ tệp jar với lưu trữ AppCDS: %,d ms (CPU %,d ms)", cds[run], cdsCpu[run]);
            }
        }
        long a = Floors.median(app);
        long f = Floors.median(floor);
        long ac = Floors.median(appCpu);
        long fc = Floors.median(floorCpu);
        say("Khởi động nguội (%,d cán bộ, trung vị %d lần): %,d ms = %.2f × sàn %,d ms; CPU (mọi luồng) %,d ms = %.2f × sàn %,d ms;"
                + " tải máy %.1f", people, runs, a, (double) a / f, f, ac, (double) ac / Math.max(1, fc), fc,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (jar.isPresent()) {
            long c = Floors.median(cds);
            long cc = Floors.median(cdsCpu);
            say("Khởi động nguội với AppCDS (%,d cán bộ, trung vị %d lần): %,d ms = %.2f × sàn %,d ms; CPU %,d ms = %.2f × sàn %,d ms"
                    + " (không có lưu trữ: %.2f × CPU)", people, runs, c, (double) c / f, f, cc, (double) cc / Math.max(1, fc), fc,
                    (double) cc / Math.max(1, ac));
        }
    }

    /**
     * The class path that starts the app from its built jar (its manifest names lib/) with the toolkit's headless
     * platform beside it, or empty when the jar is not built. AppCDS maps only jars, never a folder of classes.
     */
    private static Optional<String> jarClassPath() {
        String[] entries = classPath().split(java.io.File.pathSeparator);
        Optional<Path> jar = Arrays.stream(entries).map(Path::of)
                .filter(p -> p.getFileName() != null && p.getFileName().toString().equals("classes") && p.getParent() != null)
                .map(p -> p.getParent().resolve("tdkt.jar")).filter(Files::isRegularFile).findFirst();
        Optional<String> monocle = Arrays.stream(entries).filter(e -> e.contains("openjfx-monocle")).findFirst();
        if (jar.isEmpty() || monocle.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jar.get().toAbsolutePath() + java.io.File.pathSeparator + monocle.get());
    }

    /**
     * Milliseconds from JVM start to the readiness mark and the process's CPU time until then (all threads), read from
     * the app's log or the floor's output.
     */
    private static long[] startUntilUsable(Path work, Path data, List<String> mainAndArgs, boolean fromLog)
            throws IOException, InterruptedException {
        return startUntilUsable(work, data, classPath(), List.of(), mainAndArgs, fromLog);
    }

    private static long[] startUntilUsable(Path work, Path data, String classPath, List<String> jvmArgs,
                                           List<String> mainAndArgs, boolean fromLog) throws IOException, InterruptedException {
        Path log = data.resolve("logs");
        deleteTree(log);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Arrays.asList(System.getProperty("bench.jvm", "").split(" ")));
        cmd.removeIf(String::isEmpty);
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-Dtdkt.data=" + data.toAbsolutePath(), "-Dtdkt.logdir=" + log.toAbsolutePath(),
                "-Dtdkt.exitWhenReady=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djavafx.cachedir=" + work.resolve("fx-cache").toAbsolutePath(),
                "-cp", classPath));
        cmd.addAll(mainAndArgs);
        Path out = work.resolve("cold.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        // 300 s: on a machine shared by several builds (load average 25) one start took 60 s, a training start with
        // its archive's dump at exit more than 120 s
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the window did not become usable in 300 s; see " + out);
        }
        if (p.exitValue() != 0 && jvmArgs.contains("-Xshare:on")) {
            throw new IllegalStateException("the start could not map its AppCDS archive; see " + out);
        }
        List<String> lines = Files.readAllLines(fromLog ? log.resolve("tdkt.log") : out);
        String mark = lines.stream().filter(l -> l.contains(StartupProbe.READY_MARK)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no readiness mark in " + (fromLog ? log : out)));
        return new long[] {number(mark, StartupProbe.READY_MARK), number(mark, StartupProbe.CPU_MARK)};
    }

    /** The number after a mark in a line ("Window usable 2900 ms…"). */
    private static long number(String line, String mark) {
        String tail = line.substring(line.indexOf(mark) + mark.length()).trim();
        return Long.parseLong(tail.substring(0, tail.indexOf(' ')));
    }

    /** The test class path, also when run by exec:java inside Maven's JVM (then java.class.path is Maven's). */
    private static String classPath() {
        if (Benchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            StringBuilder b = new StringBuilder();
            for (URL u : loader.getURLs()) {
                try {
                    b.append(b.length() > 0 ? java.io.File.pathSeparator : "").append(Path.of(u.toURI()));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return b.toString();
        }
        return System.getProperty("java.class.path");
    }

    private static void say(String format, Object... args) {
        String line = BenchText.format(format, args);
        LINES.add(line);
        System.out.println(line);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /**
     * Full collections until the heap in use stops falling (at most 10): one {@code System.gc()} may leave garbage that
     * the next one finds (references cleared, finalizable objects), and a difference of two unsettled heaps came out
     * negative (-1 MiB for the list of 5 000 people).
     */
    private static void gc() {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = usedHeap();
            if (used >= last - (64 << 10)) {
                return;
            }
            last = used;
        }
    }

    /** The heap in use as the collector reports it (every pool, after the last collection's effect). */
    private static long usedHeap() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
