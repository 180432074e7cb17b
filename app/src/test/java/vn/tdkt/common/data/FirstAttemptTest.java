package vn.tdkt.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.account.cli.Secrets;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.domain.AppException;

/**
 * A server that does not answer is told within seconds (decision 138): the first connection is made with short
 * timeouts before the pool exists, at a start, for a command and at the connection screen's test. The silent server
 * is a socket that accepts connections and never replies (what a hung server, or a host whose packets a firewall
 * drops after the handshake, looks like to the driver); the closed port refuses at once. Each must come in under 4 s,
 * where the pool alone took its 10 s.
 */
class FirstAttemptTest {

    private static final long LIMIT_MILLIS = 4_000;

    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        Secrets.environment(null);
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersIsUnreachableWithinFourSeconds() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/tdkt";
            ServerSettings server = new ServerSettings(url, "u", "p");

            long start = System.nanoTime();
            AppException atStart = assertThrows(AppException.class, () -> Database.connect(server, tmp));
            long startMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("db.server.unreachable", atStart.text().key());
            assertTrue(atStart.text().vi().contains("127.0.0.1:" + silent.getLocalPort() + "/tdkt"), atStart.text().vi());
            assertTrue(startMillis < LIMIT_MILLIS, "the start's message came after " + startMillis + " ms");
            assertTrue(startMillis >= Database.FIRST_ATTEMPT_SECONDS * 1000 - 500,
                    "the attempt waited " + startMillis + " ms, not its " + Database.FIRST_ATTEMPT_SECONDS + " s");

            start = System.nanoTime();
            AppException atTest = assertThrows(AppException.class, () -> Database.probe(server));
            long probeMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("db.server.unreachable", atTest.text().key());
            assertTrue(probeMillis < LIMIT_MILLIS, "the connection test's message came after " + probeMillis + " ms");
        }
    }

    @Test
    void aClosedPortIsUnreachableAtOnceForTheWindowAndForACommand() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/tdkt";
        long start = System.nanoTime();
        AppException atStart = assertThrows(AppException.class,
                () -> Database.connect(new ServerSettings(url, "u", "p"), tmp));
        long startMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("db.server.unreachable", atStart.text().key());
        assertTrue(startMillis < LIMIT_MILLIS, "the message came after " + startMillis + " ms");

        Secrets.environment(Map.of(ServerSettings.USER_VARIABLE, "u", ServerSettings.PASSWORD_VARIABLE, "p")::get);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        start = System.nanoTime();
        int code = Cli.run(new String[] {"--data", tmp.resolve("data").toString(), "--db", url, "audit", "verify"},
                new PrintWriter(out), new PrintWriter(err));
        long cliMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Cli.FAILED, code, err.toString());
        assertTrue(err.toString().contains("Không kết nối được máy chủ cơ sở dữ liệu 127.0.0.1:" + closed + "/tdkt"),
                err.toString());
        assertTrue(cliMillis < LIMIT_MILLIS, "the command's message came after " + cliMillis + " ms");
    }
}
