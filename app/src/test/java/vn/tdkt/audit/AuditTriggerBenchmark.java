package vn.tdkt.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.audit.data.AuditTriggers;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.bench.BenchText;

/**
 * What the audit trigger costs (issue #14, record 0078): one batched insert of 20 000 people in one transaction, on the
 * embedded PostgreSQL 14 and on an H2 file, each without the audit trigger and with it (every row then appends its
 * hash-chained entry), median of 3 fresh databases each. Run by {@code .ci/bench}; not a unit test.
 */
public final class AuditTriggerBenchmark {

    private static final int ROWS = 20_000;
    private static final int ROUNDS = 3;

    private AuditTriggerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("audit-bench-");
        int[] n = {0};
        Supplier<Database> h2 = () -> Database.open(work.resolve("h2-" + n[0]++));
        report("PostgreSQL 14", PostgresTestServer::freshDatabase);
        report("H2 (tệp)", h2);
        System.exit(0); // the embedded server's threads
    }

    private static void report(String store, Supplier<Database> fresh) throws Exception {
        insert(fresh, false); // warm-up of the JIT and the server's caches
        insert(fresh, true);
        List<Long> bare = new ArrayList<>();
        List<Long> audited = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            bare.add(insert(fresh, false));
            audited.add(insert(fresh, true));
        }
        long b = median(bare);
        long a = median(audited);
        String line = BenchText.format("%s: %d người, một lô trong một giao dịch: không nhật ký %d ms, có nhật ký "
                + "%d ms = %.2f × (%.1f µs thêm mỗi dòng); các lần: %s / %s", store, ROWS, b, a, (double) a / b,
                (a - b) * 1000.0 / ROWS, bare, audited);
        System.out.println(line);
    }

    /** Milliseconds of one batched insert of {@link #ROWS} people into a fresh store, committed. */
    private static long insert(Supplier<Database> fresh, boolean withTrigger) throws Exception {
        try (Database db = fresh.get()) {
            if (withTrigger) {
                AuditTriggers.install(db.dsl());
            }
            db.dsl().execute("INSERT INTO unit (id, code, name, search_key, sort_key) VALUES (900001, 'BM', 'Đơn vị đo', 'bm', 'bm')");
            long[] ms = {0};
            db.dsl().connection(c -> ms[0] = batch(c));
            if (withTrigger && db.dsl().fetchCount(db.dsl().selectFrom("audit_entry")) < ROWS) {
                throw new IllegalStateException("the trigger did not write the log");
            }
            return ms[0];
        }
    }

    private static long batch(Connection c) throws java.sql.SQLException {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (code, full_name, gender, unit_id, birth_date, "
                + "search_key, sort_key) VALUES (?, ?, 'Nam', 900001, ?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                ps.setString(1, "BM" + i);
                ps.setString(2, "Nguyễn Văn Thử " + i);
                ps.setObject(3, java.time.LocalDate.of(1970 + i % 40, 1 + i % 12, 1 + i % 28));
                ps.setString(4, "nguyen van thu " + i);
                ps.setString(5, "thu " + i);
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
