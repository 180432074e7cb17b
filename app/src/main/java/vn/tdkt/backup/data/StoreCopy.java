package vn.tdkt.backup.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import vn.tdkt.backup.domain.TableCount;
import vn.tdkt.backup.domain.TargetNotEmptyException;

/**
 * The store-to-store work of {@code migrate} and of the server store's backup and restore, each inside the caller's
 * transaction on the target: the copy of every table of an embedded store into a server store, the logical dump of
 * a store and its load. See decision records 0080 and 0081.
 */
public final class StoreCopy {

    /**
     * The log's entries are left out of the "is the target empty" comparison: they are replaced by the source's
     * (so that its chain still verifies), and a server whose migrations are audited may hold entries of its own seeds.
     */
    private static final String AUDIT_LOG = "audit_entry";

    private StoreCopy() {
    }

    /** A step of the copy or the load failed: the table it was on, the cause in the log. */
    public static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String table;

        Failed(String table, Throwable cause) {
            super("Copy of table " + table + " failed", cause);
            this.table = table;
        }

        /** The table the work was on. */
        public String table() {
            return table;
        }
    }

    /** The rows of every table of a store, tables in foreign-key order. */
    public static Map<String, Long> counts(DSLContext dsl) {
        return on(dsl, c -> StoreTables.of(c).counts());
    }

    /** The schema version (highest applied migration) of a store. */
    public static int schemaVersion(DSLContext dsl) {
        return on(dsl, c -> StoreTables.of(c).schemaVersion());
    }

    /**
     * Copies every table of the source into the target's transaction: locks the target's tables, checks that they
     * hold what a freshly migrated store holds ({@code fresh}; else {@link TargetNotEmptyException}), switches the
     * target's user triggers off, replaces the migrations' seed rows by the source's, copies every table in
     * foreign-key order in batches, sets the identity sequences past the copied keys, switches the triggers on again
     * and compares the rows of every table. Any failure throws (the caller's transaction is rolled back).
     */
    public static List<TableCount> copy(DSLContext source, DSLContext target, Map<String, Long> fresh, String display) {
        return on(source, from -> on(target, to -> copy(StoreTables.of(from), StoreTables.of(to), fresh, display)));
    }

    private static List<TableCount> copy(StoreTables from, StoreTables to, Map<String, Long> fresh, String display)
            throws SQLException {
        TreeSet<String> missing = new TreeSet<>();
        from.tables().forEach(t -> missing.add(t.name()));
        to.tables().forEach(t -> missing.remove(t.name()));
        if (!missing.isEmpty()) {
            throw new Failed(missing.first(), new IllegalStateException("The target has no table " + missing));
        }
        List<String[]> triggers = to.lockAndDisableTriggers();
        List<String> full = new ArrayList<>();
        for (StoreTable t : to.tables()) {
            long n = to.count(t);
            if (!t.name().equals(AUDIT_LOG) && n != fresh.getOrDefault(t.name(), 0L)) {
                full.add(t.name() + " (" + n + ")");
            }
        }
        if (!full.isEmpty()) {
            throw new TargetNotEmptyException(display, String.join(", ", full));
        }
        to.deleteAll();
        Map<String, Long> read = new LinkedHashMap<>();
        for (StoreTable t : to.tables()) {
            StoreTable source = from.table(t.name());
            if (source == null) {
                read.put(t.name(), 0L);
                continue;
            }
            try {
                List<String> names = source.columns().stream().map(StoreTable.StoreColumn::name).toList();
                long[] n = {0};
                try (StoreTables.Inserter insert = to.inserter(t, names)) {
                    from.read(source, row -> {
                        try {
                            insert.add(row);
                            n[0]++;
                        } catch (SQLException e) {
                            throw new Failed(t.name(), e);
                        }
                    });
                }
                read.put(t.name(), n[0]);
            } catch (SQLException e) {
                throw new Failed(t.name(), e);
            }
        }
        return finish(to, triggers, read);
    }

    /** Sequences, triggers back on, and every table's rows compared with what was read. */
    private static List<TableCount> finish(StoreTables to, List<String[]> triggers, Map<String, Long> read)
            throws SQLException {
        to.resetSequences();
        to.enableTriggers(triggers);
        List<TableCount> counts = new ArrayList<>();
        for (StoreTable t : to.tables()) {
            TableCount c = new TableCount(t.name(), read.getOrDefault(t.name(), 0L), to.count(t));
            if (!c.matches()) {
                throw new Failed(t.name(), new IllegalStateException("Read " + c.source() + " rows, the target holds "
                        + c.target()));
            }
            counts.add(c);
        }
        return counts;
    }

    /**
     * Writes the logical dump of the store in one consistent read (on PostgreSQL a repeatable-read, read-only
     * transaction: the caller's, begun by this first statement).
     */
    public static LogicalDump.Manifest dump(DSLContext tx, Path zip, String display) {
        return on(tx, c -> {
            if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
            }
            try {
                return LogicalDump.write(StoreTables.of(c), zip, display);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The tables of the store the dump lacks or has beyond the store's (empty when they are the same). */
    public static List<String> tableDifference(DSLContext dsl, LogicalDump.Manifest m) {
        return on(dsl, c -> {
            TreeSet<String> store = new TreeSet<>();
            StoreTables.of(c).tables().forEach(t -> store.add(t.name()));
            TreeSet<String> diff = new TreeSet<>(store);
            diff.removeAll(m.rows().keySet());
            TreeSet<String> extra = new TreeSet<>(m.rows().keySet());
            extra.removeAll(store);
            diff.addAll(extra);
            return List.copyOf(diff);
        });
    }

    /**
     * Replaces every row of the store with the dump's, in the caller's transaction: the tables locked, the user
     * triggers off (the restore writes no audit entry; the dump's log comes back as it was), every table emptied and
     * loaded in foreign-key order, the sequences set, the triggers on again, and the rows of each table compared with
     * the manifest's.
     */
    public static List<TableCount> restore(DSLContext tx, ZipFile zip, LogicalDump.Manifest m) {
        return on(tx, c -> {
            StoreTables to = StoreTables.of(c);
            List<String[]> triggers = to.lockAndDisableTriggers();
            to.deleteAll();
            Map<String, Long> read = new LinkedHashMap<>();
            for (StoreTable t : to.tables()) {
                try {
                    LogicalDump.load(zip, t, to);
                } catch (IOException | SQLException | RuntimeException e) {
                    throw new Failed(t.name(), e);
                }
                read.put(t.name(), m.rows().getOrDefault(t.name(), 0L));
            }
            return finish(to, triggers, read);
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs the work on the context's connection (inside a transaction: the transaction's own). */
    private static <T> T on(DSLContext dsl, Work<T> work) {
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection c = provider.acquire();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new Failed("?", e);
        } finally {
            provider.release(c);
        }
    }
}
