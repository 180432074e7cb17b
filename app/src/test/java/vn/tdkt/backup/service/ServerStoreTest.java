package vn.tdkt.backup.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tdkt.AppContext;
import vn.tdkt.backup.cli.MigrateCommand;
import vn.tdkt.backup.data.StoreCopy;
import vn.tdkt.backup.domain.TableCount;
import vn.tdkt.backup.domain.TargetNotEmptyException;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.workbook.TestWorkbooks;

/**
 * The two stores side by side (issue #14) on a real embedded PostgreSQL, whatever store the rest of the run uses:
 * {@code migrate --to} of a populated embedded store into an empty server database (counts, rows, the audit chain,
 * the sequences), a target that already holds data refused, a failure in the middle leaving the target empty; and the
 * server store's own backup: backup → change → restore gives the data back, a foreign or damaged file is refused
 * with its message and the data unchanged.
 */
class ServerStoreTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Path SAMPLE = Path.of("..", "samples", "data", "so-noi-vu-hung-yen.xlsx");

    @TempDir
    Path dir;

    /** A new, empty database on the test server (no schema: what the server's administrator creates). */
    private static ServerSettings emptyDatabase() throws SQLException {
        String admin = PostgresTestServer.adminUrl();
        String name = "tdkt_migrate_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
        return new ServerSettings(admin.substring(0, admin.lastIndexOf('/') + 1) + name, "postgres", "");
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    private static Map<String, Long> counts(Database db) {
        return StoreCopy.counts(db.dsl());
    }

    @Test
    void aPopulatedEmbeddedStoreIsCopiedWholeToAnEmptyServerDatabase() throws Exception {
        ServerSettings target = emptyDatabase();
        Path data = folder("h2");
        String fingerprint;
        Map<String, Long> source;
        int entries;
        List<TableCount> copied;
        Database h2db = Database.open(data);
        try (AppContext h2 = new AppContext(h2db)) {
            h2.workbook().importFile(SAMPLE, Progress.NONE);
            fingerprint = TestWorkbooks.fingerprint(h2db);
            source = counts(h2db);
            entries = h2.audit().count();
            assertTrue(entries > 0, "the import is in the embedded store's audit log");
            copied = h2.migrateTo(target);
        }
        assertEquals(source.keySet(), copied.stream().map(TableCount::table).collect(Collectors.toSet()));
        for (TableCount c : copied) {
            assertEquals(source.get(c.table()), c.source(), c.table());
            assertEquals(c.source(), c.target(), c.table());
        }
        try (Database pg = Database.connect(target, folder("pg"))) {
            assertEquals(source, counts(pg));
            assertEquals(fingerprint, TestWorkbooks.fingerprint(pg));
            try (AppContext server = new AppContext(pg)) {
                assertEquals(entries, server.audit().count(), "the log copied as it is, no entry of the copy's own");
                assertTrue(server.audit().verify().intact(), "the copied chain still verifies");
            }
        }
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement s = c.createStatement()) {
            // the identity sequences follow the copied keys: a new row gets a new key
            s.executeUpdate("INSERT INTO unit (code, name, search_key, sort_key) "
                    + "VALUES ('MOI', 'Đơn vị mới', 'don vi moi', 'don vi moi')");
            var r = s.executeQuery("SELECT (SELECT id FROM unit WHERE code = 'MOI') "
                    + "> (SELECT MAX(id) FROM unit WHERE code <> 'MOI')");
            r.next();
            assertTrue(r.getBoolean(1));
        }
    }

    @Test
    void aTargetThatHoldsDataIsRefusedWithExitTwoAndLeftAsItWas() throws Exception {
        ServerSettings target = emptyDatabase();
        try (AppContext h2 = AppContext.open(folder("h2"))) {
            h2.workbook().importFile(TestWorkbooks.base().write(TestWorkbooks.out("migrate-base.xlsx")), Progress.NONE);
            h2.migrateTo(target);
            Map<String, Long> before;
            try (Database pg = Database.connect(target, folder("pg"))) {
                before = counts(pg);
            }
            TargetNotEmptyException e = assertThrows(TargetNotEmptyException.class, () -> h2.migrateTo(target));
            assertTrue(e.getMessage().contains("đã có dữ liệu"), e.getMessage());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cmd = new CommandLine(new MigrateCommand(() -> h2, Texts.VIETNAMESE,
                    Map.of(ServerSettings.USER_VARIABLE, "postgres")));
            cmd.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
            assertEquals(2, cmd.execute("--to", target.url()));
            String refused = "Cơ sở dữ liệu đích " + target.display() + " đã có dữ liệu (bảng ";
            assertTrue(err.toString().contains(refused),
                    err.toString());
            assertEquals("", out.toString());
            try (Database pg = Database.connect(target, folder("pg"))) {
                assertEquals(before, counts(pg));
            }
        }
    }

    @Test
    void theCommandPrintsTheRowsOfEveryTableOnBothSides() throws Exception {
        ServerSettings target = emptyDatabase();
        Database h2db = Database.open(folder("h2"));
        try (AppContext h2 = new AppContext(h2db)) {
            h2.workbook().importFile(TestWorkbooks.base().write(TestWorkbooks.out("migrate-cli.xlsx")), Progress.NONE);
            long people = counts(h2db).get("person");
            StringWriter out = new StringWriter();
            CommandLine cmd = new CommandLine(new MigrateCommand(() -> h2, Texts.VIETNAMESE,
                    Map.of(ServerSettings.USER_VARIABLE, "postgres")));
            cmd.setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()));
            assertEquals(0, cmd.execute("--to", target.url()));
            List<String> lines = out.toString().lines().toList();
            assertTrue(lines.get(0).matches("Bảng\\s+Số dòng nguồn\\s+Số dòng đích"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.matches("person\\s+" + people + "\\s+" + people)), out.toString());
            assertTrue(lines.get(lines.size() - 1).startsWith("Đã chép dữ liệu sang " + target.display()), out.toString());
        }
    }

    @Test
    void aFailureInTheMiddleLeavesTheTargetEmpty() throws Exception {
        ServerSettings target = emptyDatabase();
        Map<String, Long> fresh;
        try (Database reference = PostgresTestServer.freshDatabase()) {
            fresh = counts(reference);
        }
        Database h2db = Database.open(folder("h2"));
        try (AppContext h2 = new AppContext(h2db)) {
            h2.workbook().importFile(SAMPLE, Progress.NONE);
            // a text H2 keeps and PostgreSQL refuses (a NUL character): the copy fails on the person table, after
            // the units and the other tables before it were written
            h2db.dsl().execute("UPDATE person SET position = 'Chuyên viên' || CHAR(0) WHERE id = (SELECT MAX(id) FROM person)");
            AppException e = assertThrows(AppException.class, () -> h2.migrateTo(target));
            assertEquals("migrate.error.failed", e.text().key());
            assertTrue(e.getMessage().contains("(bảng person)"), e.getMessage());
        }
        try (Database pg = Database.connect(target, folder("pg"))) {
            assertEquals(fresh, counts(pg), "nothing of the copy is left on the target");
        }
    }

    @Test
    void backupChangeRestoreGivesTheDataBackOnTheServer() throws Exception {
        Path data = folder("pg");
        try (Database scratch = PostgresTestServer.freshDatabase();
             Database db = Database.connect(scratch.server(), data); AppContext ctx = new AppContext(db)) {
            ctx.workbook().importFile(SAMPLE, Progress.NONE);
            Map<String, Long> before = counts(db);
            String fingerprint = TestWorkbooks.fingerprint(db);
            Path zip = ctx.backupTo(dir.resolve("may-chu.zip"));
            try (ZipFile z = new ZipFile(zip.toFile())) {
                assertTrue(z.getEntry("manifest.properties") != null);
                assertTrue(z.getEntry("data/person.tsv") != null);
            }
            ctx.workbook().importFile(TestWorkbooks.base().write(TestWorkbooks.out("pg-change.xlsx")), Progress.NONE);
            db.dsl().execute("DELETE FROM rating");
            assertFalse(fingerprint.equals(TestWorkbooks.fingerprint(db)));

            List<TableCount> restored = ctx.restoreOnServer(zip);
            assertEquals(before, counts(db));
            assertEquals(fingerprint, TestWorkbooks.fingerprint(db));
            assertTrue(restored.stream().allMatch(TableCount::matches));
            assertTrue(ctx.audit().verify().intact());
            try (Stream<Path> s = Files.list(data.resolve("backups"))) {
                assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("truoc-khoi-phuc-")).count(),
                        "the safety copy of the replaced data");
            }
            // the sequences follow the restored keys: the next import adds rows without a key clash
            ctx.workbook().importFile(TestWorkbooks.base().write(TestWorkbooks.out("pg-after.xlsx")), Progress.NONE);
        }
    }

    @Test
    void aForeignOrDamagedFileIsRefusedWithItsMessageAndTheDataUnchanged() throws Exception {
        Path data = folder("pg");
        try (Database scratch = PostgresTestServer.freshDatabase();
             Database db = Database.connect(scratch.server(), data); AppContext ctx = new AppContext(db)) {
            ctx.workbook().importFile(TestWorkbooks.base().write(TestWorkbooks.out("pg-refuse.xlsx")), Progress.NONE);
            String fingerprint = TestWorkbooks.fingerprint(db);
            Path good = ctx.backupTo(dir.resolve("tot.zip"));

            Path notZip = Files.writeString(dir.resolve("hong.zip"), "không phải zip");
            assertEquals("backup.error.notZip", refusal(ctx, notZip));
            Path foreign = zip(dir.resolve("la.zip"), Map.of("ghi-chu.txt", "xin chào"));
            assertEquals("backup.dump.error.noManifest", refusal(ctx, foreign));
            Path embedded = zip(dir.resolve("h2.zip"), Map.of("tdkt.mv.db", "H2"));
            assertEquals("backup.dump.error.embedded", refusal(ctx, embedded));
            Path tampered = rewrite(good, dir.resolve("sua.zip"), "data/person.tsv", t -> t.replace("Nguyễn", "Nguyen"));
            assertEquals("backup.dump.error.checksum", refusal(ctx, tampered));
            Path otherVersion = rewrite(good, dir.resolve("phien-ban.zip"), "manifest.properties",
                    t -> t.replaceAll("schema.version=\\d+", "schema.version=1"));
            assertEquals("backup.dump.error.schema", refusal(ctx, otherVersion));

            assertEquals(fingerprint, TestWorkbooks.fingerprint(db));
            assertFalse(Files.exists(data.resolve("backups")), "a refused file is refused before the safety copy");
        }
    }

    private static String refusal(AppContext ctx, Path zip) {
        return assertThrows(AppException.class, () -> ctx.restoreOnServer(zip)).text().key();
    }

    private static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }

    private static Path rewrite(Path from, Path to, String entry, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream o = Files.newOutputStream(to);
             ZipOutputStream z = new ZipOutputStream(o)) {
            var all = in.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return to;
    }
}
