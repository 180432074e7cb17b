package vn.tdkt.workbook;

import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.service.WorkbookService;

/**
 * Benchmark (not a unit test): import of 20 000 people + 100 000 history rows (80 000 ratings, 20 000 awards) into
 * a new file database; target analyse + apply &lt; 10 s on the 2-core build machine. Then a re-import (all updates)
 * and an export. Run: {@code java -cp <test classpath> vn.tdkt.workbook.ImportBenchmark [work folder]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /** Runs once in {@code work} (a new data folder is created inside) and returns the result line. */
    public static String run(Path work) throws IOException {
        Files.createDirectories(work);
        Path file = TestWorkbooks.big(work.resolve("bench-20k.xlsx"), 20_000, true, Map.of());
        Path data = Files.createTempDirectory(work, "data-");
        try (Database db = Database.open(data)) {
            WorkbookService service = new WorkbookService(db);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportPlan plan = service.analyze(file, Progress.NONE);
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            service.apply(plan, Progress.NONE);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            int people = db.dsl().fetchCount(PERSON);
            int history = db.dsl().fetchCount(RATING) + db.dsl().fetchCount(AWARD);
            if (!plan.valid() || people != 20_000 || history != 100_000) {
                throw new IllegalStateException("benchmark import incomplete: " + people + " people, " + history
                        + " history rows, problems " + plan.problems());
            }
            long t3 = System.nanoTime();
            service.apply(service.analyze(file, Progress.NONE), Progress.NONE);
            long t4 = System.nanoTime();
            Path export = work.resolve("bench-export.xlsx");
            service.exportTo(export, Progress.NONE);
            long t5 = System.nanoTime();
            return String.format("Import 20 000 cán bộ + 100 000 dòng lịch sử (%d KiB): kiểm tra %d ms (CPU %d ms), "
                            + "ghi %d ms (CPU %d ms), tổng %d ms; nhập lại (toàn cập nhật) %d ms; xuất %d ms (%d KiB); "
                            + "tải máy %.1f",
                    Files.size(file) / 1024, ms(t0, t1), ms(c0, c1), ms(t1, t2), ms(c1, c2), ms(t0, t2), ms(t3, t4),
                    ms(t4, t5), Files.size(export) / 1024, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        System.out.println(run(work));
    }
}
