package vn.tdkt.common.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * The embedded H2 store: owns the data folder lock, the connection pool, the migrations and the jOOQ context.
 * One per process; closed when the app or command ends.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(Database.class);
    public static final String DB_NAME = "tdkt";
    /** The highest migration version in db/migration (DatabaseTest keeps this in step with the files). */
    public static final int SCHEMA_VERSION = 97;

    private final Path dataDir;
    private final String url;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final FolderLock lock;

    private Database(Path dataDir, String url, FolderLock lock) {
        this.dataDir = dataDir;
        this.url = url;
        this.lock = lock;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(8);
        if (!upToDate(pool)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        }
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /**
     * True when the schema history already ends at {@link #SCHEMA_VERSION} with no failed step: the usual start of
     * an installed app, which then skips Flyway's classpath scan and validation (about half a second).
     */
    private static boolean upToDate(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), MIN(\"success\") "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            return r.next() && r.getInt(1) == SCHEMA_VERSION && r.getBoolean(2);
        } catch (SQLException e) {
            return false; // a new database: no history table yet
        }
    }

    /** Opens (creating if needed) the database in a data folder; refuses when another instance holds the folder. */
    public static Database open(Path dataDir) {
        FolderLock lock = FolderLock.acquire(dataDir);
        try {
            // 128 MiB page cache (default 16): the yearly review reads every rating and award of every person
            String url = "jdbc:h2:file:" + dataDir.resolve(DB_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072";
            LOGGER.info("Opening database {}", url);
            return new Database(dataDir, url, lock);
        } catch (RuntimeException e) {
            lock.close();
            LOGGER.error("Could not open the database in {}", dataDir, e);
            throw new AppException(Msg.of("common.databaseUnusable", dataDir.toString()), e);
        }
    }

    /** A private in-memory database with the same migrations (tests, benchmarks). */
    public static Database inMemory() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new Database(null, url, null);
    }

    /** The data folder, or null for an in-memory database. */
    public Path dataDir() {
        return dataDir;
    }

    /** Database file of a data folder. */
    public static Path dbFile(Path dataDir) {
        return dataDir.resolve(DB_NAME + ".mv.db");
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs the work in one transaction: everything or nothing. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
    }

    @Override
    public void close() {
        // a file database closes with its last connection; an in-memory one lives until SHUTDOWN (DB_CLOSE_DELAY=-1),
        // sent on a connection of its own so that no pooled connection is closed under the pool's feet
        pool.dispose();
        if (dataDir == null) {
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOGGER.warn("Shutdown of the in-memory database failed", e);
            }
        }
        if (lock != null) {
            lock.close();
        }
    }
}
