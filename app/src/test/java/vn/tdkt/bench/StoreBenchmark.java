package vn.tdkt.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.samples.SampleWorkbook;
import vn.tdkt.workbook.service.WorkbookService;

/**
 * The committed benchmark's import (the same generator and seed as {@code Benchmark}: 20 000 people, 5 years of
 * history, 188 235 history rows) and the yearly review of those people, on the embedded PostgreSQL 14 and on an H2
 * file side by side in one run (issue #14), each through the app's own services with the audit log on, as the window
 * runs them. Run by {@code .ci/bench}; not a unit test.
 */
public final class StoreBenchmark {

    private static final int PEOPLE = 20_000;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("store-bench-");
        Path file = work.resolve("so-" + PEOPLE + ".xlsx");
        SampleWorkbook.Stats stats = SampleWorkbook.write(file, PEOPLE, 5, SampleWorkbook.DEFAULT_SEED);
        BenchText.printf("workbook: %d people, %d history rows; load average %.1f%n", stats.people(),
                stats.historyRows(), load());
        run("H2 (tệp)", () -> Database.open(work.resolve("h2")), file);
        run("PostgreSQL 14", PostgresTestServer::freshDatabase, file);
        System.exit(0); // the embedded server's threads
    }

    private static void run(String store, Supplier<Database> fresh, Path file) {
        try (AppContext ctx = new AppContext(fresh.get())) {
            double loadBefore = load();
            long t0 = System.nanoTime();
            WorkbookService workbook = ctx.workbook();
            workbook.apply(workbook.analyze(file, Progress.NONE), Progress.NONE);
            long importMs = ms(t0);
            long t1 = System.nanoTime();
            ReviewResult cold = ctx.review().review(2025, LocalDate.of(2025, 12, 31), Progress.NONE);
            long coldMs = ms(t1);
            long t2 = System.nanoTime();
            ctx.review().review(2025, LocalDate.of(2025, 12, 31), Progress.NONE);
            long warmMs = ms(t2);
            BenchText.printf("%s: import %d ms (with the audit log); review 2025 of %d assessments: first %d ms,"
                    + " second %d ms; load average %.1f → %.1f%n", store, importMs, cold.assessments().size(), coldMs, warmMs,
                    loadBefore, load());
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
