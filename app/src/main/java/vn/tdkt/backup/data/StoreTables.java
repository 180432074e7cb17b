package vn.tdkt.backup.data;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The generic table work of {@code migrate} and of the server store's logical backup, on plain JDBC connections so
 * that one code serves both engines: the tables of the schema in foreign-key order (parents first; the rows of a
 * table that refers to itself parent first too), reading a table's rows, writing them in batches, counting, and
 * on PostgreSQL the locks, the user triggers (the audit log's) switched off for the copy and the identity sequences
 * set past the copied keys. Flyway's history is never copied: each store has its own.
 */
public final class StoreTables {

    /** Rows per JDBC batch. */
    static final int BATCH = 1000;
    private static final String HISTORY = "flyway_schema_history";

    private final Connection connection;
    private final List<StoreTable> tables;
    private final boolean postgres;

    private StoreTables(Connection connection, List<StoreTable> tables, boolean postgres) {
        this.connection = connection;
        this.tables = tables;
        this.postgres = postgres;
    }

    /** The tables of the connection's schema, parents before the tables that refer to them. */
    public static StoreTables of(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        boolean postgres = md.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String schema = c.getSchema();
        Map<String, String> names = new TreeMap<>();
        try (ResultSet r = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String sql = r.getString("TABLE_NAME");
                String lower = sql.toLowerCase(Locale.ROOT);
                if (!lower.equals(HISTORY)) {
                    names.put(lower, sql);
                }
            }
        }
        Map<String, StoreTable> byName = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new HashMap<>();
        for (Map.Entry<String, String> t : names.entrySet()) {
            String sql = t.getValue();
            List<StoreTable.StoreColumn> columns = new ArrayList<>();
            try (ResultSet r = md.getColumns(null, schema, sql, "%")) {
                TreeMap<Integer, StoreTable.StoreColumn> ordered = new TreeMap<>();
                while (r.next()) {
                    if (sql.equals(r.getString("TABLE_NAME"))) {
                        String col = r.getString("COLUMN_NAME");
                        ordered.put(r.getInt("ORDINAL_POSITION"),
                                new StoreTable.StoreColumn(col.toLowerCase(Locale.ROOT), col, r.getInt("DATA_TYPE")));
                    }
                }
                columns.addAll(ordered.values());
            }
            TreeMap<Short, String> key = new TreeMap<>();
            try (ResultSet r = md.getPrimaryKeys(null, schema, sql)) {
                while (r.next()) {
                    if (sql.equals(r.getString("TABLE_NAME"))) {
                        key.put(r.getShort("KEY_SEQ"), r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            Map<String, String> selfRefs = new LinkedHashMap<>();
            Set<String> mine = new TreeSet<>();
            try (ResultSet r = md.getImportedKeys(null, schema, sql)) {
                while (r.next()) {
                    if (!sql.equals(r.getString("FKTABLE_NAME"))) {
                        continue;
                    }
                    String parent = r.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equals(t.getKey())) {
                        selfRefs.put(r.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                r.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else {
                        mine.add(parent);
                    }
                }
            }
            parents.put(t.getKey(), mine);
            byName.put(t.getKey(), new StoreTable(t.getKey(), sql, List.copyOf(columns), List.copyOf(key.values()),
                    Map.copyOf(selfRefs)));
        }
        return new StoreTables(c, order(byName, parents), postgres);
    }

    /** Kahn's order, ties by name: the same order on every run and on both engines. */
    private static List<StoreTable> order(Map<String, StoreTable> byName, Map<String, Set<String>> parents) {
        List<StoreTable> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        TreeSet<String> left = new TreeSet<>(byName.keySet());
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> parents.get(t).stream().allMatch(p -> done.contains(p)
                    || !byName.containsKey(p))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle among " + left));
            left.remove(next);
            done.add(next);
            out.add(byName.get(next));
        }
        return List.copyOf(out);
    }

    /** The tables, parents first. */
    public List<StoreTable> tables() {
        return tables;
    }

    /** The table of that (lower-case) name, or null. */
    public StoreTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The rows of each table, by name, in table order. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StoreTable t : tables) {
            counts.put(t.name(), count(t));
        }
        return counts;
    }

    /** The rows of one table. */
    public long count(StoreTable t) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + quote(t.sqlName()))) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Reads every row of a table in its key order (a table referring to itself: parents before their children), each
     * as an array of values in the table's column order ({@link RowValues#read}).
     */
    public void read(StoreTable t, Consumer<Object[]> rows) throws SQLException {
        String sql = "SELECT " + t.columns().stream().map(c -> quote(c.sqlName())).collect(Collectors.joining(", "))
                + " FROM " + quote(t.sqlName()) + (t.key().isEmpty() ? "" : " ORDER BY " + t.key().stream()
                .map(k -> quote(t.columns().get(t.indexOf(k)).sqlName())).collect(Collectors.joining(", ")));
        List<Object[]> held = t.selfRefs().isEmpty() ? null : new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    Object[] row = new Object[t.columns().size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = RowValues.read(r, i + 1, t.columns().get(i).type());
                    }
                    if (held == null) {
                        rows.accept(row);
                    } else {
                        held.add(row);
                    }
                }
            }
        }
        if (held != null) {
            parentsFirst(t, held).forEach(rows);
        }
    }

    /** The rows of a table that refers to itself, each after the row it refers to. */
    static List<Object[]> parentsFirst(StoreTable t, List<Object[]> rows) {
        List<int[]> refs = new ArrayList<>();
        t.selfRefs().forEach((fk, pk) -> refs.add(new int[] {t.indexOf(fk), t.indexOf(pk)}));
        Map<Integer, Set<Object>> present = new HashMap<>();
        for (int[] ref : refs) {
            present.computeIfAbsent(ref[1], k -> new HashSet<>());
            rows.forEach(r -> present.get(ref[1]).add(r[ref[1]]));
        }
        Map<Integer, Set<Object>> written = new HashMap<>();
        refs.forEach(ref -> written.computeIfAbsent(ref[1], k -> new HashSet<>()));
        List<Object[]> out = new ArrayList<>(rows.size());
        List<Object[]> left = rows;
        while (!left.isEmpty()) {
            List<Object[]> later = new ArrayList<>();
            for (Object[] r : left) {
                boolean ready = true;
                for (int[] ref : refs) {
                    Object parent = r[ref[0]];
                    if (parent != null && present.get(ref[1]).contains(parent) && !written.get(ref[1]).contains(parent)
                            && !parent.equals(r[ref[1]])) {
                        ready = false;
                    }
                }
                if (ready) {
                    out.add(r);
                    refs.forEach(ref -> written.get(ref[1]).add(r[ref[1]]));
                } else {
                    later.add(r);
                }
            }
            if (later.size() == left.size()) {
                throw new IllegalStateException("The rows of " + t.name() + " refer to each other in a cycle");
            }
            left = later;
        }
        return out;
    }

    /** A writer of one table's rows in batches of {@value #BATCH}; the columns named are the table's own subset. */
    public Inserter inserter(StoreTable t, List<String> columns) throws SQLException {
        return new Inserter(t, columns);
    }

    /** Deletes every row of every table, children first. */
    public void deleteAll() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                s.executeUpdate("DELETE FROM " + quote(tables.get(i).sqlName()));
            }
        }
    }

    /**
     * PostgreSQL: locks every table for the rest of the transaction (no other workstation reads a half-replaced
     * store or writes into it), and switches off the enabled user triggers (the audit log's: a copy or a restore
     * writes no entry of its own, and the copied entries keep their chain). Returns the triggers switched off, for
     * {@link #enableTriggers}; a rollback puts them back by itself (the change is transactional).
     */
    public List<String[]> lockAndDisableTriggers() throws SQLException {
        if (!postgres) {
            return List.of();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLE " + tables.stream().map(t -> quote(t.sqlName())).collect(Collectors.joining(", "))
                    + " IN ACCESS EXCLUSIVE MODE");
        }
        List<String[]> triggers = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT c.relname, t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
                        + "AND n.nspname = current_schema() ORDER BY 1, 2")) {
            while (r.next()) {
                triggers.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String[] t : triggers) {
                s.execute("ALTER TABLE " + quote(t[0]) + " DISABLE TRIGGER " + quote(t[1]));
            }
        }
        return triggers;
    }

    /** Switches the triggers of {@link #lockAndDisableTriggers} on again (before the commit). */
    public void enableTriggers(List<String[]> triggers) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String[] t : triggers) {
                // as it was: enabled (O), enabled always (A) or only on a replica (R)
                String how = "A".equals(t[2]) ? " ENABLE ALWAYS TRIGGER "
                        : "R".equals(t[2]) ? " ENABLE REPLICA TRIGGER " : " ENABLE TRIGGER ";
                s.execute("ALTER TABLE " + quote(t[0]) + how + quote(t[1]));
            }
        }
    }

    /** PostgreSQL: every identity (or serial) sequence set so that the next key follows the highest one copied. */
    public void resetSequences() throws SQLException {
        if (!postgres) {
            return;
        }
        for (StoreTable t : tables) {
            for (StoreTable.StoreColumn c : t.columns()) {
                String sequence;
                try (PreparedStatement ps = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                    ps.setString(1, quote(t.sqlName()));
                    ps.setString(2, c.sqlName());
                    try (ResultSet r = ps.executeQuery()) {
                        sequence = r.next() ? r.getString(1) : null;
                    }
                }
                if (sequence != null) {
                    try (PreparedStatement ps = connection.prepareStatement("SELECT setval(?, COALESCE((SELECT MAX("
                            + quote(c.sqlName()) + ") FROM " + quote(t.sqlName()) + "), 0) + 1, false)")) {
                        ps.setString(1, sequence);
                        ps.executeQuery().close();
                    }
                }
            }
        }
    }

    /** The highest applied migration of the store (its schema version). */
    public int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL AND \"success\"")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Inserts into one table: on PostgreSQL one {@code COPY … FROM STDIN} stream in its text format (the dump's own
     * conventions, {@link RowValues}: several times faster than batched inserts), on H2 JDBC batches of {@value #BATCH}.
     */
    public final class Inserter implements AutoCloseable {
        private final PreparedStatement insert;
        private final org.postgresql.copy.CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 16);
        private final int[] types;
        private int pending;
        private long written;
        private boolean closed;

        private Inserter(StoreTable t, List<String> names) throws SQLException {
            types = new int[names.size()];
            List<String> quoted = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                StoreTable.StoreColumn c = t.columns().get(t.indexOf(names.get(i)));
                types[i] = c.type();
                quoted.add(quote(c.sqlName()));
            }
            if (postgres) {
                insert = null;
                copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + quote(t.sqlName()) + " (" + String.join(", ", quoted) + ") FROM STDIN");
            } else {
                copy = null;
                insert = connection.prepareStatement("INSERT INTO " + quote(t.sqlName()) + " (" + String.join(", ", quoted)
                        + ") VALUES (" + quoted.stream().map(q -> "?").collect(Collectors.joining(", ")) + ")");
            }
        }

        /** Adds a row (values in the order of the columns named). */
        public void add(Object[] row) throws SQLException {
            if (copy != null) {
                for (int i = 0; i < types.length; i++) {
                    if (i > 0) {
                        buffer.append('\t');
                    }
                    buffer.append(RowValues.copyText(row[i]));
                }
                buffer.append('\n');
                if (buffer.length() >= 1 << 16) {
                    send();
                }
                return;
            }
            for (int i = 0; i < types.length; i++) {
                RowValues.bind(insert, i + 1, types[i], row[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        private void send() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                written += pending;
                pending = 0;
            }
        }

        /** Rows written so far (after {@link #close}: all of them). */
        public long written() {
            return written;
        }

        @Override
        public void close() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            if (copy != null) {
                try {
                    send();
                    written = copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                return;
            }
            try {
                flush();
            } finally {
                insert.close();
            }
        }
    }
}
