package vn.tdkt.audit.data;

import static vn.tdkt.common.data.jooq.Tables.AUDIT_ENTRY;
import static vn.tdkt.common.data.jooq.Tables.AUDIT_HEAD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import vn.tdkt.audit.domain.AuditEntry;
import vn.tdkt.common.data.jooq.tables.records.AuditEntryRecord;

/** Reads the audit log (it is written only by {@link AuditTrigger}). */
public final class AuditRepository {

    /** The last number and hash the store recorded. */
    public record Head(long seq, String hash) {
    }

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Head head() {
        var r = dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchOne();
        return r == null ? new Head(0, "") : new Head(r.value1(), r.value2());
    }

    /** Every entry in the order of its number, read in pages (the log can hold millions of rows), until each says stop. */
    public void forEach(Predicate<AuditEntry> each) {
        try (Cursor<AuditEntryRecord> c = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetchSize(2000).fetchLazy()) {
            for (AuditEntryRecord r : c) {
                if (!each.test(entry(r))) {
                    return;
                }
            }
        }
    }

    /** Entries written from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public void between(LocalDateTime from, LocalDateTime to, Consumer<AuditEntry> each) {
        Condition c = AUDIT_ENTRY.WRITTEN_AT.ge(from).and(AUDIT_ENTRY.WRITTEN_AT.lt(to));
        try (Cursor<AuditEntryRecord> cur = dsl.selectFrom(AUDIT_ENTRY).where(c).orderBy(AUDIT_ENTRY.SEQ).fetchSize(2000)
                .fetchLazy()) {
            for (AuditEntryRecord r : cur) {
                each.accept(entry(r));
            }
        }
    }

    /** The newest entries about a person (the person's row and every row naming it), newest first. */
    public List<AuditEntry> forPerson(long personId, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.PERSON_REF.eq(personId)).orderBy(AUDIT_ENTRY.SEQ.desc())
                .limit(limit).fetch(AuditRepository::entry);
    }

    /** The newest entries about a dossier (its row and every row naming it), newest first. */
    public List<AuditEntry> forDossier(long dossierId, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.DOSSIER_REF.eq(dossierId)).orderBy(AUDIT_ENTRY.SEQ.desc())
                .limit(limit).fetch(AuditRepository::entry);
    }

    public int count() {
        return dsl.fetchCount(AUDIT_ENTRY);
    }

    private static AuditEntry entry(AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), r.getWrittenAt(), r.getActor(), r.getSource(), r.getTableName(), r.getRowKey(),
                r.getOperation(), r.getBeforeData(), r.getAfterData(), r.getPersonRef(), r.getDossierRef(), r.getPrevHash(),
                r.getEntryHash());
    }
}
