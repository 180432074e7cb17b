package vn.tdkt.audit.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;
import vn.tdkt.audit.domain.AuditChain;
import vn.tdkt.audit.domain.AuditEntry;
import vn.tdkt.audit.domain.RowData;
import vn.tdkt.common.domain.Session;

/**
 * The row trigger of the embedded store (H2): fires after every INSERT, UPDATE and DELETE of a row of the table it is on,
 * in the writing statement's transaction and on its connection, and appends one hash-chained entry to
 * {@code audit_entry} (who and from where from {@link Session}). Installed on every table by {@link AuditTriggers};
 * a failure here fails the write, so no write is left without its entry. See decision record 0031.
 */
public final class AuditTrigger implements Trigger {

    /** Columns whose value never goes into the log (only that it changed). */
    private static final Set<String> SECRET = Set.of("password_hash");
    private static final String MASK = "***";

    private String schema;
    private String table;
    private String tableName;
    private volatile Columns columns;

    /** The table's column names in row order and the positions of its primary key. */
    private record Columns(String[] names, int[] key, int person, int dossier) {
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.schema = schemaName;
        this.tableName = tableName;
        this.table = tableName.toLowerCase(Locale.ROOT);
        // the columns are read at the first write: H2 makes every trigger when it opens the file, and reading the
        // metadata of each of some 80 tables then held up the start of the window (issue #15, decision 121)
    }

    private Columns read(Connection conn) throws SQLException {
        DatabaseMetaData md = conn.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet r = md.getColumns(null, schema, tableName, null)) {
            while (r.next()) {
                names.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<Integer> key = new ArrayList<>();
        try (ResultSet r = md.getPrimaryKeys(null, schema, tableName)) {
            Map<Short, Integer> bySeq = new java.util.TreeMap<>();
            while (r.next()) {
                bySeq.put(r.getShort("KEY_SEQ"), names.indexOf(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
            key.addAll(bySeq.values());
        }
        if (key.isEmpty()) { // no primary key: the whole row is its key
            for (int i = 0; i < names.size(); i++) {
                key.add(i);
            }
        }
        int person = "person".equals(table) ? names.indexOf("id") : names.indexOf("person_id");
        int dossier = "dossier".equals(table) ? names.indexOf("id") : names.indexOf("dossier_id");
        return new Columns(names.toArray(String[]::new), key.stream().mapToInt(Integer::intValue).toArray(), person, dossier);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        Columns c = columns;
        if (c == null || c.names().length != row.length) { // the first write, or the table changed since it was read
            c = read(conn);
            columns = c;
        }
        String operation = oldRow == null ? "I" : newRow == null ? "D" : "U";
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (int i = 0; i < c.names().length; i++) {
            Object o = oldRow == null ? null : oldRow[i];
            Object n = newRow == null ? null : newRow[i];
            if ("U".equals(operation) && Objects.deepEquals(o, n)) {
                continue;
            }
            String name = c.names()[i];
            if (oldRow != null) {
                before.put(name, text(name, o));
            }
            if (newRow != null) {
                after.put(name, text(name, n));
            }
        }
        if ("U".equals(operation) && after.isEmpty()) {
            return; // nothing changed
        }
        StringBuilder key = new StringBuilder();
        for (int k : c.key()) {
            if (key.length() > 0) {
                key.append(',');
            }
            key.append(text("", row[k]));
        }
        append(conn, operation, key.toString(), RowData.write(before), RowData.write(after),
                ref(c.person(), oldRow, newRow), ref(c.dossier(), oldRow, newRow));
    }

    private void append(Connection conn, String operation, String key, String before, String after, Long person,
                        Long dossier) throws SQLException {
        long seq;
        String prev;
        // the head row is locked until this transaction ends: entries are chained in one order, never forked
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE"); ResultSet r = ps.executeQuery()) {
            if (!r.next()) {
                throw new SQLException("The audit log has no head row (audit_head)");
            }
            seq = r.getLong(1) + 1;
            prev = r.getString(2);
        }
        LocalDateTime at = AuditChain.truncate(LocalDateTime.now());
        AuditEntry e = new AuditEntry(seq, at, cut(Session.actor(), 200), cut(Session.source(), 200), table,
                cut(key, 400), operation, before, after, person, dossier, prev, null);
        String hash = AuditChain.hash(e);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit_entry (seq, written_at, actor, source, "
                + "table_name, row_key, operation, before_data, after_data, person_ref, dossier_ref, prev_hash, entry_hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setTimestamp(2, Timestamp.valueOf(at));
            ps.setString(3, e.actor());
            ps.setString(4, e.source());
            ps.setString(5, table);
            ps.setString(6, e.key());
            ps.setString(7, operation);
            ps.setString(8, before);
            ps.setString(9, after);
            ps.setObject(10, person);
            ps.setObject(11, dossier);
            ps.setString(12, prev);
            ps.setString(13, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }

    /** True for a column whose value never goes into the log (the server's trigger masks the same ones). */
    static boolean isSecret(String column) {
        return SECRET.contains(column);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Long ref(int index, Object[] oldRow, Object[] newRow) {
        if (index < 0) {
            return null;
        }
        Object v = newRow != null ? newRow[index] : oldRow[index];
        if (v == null && oldRow != null) {
            v = oldRow[index];
        }
        return v instanceof Number n ? n.longValue() : null;
    }

    /** A value as the log writes it. */
    private static String text(String column, Object v) {
        if (v == null) {
            return null;
        }
        if (SECRET.contains(column)) {
            return MASK;
        }
        if (v instanceof byte[] bytes) {
            return "<" + bytes.length + " byte>";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Clob || v instanceof java.sql.Blob) {
            return "<lob>";
        }
        return String.valueOf(v);
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public void remove() {
        // nothing held
    }
}
