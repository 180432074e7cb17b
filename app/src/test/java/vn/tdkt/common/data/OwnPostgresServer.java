package vn.tdkt.common.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL server of one test class (zonky), unlike the shared {@link PostgresTestServer}: with
 * password authentication ({@code scram-sha-256} for every role but the superuser {@code postgres}, as a real
 * office server asks a password), and stoppable and restartable on the same port and data (a server going away and
 * coming back while the window is open).
 */
public final class OwnPostgresServer implements AutoCloseable {

    /** pg_hba.conf: the superuser of the tests trusted on the loopback, everyone else by scram-sha-256 password. */
    private static final String HBA = String.join("\n",
            "local all postgres trust",
            "host all postgres 127.0.0.1/32 trust",
            "host all postgres ::1/128 trust",
            "local all all scram-sha-256",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256", "");

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    private OwnPostgresServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A new server asking passwords (the superuser aside). */
    public static OwnPostgresServer startWithPasswords() {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            OwnPostgresServer own = new OwnPostgresServer(Files.createTempDirectory("tdkt-own-pg"), port);
            own.start();
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again) on the same port and data. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setDataDirectoryCustomizer(dir -> {
                        try {
                            Files.writeString(dir.toPath().resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        }
    }

    /** Stops the server (every connection to it is cut); {@link #start()} brings it back with its data. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    public int port() {
        return port;
    }

    /** {@code jdbc:postgresql://localhost:PORT/DATABASE}. */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /**
     * A role that logs in with a password and an empty database it owns (UTF-8, C collation, as the README asks the
     * office's administrator to create it).
     */
    public void createOwner(String role, String password, String database) {
        sql("CREATE ROLE " + role + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        sql("CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
    }

    /** Runs a statement as the superuser on the maintenance database. */
    public void sql(String statement) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** Cuts every connection of the app's pools to a database (what a server restart or a network cut does). */
    public int terminateConnections(String database) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", ""); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE datname = '" + database + "' AND pid <> pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
