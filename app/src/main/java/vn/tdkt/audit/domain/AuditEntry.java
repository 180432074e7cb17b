package vn.tdkt.audit.domain;

import java.time.LocalDateTime;

/**
 * One row written: who ({@code actor}: a login, or {@code os:<name>} without login), when, from which screen or command
 * ({@code source}), the table, the row's key, the operation (I insert, U update, D delete) and the changed columns
 * before and after ({@link RowData} text). {@code prevHash} is the hash of the entry before it, {@code hash} the SHA-256
 * of this entry's content including {@code prevHash} ({@link AuditChain#hash(AuditEntry)}).
 */
public record AuditEntry(long seq, LocalDateTime writtenAt, String actor, String source, String table, String key,
                         String operation, String before, String after, Long personRef, Long dossierRef,
                         String prevHash, String hash) {

    /** The same entry with its hash. */
    public AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, writtenAt, actor, source, table, key, operation, before, after, personRef, dossierRef,
                prevHash, newHash);
    }
}
