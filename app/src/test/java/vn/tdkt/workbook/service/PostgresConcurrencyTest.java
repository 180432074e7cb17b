package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.PERSON;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.ImportPlan;

/**
 * Several workstations on one PostgreSQL store (issue #14), on a real embedded server whatever store the rest of the
 * run uses: two imports at once are serialised, an import kept waiting too long is refused with a message, and a
 * connection killed in the middle of an import leaves the data exactly as it was.
 */
class PostgresConcurrencyTest {

    private Database db;
    private AppContext ctx;

    @BeforeEach
    void open() {
        db = PostgresTestServer.freshDatabase();
        ctx = new AppContext(db);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void twoImportsAtOnceAreSerialisedAndLeaveWhatOneImportLeaves() throws Exception {
        Path file = TestWorkbooks.base().write(TestWorkbooks.out("pg-twice.xlsx"));
        String expected;
        Database single = PostgresTestServer.freshDatabase();
        try (AppContext alone = new AppContext(single)) {
            alone.workbook().importFile(file, Progress.NONE);
            expected = TestWorkbooks.fingerprint(single);
        }
        // two workstations: two contexts, two pools, the same database
        try (AppContext other = new AppContext(Database.connect(db.server(), null))) {
            ImportPlan first = ctx.workbook().analyze(file, Progress.NONE);
            ImportPlan second = other.workbook().analyze(file, Progress.NONE);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            runs.add(pool.submit(() -> {
                start.await();
                return ctx.workbook().apply(first, Progress.NONE);
            }));
            runs.add(pool.submit(() -> {
                start.await();
                return other.workbook().apply(second, Progress.NONE);
            }));
            start.countDown();
            for (Future<?> f : runs) {
                f.get(120, TimeUnit.SECONDS); // both succeed: the second waited for the first, then updated by code
            }
            pool.shutdown();
        }
        assertEquals(expected, TestWorkbooks.fingerprint(db));
    }

    @Test
    void anImportKeptWaitingTooLongIsRefusedAndWritesNothing() throws Exception {
        Path file = TestWorkbooks.base().write(TestWorkbooks.out("pg-busy.xlsx"));
        ImportPlan plan = ctx.workbook().analyze(file, Progress.NONE);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> holder = pool.submit(() -> db.exclusive(Database.IMPORT_LOCK, Msg.of("db.importBusy"), tx -> {
            held.countDown();
            try {
                return release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(held.await(30, TimeUnit.SECONDS));
        System.setProperty("tdkt.lockWaitSeconds", "1");
        try (AppContext other = new AppContext(Database.connect(db.server(), null))) {
            AppException e = assertThrows(AppException.class, () -> other.workbook().apply(plan, Progress.NONE));
            assertEquals("db.importBusy", e.text().key());
        } finally {
            System.clearProperty("tdkt.lockWaitSeconds");
            release.countDown();
        }
        holder.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(0, db.dsl().fetchCount(PERSON));
    }

    @Test
    void aConnectionKilledInTheMiddleOfAnImportLeavesTheDataAsItWas() throws IOException, Exception {
        ctx.workbook().importFile(TestWorkbooks.base().write(TestWorkbooks.out("pg-kill-small.xlsx")), Progress.NONE);
        String before = TestWorkbooks.fingerprint(db);
        Path big = TestWorkbooks.big(TestWorkbooks.out("pg-kill-big.xlsx"), 20_000, true, Map.of());
        ImportPlan plan = ctx.workbook().analyze(big, Progress.NONE);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> run = pool.submit(() -> ctx.workbook().apply(plan, Progress.NONE));
        boolean killed = false;
        try (Database watcher = Database.connect(db.server(), null)) {
            for (int i = 0; i < 600 && !killed && !run.isDone(); i++) {
                // the importing session: the one inside a transaction that already wrote people
                killed = Boolean.TRUE.equals(watcher.dsl().fetchValue("SELECT bool_or(pg_terminate_backend(pid)) "
                        + "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                        + "AND xact_start IS NOT NULL AND backend_xid IS NOT NULL"));
                Thread.sleep(20);
            }
        }
        assertTrue(killed, "the import's connection was not seen writing");
        java.util.concurrent.ExecutionException failure = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> run.get(120, TimeUnit.SECONDS));
        pool.shutdown();
        assertTrue(failure.getCause() instanceof AppException, () -> "not a clerk's message: " + failure.getCause());
        assertEquals("db.server.connectionLost", ((AppException) failure.getCause()).text().key());
        // the pool drops the dead connection: the next read works and sees the data of before
        assertEquals(before, TestWorkbooks.fingerprint(db));
        assertFalse(db.dsl().fetchExists(PERSON, PERSON.CODE.like("NV%")));
    }

    @Test
    void aServerThatCannotBeReachedOrLacksTheDatabaseIsNamedInTheMessage() {
        AppException down = assertThrows(AppException.class, () -> Database.connect(
                new vn.tdkt.common.data.ServerSettings("jdbc:postgresql://127.0.0.1:1/tdkt?connectTimeout=2", "u", "p"), null));
        assertEquals("db.server.unreachable", down.text().key());
        assertTrue(down.text().vi().contains("127.0.0.1:1/tdkt"), down.text().vi());
        String url = db.server().url();
        String missing = url.substring(0, url.lastIndexOf('/') + 1) + "khong_co_csdl_nay";
        AppException none = assertThrows(AppException.class, () -> Database.connect(
                new vn.tdkt.common.data.ServerSettings(missing, db.server().user(), ""), null));
        assertEquals("db.server.noDatabase", none.text().key());
        AppException bad = assertThrows(AppException.class,
                () -> Database.connect(new vn.tdkt.common.data.ServerSettings("jdbc:mysql://x/y", "u", "p"), null));
        assertEquals("db.server.badUrl", bad.text().key());
    }
}
