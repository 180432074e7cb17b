package vn.tdkt.common.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One embedded PostgreSQL server per test JVM (zonky: the binaries come from the Maven registry). With
 * {@code -Dtdkt.test.store=postgres} (the {@code postgres} Maven profile) it starts with the test run and points
 * {@link Database#inMemory()} at it, so the whole suite runs on PostgreSQL with a fresh database per call; the
 * PostgreSQL-only tests (concurrent edits and imports, a killed connection) start it on first use either way.
 */
public final class PostgresTestServer implements LauncherSessionListener {

    private static EmbeddedPostgres server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if ("postgres".equals(System.getProperty("tdkt.test.store"))) {
            System.setProperty(ScratchServer.URL_PROPERTY, adminUrl());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The maintenance database of the running server (started on first call). */
    public static synchronized String adminUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
            }
            System.setProperty("tdkt.scratch.user", "postgres");
            System.setProperty("tdkt.scratch.password", "");
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    /** A fresh scratch database on the server, whatever store the rest of the run uses. */
    public static synchronized Database freshDatabase() {
        String previous = System.getProperty(ScratchServer.URL_PROPERTY);
        System.setProperty(ScratchServer.URL_PROPERTY, adminUrl());
        try {
            return ScratchServer.fresh();
        } finally {
            if (previous == null) {
                System.clearProperty(ScratchServer.URL_PROPERTY);
            }
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }
}
