package vn.tdkt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.AUDIT_ENTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.audit.domain.AuditChain;
import vn.tdkt.audit.domain.AuditEntry;
import vn.tdkt.audit.domain.Change;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.domain.Texts;

/** The audit log on a real H2: every write leaves a chained entry in its own transaction; tampering is found. */
class AuditLogTest {

    private Database db;
    private AuditService audit;

    @BeforeEach
    void open() {
        Session.accountsExist(false);
        db = Database.inMemory();
        audit = new AuditService(db);
    }

    @AfterEach
    void close() {
        Session.source("app");
        db.close();
    }

    private void writeThreeUnits() {
        db.transaction(dsl -> {
            dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES ('A', 'Phòng A', 'phong a', 'a')");
            dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES ('B', 'Phòng B', 'phong b', 'b')");
            return null;
        });
        db.transaction(dsl -> dsl.execute("UPDATE unit SET name = 'Phòng Tổ chức' WHERE code = 'A'"));
        db.transaction(dsl -> dsl.execute("DELETE FROM unit WHERE code = 'B'"));
    }

    @Test
    void everyWriteIsRecordedWithWhoWhereAndBeforeAfter() {
        Session.source("cli:test");
        long before = audit.count();
        writeThreeUnits();
        assertEquals(before + 4, audit.count());
        var rows = db.dsl().fetch("SELECT operation, table_name, actor, source, before_data, after_data FROM audit_entry "
                + "WHERE table_name = 'unit' ORDER BY seq");
        assertEquals(List.of("I", "I", "U", "D"), rows.getValues(0, String.class));
        assertEquals("cli:test", rows.get(2).get(3, String.class));
        assertTrue(rows.get(2).get(2, String.class).startsWith("os:"));
        assertEquals("{\"name\":\"Phòng A\"}", rows.get(2).get(4, String.class));
        assertEquals("{\"name\":\"Phòng Tổ chức\"}", rows.get(2).get(5, String.class));
        assertTrue(rows.get(3).get(4, String.class).contains("\"code\":\"B\""));
        assertTrue(audit.verify().intact());
    }

    @Test
    void aWriteThatRollsBackLeavesNoEntry() {
        writeThreeUnits();
        long before = audit.count();
        assertThrows(IllegalStateException.class, () -> db.transaction(dsl -> {
            dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES ('C', 'Phòng C', 'c', 'c')");
            throw new IllegalStateException("the use case fails after its write");
        }));
        assertEquals(before, audit.count());
        AuditChain.Result r = audit.verify();
        assertTrue(r.intact(), () -> r.firstBreak().toString());
        assertEquals(before, r.checked());
    }

    @Test
    void anAlteredEntryIsNamed() {
        writeThreeUnits();
        db.dsl().execute("UPDATE audit_entry SET after_data = '{\"name\":\"Phòng khác\"}' WHERE seq = 3");
        AuditChain.Result r = audit.verify();
        assertFalse(r.intact());
        assertEquals(3, r.firstBreak().orElseThrow().seq());
        assertEquals("audit.break.content", r.firstBreak().orElseThrow().reason().key());
    }

    @Test
    void anAlteredEntryWithItsHashRecomputedBreaksTheNextLink() {
        writeThreeUnits();
        var r3 = db.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(3L)).fetchOne(); // portable: H2 and PostgreSQL
        AuditEntry third = new AuditEntry(r3.getSeq(), r3.getWrittenAt(), "os:someone-else", r3.getSource(),
                r3.getTableName(), r3.getRowKey(), r3.getOperation(), r3.getBeforeData(), r3.getAfterData(), null, null,
                r3.getPrevHash(), null);
        db.dsl().execute("UPDATE audit_entry SET actor = ?, entry_hash = ? WHERE seq = 3", third.actor(),
                AuditChain.hash(third));
        AuditChain.Result r = audit.verify();
        assertEquals(4, r.firstBreak().orElseThrow().seq());
        assertEquals("audit.break.link", r.firstBreak().orElseThrow().reason().key());
    }

    @Test
    void aDeletedEntryIsNamed() {
        writeThreeUnits();
        db.dsl().execute("DELETE FROM audit_entry WHERE seq = 2");
        AuditChain.Result r = audit.verify();
        assertEquals(2, r.firstBreak().orElseThrow().seq());
        assertEquals("audit.break.missing", r.firstBreak().orElseThrow().reason().key());
        assertTrue(r.firstBreak().orElseThrow().reason().in(Texts.VIETNAMESE).contains("2"));
    }

    @Test
    void aDeletedLastEntryIsFoundByTheHead() {
        writeThreeUnits();
        db.dsl().execute("DELETE FROM audit_entry WHERE seq = (SELECT MAX(seq) FROM audit_entry)");
        AuditChain.Result r = audit.verify();
        assertEquals("audit.break.tail", r.firstBreak().orElseThrow().reason().key());
    }

    @Test
    void reOrderedEntriesAreNamed() {
        writeThreeUnits();
        db.transaction(dsl -> {
            dsl.execute("UPDATE audit_entry SET seq = -1 WHERE seq = 2");
            dsl.execute("UPDATE audit_entry SET seq = 2 WHERE seq = 3");
            return dsl.execute("UPDATE audit_entry SET seq = 3 WHERE seq = -1");
        });
        AuditChain.Result r = audit.verify();
        assertEquals(2, r.firstBreak().orElseThrow().seq());
        assertEquals("audit.break.link", r.firstBreak().orElseThrow().reason().key());
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    String code = "T" + thread + "-" + i;
                    db.transaction(dsl -> dsl.execute("INSERT INTO unit (code, name, search_key, sort_key) VALUES (?, ?, ?, ?)",
                            code, code, code, code));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditChain.Result r = audit.verify();
        assertTrue(r.intact(), () -> r.firstBreak().toString());
        assertEquals(100, db.dsl().fetchCount(db.dsl().selectFrom("audit_entry").where("table_name = 'unit'")));
    }

    @Test
    void cascadedDeletesAndAPersonsRowsAreInItsHistory() {
        db.transaction(dsl -> {
            dsl.execute("INSERT INTO unit (id, code, name, search_key, sort_key) VALUES (10, 'A', 'Phòng A', 'a', 'a')");
            dsl.execute("INSERT INTO person (id, code, full_name, gender, unit_id, search_key, sort_key) "
                    + "VALUES (7, 'CB1', 'Nguyễn Văn A', 'Nam', 10, 'nguyen van a', 'a')");
            dsl.execute("INSERT INTO assignment (person_id, unit_id, position, start_date) "
                    + "VALUES (7, 10, 'Chuyên viên', DATE '2020-01-01')");
            return null;
        });
        db.transaction(dsl -> dsl.execute("UPDATE person SET full_name = 'Nguyễn Văn Ánh' WHERE id = 7"));
        List<AuditEntry> history = audit.personHistory(7);
        assertEquals(List.of("person", "assignment", "person"), history.stream().map(AuditEntry::table).toList());
        assertEquals("full_name: Nguyễn Văn A → Nguyễn Văn Ánh", Change.describe(history.get(0)));
        db.transaction(dsl -> dsl.execute("DELETE FROM person WHERE id = 7"));
        assertEquals(List.of("person:D", "assignment:D"), audit.personHistory(7).stream().limit(2)
                .map(e -> e.table() + ":" + e.operation()).sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(audit.verify().intact());
    }

    @Test
    void aPasswordHashNeverReachesTheLog() {
        db.transaction(dsl -> dsl.execute("INSERT INTO account (login, full_name, role, password_hash, created_at) "
                + "VALUES ('admin', 'Quản trị', 'QUAN_TRI', '$argon2id$secret', CURRENT_TIMESTAMP)"));
        String after = db.dsl().fetchOne("SELECT after_data FROM audit_entry WHERE table_name = 'account'").get(0, String.class);
        assertTrue(after.contains("\"password_hash\":\"***\""), after);
        assertFalse(after.contains("secret"), after);
    }
}
