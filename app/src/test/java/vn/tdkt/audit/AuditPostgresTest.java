package vn.tdkt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tdkt.AppContext;
import vn.tdkt.audit.cli.AuditCommand;
import vn.tdkt.audit.data.AuditTriggers;
import vn.tdkt.audit.domain.AuditChain;
import vn.tdkt.audit.domain.AuditEntry;
import vn.tdkt.audit.domain.Change;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Session;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.service.RecordService;

/**
 * The audit log on a real PostgreSQL (issue #14, record 0078): the PL/pgSQL trigger writes the entries the embedded
 * store's Java trigger writes, chained so that {@link AuditChain} (and {@code tdkt audit verify}) checks them the same
 * way; two writers on two connections keep one chain; tampering is named.
 */
class AuditPostgresTest {

    @TempDir
    Path tmp;
    private Database pg;
    private AuditService audit;

    @BeforeEach
    void open() {
        Session.accountsExist(false);
        pg = PostgresTestServer.freshDatabase();
        audit = new AuditService(pg);
    }

    @AfterEach
    void close() {
        Session.source("app");
        pg.close();
    }

    /** Every entry as the log keeps it, without its time and hash (those differ between two runs). */
    private static List<String> entries(Database db) {
        return db.dsl().fetch("SELECT seq, actor, source, table_name, row_key, operation, before_data, after_data, "
                + "person_ref, dossier_ref FROM audit_entry ORDER BY seq").map(r -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < r.size(); i++) {
                        s.append(i == 0 ? "" : " | ").append(r.get(i));
                    }
                    return s.toString();
                });
    }

    private static long count(Database db) {
        return db.dsl().fetchCount(db.dsl().selectFrom("audit_entry"));
    }

    /** Writes of every column type, through the services and in SQL, the same on both stores. */
    private static void writeEverything(Database db) {
        Session.source("cli:test");
        Unit unit = new OrgService(db).saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        PeopleService people = new PeopleService(db, new RecordService(db, new CatalogueService(db)), Clock.systemDefaultZone());
        Person p = people.save(new Person(0, "CB01", "Nguyễn Văn A", Gender.MALE, LocalDate.of(1990, 1, 2), null,
                "Chuyên viên", unit.id(), LocalDate.of(2015, 3, 1), null));
        Session.from("window:people", () -> people.save(new Person(p.id(), "CB01", "Nguyễn Văn Ánh", Gender.MALE,
                p.birthDate(), null, "Trưởng phòng", unit.id(), p.startDate(), null), p));
        // a table a later migration adds: covered at the next open
        db.dsl().execute("CREATE TABLE audit_probe (id BIGINT NOT NULL PRIMARY KEY, t TIME(3), ts TIMESTAMP, d DATE, c CLOB, "
                + "m DECIMAL(12, 2), f BOOLEAN, s VARCHAR(200), person_id BIGINT, password_hash VARCHAR(100))");
        AuditTriggers.install(db.dsl());
        db.transaction(dsl -> {
            dsl.execute("INSERT INTO audit_probe VALUES (1, TIME '10:15:00', TIMESTAMP '2024-01-05 10:15:00', DATE '2024-01-05', "
                    + "'thân bài', 1.5, TRUE, ?, ?, 'bí mật')", "\"Trích\" \\ dẫn\nhai\tdòng\u0001\u0008 😀 Ừ", p.id());
            dsl.execute("INSERT INTO audit_probe VALUES (2, TIME '10:15:30', TIMESTAMP '2024-01-05 10:15:30.123', NULL, NULL, "
                    + "1234567.25, FALSE, 'x', NULL, NULL)");
            dsl.execute("INSERT INTO audit_probe (id, t, ts) VALUES (3, TIME '00:00:00.5', TIMESTAMP '2024-02-29 23:59:59.123456')");
            return null;
        });
        db.transaction(dsl -> dsl.execute("UPDATE audit_probe SET m = 2, s = 'y', ts = TIMESTAMP '2024-01-05 00:00:00.1' "
                + "WHERE id = 2"));
        db.transaction(dsl -> dsl.execute("UPDATE audit_probe SET s = s WHERE id = 2")); // changes nothing
        db.transaction(dsl -> dsl.execute("UPDATE audit_probe SET f = NOT f, password_hash = 'khác' WHERE id = 1"));
        db.transaction(dsl -> dsl.execute("DELETE FROM audit_probe WHERE id = 3"));
        db.transaction(dsl -> dsl.execute("DELETE FROM audit_probe WHERE id = 1"));
    }

    @Test
    void theServerWritesTheEntriesOfTheEmbeddedStoreAndTheyVerify() throws Exception {
        writeEverything(pg);
        List<String> server = entries(pg);
        List<String> embedded;
        try (Database h2 = Database.open(Files.createDirectories(tmp.resolve("h2")))) {
            new AuditService(h2);
            writeEverything(h2);
            embedded = entries(h2);
            assertTrue(new AuditService(h2).verify().intact());
        }
        assertEquals(embedded, server);
        assertTrue(server.size() >= 9, server::toString);
        AuditChain.Result r = audit.verify();
        assertTrue(r.intact(), () -> r.firstBreak().toString());
        assertEquals(server.size(), r.checked());
        assertTrue(server.stream().anyMatch(e -> e.contains("window:people") && e.contains("| person |")), server::toString);

        // the person's page reads its history from the log: the service's write with before → after
        long person = pg.dsl().fetchOne("SELECT id FROM person WHERE code = 'CB01'").get(0, Long.class);
        List<AuditEntry> history = audit.personHistory(person);
        AuditEntry rename = history.stream().filter(e -> "person".equals(e.table()) && "U".equals(e.operation()))
                .findFirst().orElseThrow();
        assertTrue(Change.describe(rename).contains("full_name: Nguyễn Văn A → Nguyễn Văn Ánh"), Change.describe(rename));
        assertTrue(rename.actor().startsWith("os:"), rename.actor());
        LocalDateTime at = rename.writtenAt();
        assertTrue(Math.abs(java.time.Duration.between(at, LocalDateTime.now()).toSeconds()) < 120, at::toString);
        String probe = pg.dsl().fetchOne("SELECT after_data FROM audit_entry WHERE table_name = 'audit_probe' "
                + "AND operation = 'I' ORDER BY seq LIMIT 1").get(0, String.class);
        assertTrue(probe.contains("\"password_hash\":\"***\"") && !probe.contains("bí mật"), probe);
        assertTrue(probe.contains("\"t\":\"10:15\"") && probe.contains("\"c\":\"<lob>\"") && probe.contains("\\u0008"), probe);
    }

    private void writeThreeUnits() {
        pg.transaction(dsl -> {
            dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES ('A', 'Phòng A', 'phong a', 'a')");
            dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES ('B', 'Phòng B', 'phong b', 'b')");
            return null;
        });
        pg.transaction(dsl -> dsl.execute("UPDATE unit SET name = 'Phòng Tổ chức' WHERE code = 'A'"));
        pg.transaction(dsl -> dsl.execute("DELETE FROM unit WHERE code = 'B'"));
    }

    @Test
    void anAlteredADeletedAndAReorderedEntryAreEachNamed() {
        writeThreeUnits();
        assertEquals(4, count(pg));
        assertEquals(4L, pg.dsl().fetchOne("SELECT last_seq FROM audit_head").get(0, Long.class), "the head moved at commit");
        assertTrue(audit.verify().intact());

        pg.dsl().execute("UPDATE audit_entry SET after_data = '{\"name\":\"Phòng khác\"}' WHERE seq = 3");
        AuditChain.Break altered = audit.verify().firstBreak().orElseThrow();
        assertEquals(3, altered.seq());
        assertEquals("audit.break.content", altered.reason().key());
        pg.dsl().execute("UPDATE audit_entry SET after_data = '{\"name\":\"Phòng Tổ chức\"}' WHERE seq = 3");
        assertTrue(audit.verify().intact(), "restored, the chain holds again");

        pg.transaction(dsl -> {
            dsl.execute("UPDATE audit_entry SET seq = -1 WHERE seq = 2");
            dsl.execute("UPDATE audit_entry SET seq = 2 WHERE seq = 3");
            return dsl.execute("UPDATE audit_entry SET seq = 3 WHERE seq = -1");
        });
        AuditChain.Break reordered = audit.verify().firstBreak().orElseThrow();
        assertEquals(2, reordered.seq());
        assertEquals("audit.break.link", reordered.reason().key());

        pg.dsl().execute("DELETE FROM audit_entry WHERE seq = 3"); // the entry that is now at 3 (the second written)
        AuditChain.Break deleted = audit.verify().firstBreak().orElseThrow();
        assertEquals("audit.break.link", deleted.reason().key(), "still broken at 2 by the re-order");
        pg.dsl().execute("DELETE FROM audit_entry WHERE seq = 2");
        deleted = audit.verify().firstBreak().orElseThrow();
        assertEquals(2, deleted.seq());
        assertEquals("audit.break.missing", deleted.reason().key());

        pg.dsl().execute("DELETE FROM audit_entry WHERE seq > 1");
        AuditChain.Break tail = audit.verify().firstBreak().orElseThrow();
        assertEquals(2, tail.seq());
        assertEquals("audit.break.tail", tail.reason().key(), "the head still names entry 4");
    }

    @Test
    void aRolledBackWriteLeavesNoEntryAndTheChainGoesOn() {
        writeThreeUnits();
        try {
            pg.transaction(dsl -> {
                dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES ('C', 'Phòng C', 'c', 'c')");
                throw new IllegalStateException("the use case fails after its write");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(4, count(pg));
        pg.transaction(dsl -> dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES ('D', 'Phòng D', 'd', 'd')"));
        AuditChain.Result r = audit.verify();
        assertTrue(r.intact(), () -> r.firstBreak().toString());
        assertEquals(5, r.checked());
    }

    @Test
    void twoWritersOnTwoConnectionsKeepOneUnbrokenChain() throws Exception {
        try (Database other = Database.connect(pg.server(), null)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Database db = t % 2 == 0 ? pg : other;
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        String code = "T" + writer + "-" + i;
                        db.transaction(dsl -> {
                            dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES (?, ?, ?, ?)", code, code,
                                    code, code);
                            return dsl.execute("UPDATE unit SET name = ? WHERE code = ?", code + "'", code);
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        AuditChain.Result r = audit.verify();
        assertTrue(r.intact(), () -> r.firstBreak().toString());
        assertEquals(240, r.checked());
        // each transaction's two entries are next to each other: a writer waited for the other's commit
        List<String> keys = pg.dsl().fetch("SELECT row_key FROM audit_entry ORDER BY seq").getValues(0, String.class);
        for (int i = 0; i < keys.size(); i += 2) {
            assertEquals(keys.get(i), keys.get(i + 1));
        }
    }

    @Test
    void auditVerifyExitsThreeOnTamperAndExportWritesThePeriod() throws Exception {
        try (AppContext ctx = AppContext.open(tmp.resolve("data"), pg.server())) {
            ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cmd = AuditCommand.commandLine(() -> ctx, Locale.forLanguageTag("vi"));
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            assertEquals(0, cmd.execute("verify"), err.toString());

            Path file = tmp.resolve("nhat-ky.xlsx");
            String today = vn.tdkt.common.domain.VnFormat.date(LocalDate.now());
            assertEquals(0, cmd.execute("export", "--from", today, "--to", today, "--out", file.toString()), err.toString());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet s = wb.getSheet(AuditService.SHEET);
                assertEquals("unit", s.getRow(s.getLastRowNum()).getCell(4).getStringCellValue());
                assertEquals("Thêm", s.getRow(s.getLastRowNum()).getCell(6).getStringCellValue());
            }

            pg.dsl().execute("UPDATE audit_entry SET actor = 'os:ai-do' WHERE seq = 1");
            assertEquals(AuditCommand.BROKEN, cmd.execute("verify"));
            assertTrue(err.toString().contains("Nhật ký bị phá vỡ tại mục 1: nội dung không khớp"), err.toString());
            assertFalse(audit.verify().intact());
        }
    }
}
