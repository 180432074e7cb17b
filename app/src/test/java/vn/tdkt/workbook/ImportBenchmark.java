package vn.tdkt.workbook;

import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.impl.DSL;
import vn.tdkt.audit.data.AuditTriggers;
import vn.tdkt.bench.Floors;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.service.WorkbookService;
import vn.tdkt.bench.BenchText;

/**
 * Benchmark (not a unit test): import of 20 000 people + 100 000 history rows (80 000 ratings, 20 000 awards) into
 * a new file database, three times, each beside its floor (issue #15): a bare batched JDBC insert of the same rows
 * with a unique code and foreign keys into an H2 file ({@link Floors#bareInsert}). Targets: check ≤ 1 s per 100 000
 * rows, write ≤ 1,3 × the floor. Then a re-import (all updates) and an export. Run:
 * {@code java -cp <test classpath> vn.tdkt.workbook.ImportBenchmark [work folder]}.
 */
public final class ImportBenchmark {

    private static final int ROUNDS = 3;

    private ImportBenchmark() {
    }

    /** Runs in {@code work} (new data folders are created inside) and gives each result line as it comes. */
    public static void run(Path work, Consumer<String> lines) throws Exception {
        Files.createDirectories(work);
        Path file = TestWorkbooks.big(work.resolve("bench-20k.xlsx"), 20_000, true, Map.of());
        long[] check = new long[ROUNDS];
        long[] write = new long[ROUNDS];
        long[] floor = new long[ROUNDS];
        long[] checkCpu = new long[ROUNDS];
        long[] writeCpu = new long[ROUNDS];
        long[] floorCpu = new long[ROUNDS];
        long[] keyed = new long[ROUNDS];
        long[] keyedCpu = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Path data = Files.createTempDirectory(work, "data-");
            try (Database db = Database.open(data)) {
                WorkbookService service = new WorkbookService(db);
                long c0 = Floors.cpu();
                long t0 = System.nanoTime();
                ImportPlan plan = service.analyze(file, Progress.NONE);
                long c1 = Floors.cpu();
                long t1 = System.nanoTime();
                service.apply(plan, Progress.NONE);
                long t2 = System.nanoTime();
                long c2 = Floors.cpu();
                int people = db.dsl().fetchCount(PERSON);
                int history = db.dsl().fetchCount(RATING) + db.dsl().fetchCount(AWARD);
                if (!plan.valid() || people != 20_000 || history != 100_000) {
                    throw new IllegalStateException("benchmark import incomplete: " + people + " people, " + history
                            + " history rows, problems " + plan.problems());
                }
                check[round] = ms(t0, t1);
                write[round] = ms(t1, t2);
                checkCpu[round] = ms(c0, c1);
                writeCpu[round] = ms(c1, c2);
                long[] f = Floors.bareInsert(Files.createTempDirectory(work, "floor-"), plan.data());
                floor[round] = f[0];
                floorCpu[round] = f[1];
                long[] k = Floors.bareInsert(Files.createTempDirectory(work, "floor-keys-"), plan.data(), true);
                keyed[round] = k[0];
                keyedCpu[round] = k[1];
                lines.accept(BenchText.format("Import 20 000 cán bộ + 100 000 dòng lịch sử, lần %d: kiểm tra %d ms "
                                + "(CPU %d ms), ghi %d ms (CPU %d ms), tổng %d ms; sàn (JDBC thuần) %d ms (CPU %d ms); sàn với "
                                + "các khoá của ứng dụng %d ms (CPU %d ms); tải máy %.1f",
                        round + 1, check[round], checkCpu[round], write[round], writeCpu[round], check[round] + write[round],
                        floor[round], floorCpu[round], keyed[round], keyedCpu[round], load()));
                if (round == ROUNDS - 1) {
                    long t3 = System.nanoTime();
                    service.apply(service.analyze(file, Progress.NONE), Progress.NONE);
                    long t4 = System.nanoTime();
                    Path export = work.resolve("bench-export.xlsx");
                    service.exportTo(export, Progress.NONE);
                    long t5 = System.nanoTime();
                    lines.accept(BenchText.format("Nhập lại (toàn cập nhật) %d ms; xuất %d ms (%d KiB)", ms(t3, t4),
                            ms(t4, t5), Files.size(export) / 1024));
                }
            }
        }
        long c = Floors.median(check);
        long w = Floors.median(write);
        long f = Floors.median(floor);
        long wc = Floors.median(writeCpu);
        long fc = Floors.median(floorCpu);
        long kc = Floors.median(keyedCpu);
        lines.accept(BenchText.format("Import (trung vị %d lần, tệp %d KiB): kiểm tra %d ms (%.2f s / 100 000 dòng; "
                        + "CPU %d ms), ghi %d ms = %.2f × sàn %d ms (CPU %d ms = %.2f × sàn CPU %d ms; = %.2f × sàn CPU với các "
                        + "khoá của ứng dụng %d ms), tổng %d ms", ROUNDS, Files.size(file) / 1024, c, c / 1200.0,
                Floors.median(checkCpu), w, (double) w / f, f, wc, (double) wc / fc, fc, (double) wc / kc, kc,
                Floors.median(sum(check, write))));
        audited(work, file, fc, kc, lines);
    }

    /**
     * The same import with the audit triggers on, as the app runs it ({@code AuditService} installs them at start):
     * every row written also appends its hash-chained entry (issue #14).
     */
    private static void audited(Path work, Path file, long floorCpu, long keyedCpu, Consumer<String> lines) throws Exception {
        Path data = Files.createTempDirectory(work, "data-audit-");
        try (Database db = Database.open(data)) {
            AuditTriggers.install(db.dsl());
            WorkbookService service = new WorkbookService(db);
            ImportPlan plan = service.analyze(file, Progress.NONE);
            long c0 = Floors.cpu();
            long t0 = System.nanoTime();
            service.apply(plan, Progress.NONE);
            long wall = ms(t0, System.nanoTime());
            long cpu = ms(c0, Floors.cpu());
            int entries = db.dsl().fetchCount(DSL.table(DSL.name("audit_entry")));
            lines.accept(BenchText.format("Import với nhật ký kiểm toán (như ứng dụng chạy): ghi %d ms (CPU %d ms = "
                    + "%.2f × sàn CPU %d ms, %.2f × sàn CPU với các khoá của ứng dụng %d ms), %d mục nhật ký; tải máy %.1f", wall, cpu,
                    (double) cpu / floorCpu, floorCpu, (double) cpu / keyedCpu, keyedCpu, entries, load()));
        }
    }

    private static long[] sum(long[] a, long[] b) {
        long[] s = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        run(work, System.out::println);
    }
}
