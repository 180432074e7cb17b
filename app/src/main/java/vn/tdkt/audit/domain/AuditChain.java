package vn.tdkt.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import vn.tdkt.common.domain.Msg;

/**
 * The hash chain of the audit log. An entry's hash is SHA-256 over its content in a fixed, length-prefixed form (so no
 * two contents give the same text) that includes the hash of the entry before it; the first entry's previous hash is
 * 64 zeros. {@link #verify} walks the entries in order and reports the first that breaks the chain.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AuditChain() {
    }

    /** The time an entry records: to the millisecond, as every store keeps it. */
    public static LocalDateTime truncate(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The SHA-256 (hex) of the entry's content, its previous hash included, its own hash excluded. */
    public static String hash(AuditEntry e) {
        StringBuilder b = new StringBuilder(256);
        field(b, Long.toString(e.seq()));
        field(b, TIME.format(truncate(e.writtenAt())));
        field(b, e.actor());
        field(b, e.source());
        field(b, e.table());
        field(b, e.key());
        field(b, e.operation());
        field(b, e.before());
        field(b, e.after());
        field(b, e.personRef() == null ? null : e.personRef().toString());
        field(b, e.dossierRef() == null ? null : e.dossierRef().toString());
        field(b, e.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-;");
        } else {
            b.append(value.length()).append(':').append(value).append(';');
        }
    }

    /** The outcome of a check: how many entries were read, the last hash, and the first break if any. */
    public record Result(long checked, String lastHash, Optional<Break> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** The first entry that breaks the chain: its number and why (a bundle text). */
    public record Break(long seq, Msg reason) {
    }

    /**
     * Checks entries in the order of their numbers: numbers follow one another from 1, each entry's previous hash is
     * the hash of the entry before it, each hash is the hash of its content; and the head (the last number and hash the
     * store recorded) is the last entry.
     */
    public static Result verify(Iterator<AuditEntry> entries, long headSeq, String headHash) {
        Verifier v = new Verifier();
        boolean goOn = true;
        while (goOn && entries.hasNext()) {
            goOn = v.accept(entries.next());
        }
        return v.finish(headSeq, headHash);
    }

    /** The check fed one entry at a time, in the order of the numbers (a log of millions of rows is streamed). */
    public static final class Verifier {
        private long expected = 1;
        private String prev = GENESIS;
        private long checked;
        private Break broken;

        /** Checks the next entry; false once the chain is broken (the rest need not be read). */
        public boolean accept(AuditEntry e) {
            if (broken != null) {
                return false;
            }
            if (e.seq() != expected) {
                broken = e.seq() > expected ? new Break(expected, Msg.of("audit.break.missing", expected, e.seq() - 1))
                        : new Break(e.seq(), Msg.of("audit.break.order", e.seq(), expected));
            } else if (!e.prevHash().equals(prev)) {
                broken = new Break(e.seq(), Msg.of("audit.break.link"));
            } else if (!hash(e).equals(e.hash())) {
                broken = new Break(e.seq(), Msg.of("audit.break.content"));
            } else {
                prev = e.hash();
                checked++;
                expected++;
            }
            return broken == null;
        }

        /** The result, given the head the store recorded. */
        public Result finish(long headSeq, String headHash) {
            if (broken == null && (headSeq != checked || !headHash.equals(prev))) {
                broken = new Break(checked + 1, Msg.of("audit.break.tail", headSeq, checked));
            }
            return new Result(checked, prev, Optional.ofNullable(broken));
        }
    }
}
