package vn.tdkt.common.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * The store: the embedded H2 file of a data folder (the default; it owns the folder lock) or a shared PostgreSQL
 * server ({@link #connect}); either way the connection pool, the migrations and the jOOQ context rendering for the
 * store's dialect, so the same repository code serves both. One per process; closed when the app or command ends.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(Database.class);
    public static final String DB_NAME = "tdkt";
    /** The highest migration version in db/migration, db/h2 and db/postgresql (DatabaseTest keeps this in step with the files). */
    public static final int SCHEMA_VERSION = 204;
    /** Pool size of a server store: a window runs at most a few background tasks at once. */
    private static final int SERVER_POOL = 6;

    private final Path dataDir;
    private final String url;
    private final DataSource pool;
    private final SQLDialect dialect;
    private final String display;
    private final DSLContext dsl;
    private final FolderLock lock;
    private final ServerSettings server;
    private final ConnectionLoss loss;

    private Database(Path dataDir, String url, DataSource pool, SQLDialect dialect, String display, FolderLock lock,
                     ServerSettings server) {
        this.dataDir = dataDir;
        this.url = url;
        this.lock = lock;
        this.pool = pool;
        this.dialect = dialect;
        this.display = display;
        this.server = server;
        this.loss = new ConnectionLoss(display);
        if (!upToDate(pool)) {
            Flyway.configure().dataSource(pool).locations(locations(dialect)).load().migrate();
        }
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        ConnectionProvider connections = new TranslatingConnections(new DataSourceConnectionProvider(pool), display,
                loss, this::replaceConnections);
        if (dialect == SQLDialect.POSTGRES) {
            connections = new ServerSessionTags(connections); // who and from where, for the server's audit trigger
        }
        this.dsl = DSL.using(new DefaultConfiguration().set(connections).set(dialect).set(settings)
                .set(new ConnectionFailures(display, loss, this::replaceConnections)));
    }

    /**
     * The migration folders of a store: the portable scripts of {@code db/migration} and the few that each engine
     * needs in its own words (record 0029: an applied H2 script keeps its text, its PostgreSQL twin sits beside it).
     */
    static String[] locations(SQLDialect dialect) {
        return new String[] {"classpath:db/migration", dialect == SQLDialect.POSTGRES ? "classpath:db/postgresql" : "classpath:db/h2"};
    }

    /**
     * True when the schema history already ends at {@link #SCHEMA_VERSION} with no failed step: the usual start of
     * an installed app, which then skips Flyway's classpath scan and validation (about half a second).
     */
    private static boolean upToDate(DataSource pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), "
                     + "SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            return r.next() && r.getInt(1) == SCHEMA_VERSION && r.getInt(2) == 0;
        } catch (SQLException e) {
            return false; // a new database: no history table yet
        }
    }

    /** Opens (creating if needed) the database in a data folder; refuses when another instance holds the folder. */
    public static Database open(Path dataDir) {
        FolderLock lock = FolderLock.acquire(dataDir);
        JdbcConnectionPool pool = null;
        try {
            // 128 MiB page cache (default 16): the yearly review reads every rating and award of every person
            String url = "jdbc:h2:file:" + dataDir.resolve(DB_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072";
            LOGGER.info("Opening database {}", url);
            pool = h2Pool(url);
            return new Database(dataDir, url, pool, SQLDialect.H2, dataDir.toString(), lock, null);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            LOGGER.error("Could not open the database in {}", dataDir, e);
            throw new AppException(Msg.of("common.databaseUnusable", dataDir.toString()), e);
        }
    }

    /**
     * Connects to a shared PostgreSQL store (migrating it when it is behind): one {@link #firstAttempt} with short
     * timeouts, then a HikariCP pool with the normal connect, socket and acquire timeouts. The data folder stays local
     * (logs, attachments) and is not locked: several workstations share the server. A server that cannot be reached,
     * refuses the user or lacks the database gets a Vietnamese message.
     */
    public static Database connect(ServerSettings server, Path dataDir) {
        server.checked();
        HikariDataSource pool = null;
        try {
            firstAttempt(server).close();
            pool = serverPool(server, SERVER_POOL);
            LOGGER.info("Connected to the database server {} as {}", server.display(), server.user());
            return new Database(dataDir, null, pool, SQLDialect.POSTGRES, server.display(), null, server);
        } catch (SQLException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            LOGGER.error("Could not open the database server {}", server.display(), e);
            throw e instanceof AppException ae ? ae : StoreErrors.atConnect(e, server);
        }
    }

    /** Tries a server's address, user and password without migrating anything (the connection screen's test). */
    public static String probe(ServerSettings server) {
        server.checked();
        try (Connection c = firstAttempt(server); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        } catch (SQLException | RuntimeException e) {
            LOGGER.warn("Connection test to {} failed", server.display(), e);
            throw StoreErrors.atConnect(e, server);
        }
    }

    /**
     * The first connection to a server, made with short timeouts before the pool exists (decision 138): a server that
     * does not answer (a dropped packet, a host that is off, a firewall, a process that accepts and hangs) is told to
     * the clerk in {@link #FIRST_ATTEMPT_SECONDS} s instead of the pool's 10 s; a refused port or password at once. The
     * pool's own connections keep the normal timeouts, for a slow server under load.
     */
    static Connection firstAttempt(ServerSettings server) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", server.user());
        p.setProperty("password", server.password());
        p.setProperty("connectTimeout", String.valueOf(FIRST_ATTEMPT_SECONDS)); // the TCP connect
        p.setProperty("loginTimeout", String.valueOf(FIRST_ATTEMPT_SECONDS));   // the whole attempt: name lookup, TLS, login
        p.setProperty("socketTimeout", String.valueOf(FIRST_ATTEMPT_SECONDS));  // a reply that never comes
        p.setProperty("ApplicationName", "TDKT desk");
        return DriverManager.getConnection(server.url(), p);
    }

    /** How long the first attempt waits for a server that does not answer (the clerk's message comes within it). */
    static final int FIRST_ATTEMPT_SECONDS = 3;

    private static HikariDataSource serverPool(ServerSettings server, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tdkt-" + server.databaseName());
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);   // waiting for a connection (the server gone during work; at a start, firstAttempt)
        config.setValidationTimeout(3_000);
        config.setIdleTimeout(300_000);
        config.setMaxLifetime(1_800_000);
        config.setInitializationFailTimeout(1); // the first connection is made now: a wrong password fails the start
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("socketTimeout", "600"); // a dead link without a reset: give up after 10 min
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "TDKT desk");
        return new HikariDataSource(config);
    }

    /**
     * A private scratch database with the same migrations (tests, benchmarks): H2 in memory, or a fresh database on
     * the server named by the system property {@code tdkt.scratch.url} (the PostgreSQL run of the test suite).
     */
    public static Database inMemory() {
        if (ScratchServer.configured()) {
            return ScratchServer.fresh();
        }
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new Database(null, url, h2Pool(url), SQLDialect.H2, "mem", null, null);
    }

    private static JdbcConnectionPool h2Pool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        return pool;
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

    /** The SQL dialect of the store (H2 or POSTGRES): what jOOQ renders and which migration folder applies. */
    public SQLDialect dialect() {
        return dialect;
    }

    /** True for a PostgreSQL server store, false for the embedded H2 file (or H2 in memory). */
    public boolean isServer() {
        return dialect == SQLDialect.POSTGRES;
    }

    /** The server's address and user, or null for the embedded store. */
    public ServerSettings server() {
        return server;
    }

    /** What a clerk reads for where the data is: the data folder or HOST:PORT/NAME. */
    public String display() {
        return display;
    }

    /** Runs the work in one transaction: everything or nothing. */
    public <T> T transaction(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (RuntimeException e) {
            AppException lost = StoreErrors.duringWork(e, display, loss).orElse(null);
            if (lost != null) {
                replaceConnections();
                LOGGER.error("The connection to {} failed during a transaction (rolled back)", display, e);
                throw lost;
            }
            throw e;
        }
    }

    /**
     * Runs the work in one transaction that holds the store-wide lock of that name, so two of them (two imports from
     * two workstations) never interleave: the second waits for the first to end, at most {@code tdkt.lockWaitSeconds}
     * (120 s), then is refused with the given message and writes nothing. On PostgreSQL a transaction-level advisory
     * lock (released by commit, rollback or a dropped connection); on H2, whose file only one process opens, a lock
     * of this process.
     */
    public <T> T exclusive(String lockName, Msg busy, Function<DSLContext, T> work) {
        long waitSeconds = Long.getLong("tdkt.lockWaitSeconds", 120);
        if (isServer()) {
            return transaction(tx -> {
                try {
                    tx.execute("SET LOCAL lock_timeout = '" + waitSeconds * 1000 + "ms'");
                    tx.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_CLASS + ", " + lockName.hashCode() + ")");
                } catch (DataAccessException e) {
                    if ("55P03".equals(e.sqlState())) {
                        throw new AppException(busy, e);
                    }
                    throw e;
                }
                return work.apply(tx);
            });
        }
        java.util.concurrent.locks.ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(lockName,
                n -> new java.util.concurrent.locks.ReentrantLock());
        try {
            if (!local.tryLock(waitSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AppException(busy);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException(busy, e);
        }
        try {
            return transaction(work);
        } finally {
            local.unlock();
        }
    }

    /** The lock every import takes ({@link #exclusive}): imports are serialised, never interleaved. */
    public static final String IMPORT_LOCK = "import";
    private static final int ADVISORY_CLASS = 0x7D4B;
    private static final java.util.Map<String, java.util.concurrent.locks.ReentrantLock> LOCAL_LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void close() {
        if (pool instanceof HikariDataSource h) {
            h.close();
            ScratchServer.dropIfScratch(this);
        } else if (pool instanceof JdbcConnectionPool h2) {
            // a file database closes with its last connection; an in-memory one lives until SHUTDOWN (DB_CLOSE_DELAY=-1),
            // sent on a connection of its own so that no pooled connection is closed under the pool's feet
            h2.dispose();
            if (dataDir == null) {
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException e) {
                    LOGGER.warn("Shutdown of the in-memory database failed", e);
                }
            }
        }
        if (lock != null) {
            lock.close();
        }
    }

    /** A server store on an existing pool (the scratch databases of the PostgreSQL test run). */
    static Database onServer(HikariDataSource pool, ServerSettings server) {
        return new Database(null, null, pool, SQLDialect.POSTGRES, server.display(), null, server);
    }

    /**
     * After a lost connection the pool's other connections are most likely dead too (the server restarted, the network
     * was cut): every one is replaced on its next use (idle ones now, busy ones when given back), so the clerk's next
     * action works at once instead of meeting the dead connections one by one (record 0098).
     */
    private void replaceConnections() {
        if (pool instanceof HikariDataSource h && h.getHikariPoolMXBean() != null) {
            h.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /**
     * Connection failures met by a statement become the clerk's message (the transaction is rolled back); a statement
     * that works ends a loss, so the next one is said again (record 0132).
     */
    private static final class ConnectionFailures implements ExecuteListener {
        private static final long serialVersionUID = 1L;
        private final String display;
        private final transient ConnectionLoss loss;
        private final transient Runnable onLost;

        ConnectionFailures(String display, ConnectionLoss loss, Runnable onLost) {
            this.display = display;
            this.loss = loss;
            this.onLost = onLost;
        }

        @Override
        public void exception(ExecuteContext ctx) {
            if (ctx.exception() != null) {
                StoreErrors.duringWork(ctx.exception(), display, loss).ifPresent(lost -> {
                    onLost.run();
                    ctx.exception(lost);
                });
            }
        }

        @Override
        public void end(ExecuteContext ctx) {
            if (ctx.exception() == null && ctx.sqlException() == null) {
                loss.worked();
            }
        }
    }

    /** A pool that cannot hand out a connection (server down, timeout) says so in the clerk's words. */
    private record TranslatingConnections(ConnectionProvider delegate, String display, ConnectionLoss loss,
                                          Runnable onLost) implements ConnectionProvider {
        @Override
        public Connection acquire() {
            try {
                return delegate.acquire();
            } catch (DataAccessException e) {
                AppException lost = StoreErrors.duringWork(e, display, loss).orElse(null);
                if (lost == null) {
                    throw e;
                }
                onLost.run();
                throw lost;
            }
        }

        @Override
        public void release(Connection connection) {
            delegate.release(connection);
        }
    }
}
