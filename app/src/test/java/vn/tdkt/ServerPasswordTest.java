package vn.tdkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.account.cli.Secrets;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.data.OwnPostgresServer;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.connection.data.ConnectionStore;
import vn.tdkt.connection.domain.ConnectionChoice;
import vn.tdkt.connection.service.ConnectionService;
import vn.tdkt.connection.ui.ConnectionModel;

/**
 * A server that asks passwords (scram-sha-256, as an office's PostgreSQL does; the shared test server trusts every
 * connection): a wrong password is said in words at the connection screen's test, at a start and for a command;
 * TDKT_DB_USER / TDKT_DB_PASSWORD open the store for commands; and the window's start on the remembered server
 * ({@link StartSequence}, what {@code TdktApp} runs): the password asked (never stored), asked again after a refusal,
 * the server unreachable with try again or the data of this computer.
 */
class ServerPasswordTest {

    private static final String ROLE = "vanthu";
    private static final String PASSWORD = "Mật-khẩu đúng 1";
    private static final String DB = "tdkt_office";
    private static OwnPostgresServer server;

    @TempDir
    Path tmp;
    private final Preferences node = Preferences.userRoot().node("vn/tdkt/test-start-" + UUID.randomUUID());
    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void startServer() {
        server = OwnPostgresServer.startWithPasswords();
        server.createOwner(ROLE, PASSWORD, DB);
        // the first start creates the schema (several seconds); the tests then open a migrated store
        try (AppContext first = AppContext.open(Path.of(System.getProperty("java.io.tmpdir")).resolve("tdkt-pw-" + UUID.randomUUID()),
                new ServerSettings(server.url(DB), ROLE, PASSWORD))) {
            assertNotNull(first.serverDisplay());
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void reset() throws BackingStoreException {
        node.removeNode();
        Secrets.environment(null);
        Session.accountsExist(false);
        Session.source("app");
    }

    private String where() {
        return "localhost:" + server.port() + "/" + DB;
    }

    private ConnectionService connections() {
        return new ConnectionService(new ConnectionStore(node), env::get);
    }

    private ConnectionModel screen(String language, String password) {
        ConnectionModel model = new ConnectionModel(connections(), new DirectTaskExecutor(), Messages.of(language));
        model.load();
        model.serverProperty().set(true);
        model.hostProperty().set("localhost");
        model.portProperty().set(String.valueOf(server.port()));
        model.databaseProperty().set(DB);
        model.userProperty().set(ROLE);
        model.passwordProperty().set(password);
        return model;
    }

    @Test
    void theConnectionScreensTestSaysAWrongPasswordInWords() {
        ConnectionModel vi = screen("vi", "sai mật khẩu");
        vi.test();
        assertTrue(vi.failedProperty().get());
        assertEquals("Máy chủ cơ sở dữ liệu " + where() + " không chấp nhận tên đăng nhập \"vanthu\" hoặc mật khẩu."
                + " Hãy nhập lại cho đúng.", vi.messageProperty().get());

        ConnectionModel en = screen("en", "");
        en.test();
        assertTrue(en.failedProperty().get());
        assertEquals("The database server " + where() + " does not accept the user \"vanthu\" or the password. Enter them again.",
                en.messageProperty().get());

        ConnectionModel right = screen("vi", PASSWORD);
        right.test();
        assertFalse(right.failedProperty().get(), right.messageProperty().get());
        assertTrue(right.messageProperty().get().startsWith("Kết nối được tới " + where() + ". Máy chủ: PostgreSQL"),
                right.messageProperty().get());
    }

    @Test
    void aStartWithAWrongPasswordIsRefusedInWordsNotWithTheDriversText() {
        AppException refused = assertThrows(AppException.class,
                () -> AppContext.open(tmp, new ServerSettings(server.url(DB), ROLE, "sai")));
        assertEquals("db.server.authFailed", refused.text().key());
        assertEquals("Máy chủ cơ sở dữ liệu " + where() + " không chấp nhận tên đăng nhập \"vanthu\" hoặc mật khẩu."
                + " Hãy nhập lại cho đúng.", refused.text(Locale.forLanguageTag("vi")));
        assertEquals("The database server " + where() + " does not accept the user \"vanthu\" or the password. Enter them again.",
                refused.text(Locale.ENGLISH));
        assertFalse(refused.text(Locale.forLanguageTag("vi")).contains("FATAL"));
    }

    private int command(StringWriter out, StringWriter err, String... args) {
        Secrets.environment(env::get);
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "--db", server.url(DB)));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void commandsTakeTheServersUserAndPasswordFromTheEnvironment() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(1, command(out, err, "audit", "verify"));
        assertTrue(err.toString().contains("Chưa có tên đăng nhập cho máy chủ " + where() + ". Hãy đặt biến môi trường TDKT_DB_USER"),
                err.toString());

        env.put("TDKT_DB_USER", ROLE);
        env.put("TDKT_DB_PASSWORD", "sai");
        err.getBuffer().setLength(0);
        assertEquals(1, command(out, err, "audit", "verify"));
        assertEquals("Máy chủ cơ sở dữ liệu " + where() + " không chấp nhận tên đăng nhập \"vanthu\" hoặc mật khẩu."
                + " Hãy nhập lại cho đúng.", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(1, command(out, err, "--lang", "en", "audit", "verify"));
        assertEquals("The database server " + where() + " does not accept the user \"vanthu\" or the password. Enter them again.",
                err.toString().strip());

        env.put("TDKT_DB_PASSWORD", PASSWORD);
        err.getBuffer().setLength(0);
        assertEquals(0, command(out, err, "audit", "verify"), err.toString());
        assertEquals("", err.toString());
    }

    /** The clerk's answers, given in advance; each question asked is recorded. */
    private static final class Answers implements StartSequence.Prompts {
        final Deque<Optional<String>> passwords = new ArrayDeque<>();
        final Deque<StartSequence.AfterFailure> choices = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<String> english = new ArrayList<>();

        @Override
        public Optional<char[]> password(ConnectionChoice choice) {
            asked.add("password " + choice.display() + " " + choice.user());
            return passwords.removeFirst().map(String::toCharArray);
        }

        @Override
        public StartSequence.AfterFailure afterFailure(Throwable error, boolean remembered) {
            asked.add((remembered ? "remembered: " : "other: ") + Messages.of("vi").failure(error));
            english.add(Messages.of("en").failure(error));
            return choices.removeFirst();
        }
    }

    private final List<AppContext> opened = new ArrayList<>();
    private boolean quit;

    private void start(Answers answers) {
        ConnectionService connections = connections();
        boolean remembered = connections.remembered().server();
        new StartSequence(remembered, connections, () -> AppContext.open(tmp.resolve("local")),
                s -> AppContext.open(tmp.resolve("data"), s), new DirectTaskExecutor(), "Đang mở dữ liệu…", answers)
                .start(opened::add, () -> quit = true);
    }

    private void remember(int port) {
        connections().remember(new ConnectionChoice(true, "localhost", port, DB, ROLE));
    }

    @Test
    void aStartOnTheRememberedServerAsksThePasswordAndAgainAfterARefusal() {
        remember(server.port());
        assertTrue(node.get("host", "").equals("localhost") && node.get("password", null) == null);
        Answers answers = new Answers();
        answers.passwords.add(Optional.of("sai"));
        answers.choices.add(StartSequence.AfterFailure.RETRY);
        answers.passwords.add(Optional.of(PASSWORD));
        start(answers);
        try {
            assertEquals(List.of("password " + where() + " vanthu",
                    "remembered: Máy chủ cơ sở dữ liệu " + where() + " không chấp nhận tên đăng nhập \"vanthu\" hoặc mật khẩu."
                            + " Hãy nhập lại cho đúng.",
                    "password " + where() + " vanthu"), answers.asked);
            assertEquals(1, opened.size());
            assertEquals(where(), opened.get(0).serverDisplay());
            assertFalse(quit);
            // nothing of the password reached the preferences
            for (String key : keys()) {
                assertFalse(node.get(key, "").contains(PASSWORD), key);
            }
        } finally {
            opened.forEach(AppContext::close);
        }
    }

    private String[] keys() {
        try {
            return node.keys();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theEnvironmentsPasswordIsUsedWithoutAsking() {
        remember(server.port());
        env.put("TDKT_DB_PASSWORD", PASSWORD);
        Answers answers = new Answers();
        start(answers);
        try {
            assertEquals(List.of(), answers.asked);
            assertEquals(where(), opened.get(0).serverDisplay());
        } finally {
            opened.forEach(AppContext::close);
        }
    }

    @Test
    void anUnreachableServerOffersTryAgainThenTheDataOfThisComputer() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort(); // nothing listens there once the socket is closed
        }
        remember(closedPort);
        Answers answers = new Answers();
        answers.passwords.add(Optional.of(PASSWORD));
        answers.choices.add(StartSequence.AfterFailure.RETRY);
        answers.choices.add(StartSequence.AfterFailure.EMBEDDED);
        start(answers);
        try {
            String unreachable = "remembered: Không kết nối được máy chủ cơ sở dữ liệu localhost:" + closedPort + "/" + DB
                    + ". Hãy kiểm tra mạng, địa chỉ và cổng của máy chủ, hoặc hỏi người quản trị máy chủ.";
            // the password is not asked again for a server that did not answer
            assertEquals(List.of("password localhost:" + closedPort + "/" + DB + " vanthu", unreachable, unreachable),
                    answers.asked);
            assertEquals("Cannot reach the database server localhost:" + closedPort + "/" + DB + ". Check the network, the"
                    + " server's address and port, or ask the server's administrator.", answers.english.get(0));
            assertEquals(1, opened.size());
            assertNull(opened.get(0).serverDisplay(), "the data of this computer");
            assertEquals(tmp.resolve("local"), opened.get(0).dataDir());
            assertTrue(connections().remembered().server(), "the server stays the remembered choice");
        } finally {
            opened.forEach(AppContext::close);
        }
    }

    @Test
    void stoppingAtThePasswordOrAfterAFailureEndsTheStartWithNothingOpen() {
        remember(server.port());
        Answers answers = new Answers();
        answers.passwords.add(Optional.empty());
        start(answers);
        assertTrue(quit);
        assertTrue(opened.isEmpty());

        quit = false;
        answers.passwords.add(Optional.of("sai"));
        answers.choices.add(StartSequence.AfterFailure.QUIT);
        start(answers);
        assertTrue(quit);
        assertTrue(opened.isEmpty());
    }

    @Test
    void withoutARememberedServerTheStartOpensItsOwnStoreAsBefore() {
        Answers answers = new Answers();
        start(answers);
        try {
            assertEquals(List.of(), answers.asked);
            assertEquals(tmp.resolve("local"), opened.get(0).dataDir());
            assertNull(opened.get(0).serverDisplay());
        } finally {
            opened.forEach(AppContext::close);
        }
    }
}
