package vn.tdkt.common.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh PostgreSQL databases for the PostgreSQL run of the tests and benchmarks: with the system property
 * {@code tdkt.scratch.url} naming a server's maintenance database ({@code jdbc:postgresql://HOST:PORT/postgres},
 * user and password in {@code tdkt.scratch.user} / {@code tdkt.scratch.password}), {@link Database#inMemory()}
 * hands out a new database per call, copied from a template migrated once per JVM (a copy takes a fraction of a
 * second, the migrations several seconds), and drops it when closed.
 */
final class ScratchServer {

    private static final Logger LOGGER = LoggerFactory.getLogger(ScratchServer.class);
    static final String URL_PROPERTY = "tdkt.scratch.url";
    private static final String PREFIX = "tdkt_scratch_";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The databases this class created, by store (identity): another pool on the same database does not drop it. */
    private static final Map<Database, String> LIVE = new ConcurrentHashMap<>();
    private static String template;
    private static volatile ServerSettings lastAdmin;

    private ScratchServer() {
    }

    static boolean configured() {
        String url = System.getProperty(URL_PROPERTY);
        return url != null && !url.isBlank();
    }

    private static ServerSettings admin() {
        if (!configured() && lastAdmin != null) {
            return lastAdmin;
        }
        return new ServerSettings(System.getProperty(URL_PROPERTY), System.getProperty("tdkt.scratch.user", "postgres"),
                System.getProperty("tdkt.scratch.password", ""));
    }

    /** A new, migrated, empty database of the scratch server. */
    static Database fresh() {
        ServerSettings admin = admin();
        lastAdmin = admin;
        String name = PREFIX + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(admin, "CREATE DATABASE " + name + " TEMPLATE " + template(admin));
        ServerSettings db = on(admin, name);
        Database store = Database.onServer(pool(db), db);
        LIVE.put(store, name);
        return store;
    }

    /** Drops the database of a closed scratch store (its pool is closed first). */
    static void dropIfScratch(Database db) {
        String name = LIVE.remove(db);
        if (name == null) {
            return;
        }
        try {
            execute(admin(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            LOGGER.warn("Could not drop the scratch database {}", name, e);
        }
    }

    /** The template: created empty (C collation, UTF-8: the app sorts by its own keys, as on H2) and migrated once. */
    private static synchronized String template(ServerSettings admin) {
        if (template == null) {
            String name = PREFIX + "template_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(admin, "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
            ServerSettings tpl = on(admin, name);
            try (HikariDataSource pool = pool(tpl)) {
                Database.onServer(pool, tpl); // migrates; the pool is closed so that the template can be copied
            }
            template = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                LIVE.values().forEach(n -> quietly(admin, "DROP DATABASE IF EXISTS " + n + " WITH (FORCE)"));
                quietly(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }, "tdkt-scratch-cleanup"));
        }
        return template;
    }

    private static ServerSettings on(ServerSettings admin, String database) {
        String url = admin.url();
        int slash = url.indexOf('/', ServerSettings.PREFIX.length());
        int query = url.indexOf('?', slash);
        String rest = query < 0 ? "" : url.substring(query);
        return new ServerSettings(url.substring(0, slash + 1) + database.toLowerCase(Locale.ROOT) + rest, admin.user(),
                admin.password());
    }

    private static HikariDataSource pool(ServerSettings s) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(s.url());
        config.setUsername(s.user());
        config.setPassword(s.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(20_000);
        config.setPoolName(s.databaseName());
        return new HikariDataSource(config);
    }

    private static void execute(ServerSettings s, String sql) {
        try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Scratch server " + s.display() + ": " + sql, e);
        }
    }

    private static void quietly(ServerSettings s, String sql) {
        try {
            execute(s, sql);
        } catch (IllegalStateException e) {
            LOGGER.debug("Scratch cleanup failed: {}", sql, e);
        }
    }
}
