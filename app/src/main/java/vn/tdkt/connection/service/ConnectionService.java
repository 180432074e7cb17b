package vn.tdkt.connection.service;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.connection.data.ConnectionStore;
import vn.tdkt.connection.domain.ConnectionChoice;
import vn.tdkt.connection.domain.ConnectionField;

/**
 * The window's connection choice (Kết nối dữ liệu): the embedded store or a PostgreSQL server, checked field by field
 * (every problem at once), tried without migrating anything, and remembered per user for the next start without
 * {@code --db}. The password is never stored: it comes from {@code TDKT_DB_PASSWORD} or is asked at each start
 * (decision record 0084).
 */
public final class ConnectionService {

    /** The variable a start reads the server's password from instead of asking it. */
    public static final String PASSWORD_VARIABLE = ServerSettings.PASSWORD_VARIABLE;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]+");

    private final ConnectionStore store;
    private final UnaryOperator<String> environment;

    public ConnectionService(ConnectionStore store, UnaryOperator<String> environment) {
        this.store = store;
        this.environment = environment;
    }

    /** The remembered choice (the embedded store when none). */
    public ConnectionChoice remembered() {
        return store.load();
    }

    /** The choice the fields give, or every problem at once; the port is typed text. */
    public ConnectionChoice check(boolean server, String host, String port, String database, String user) {
        if (!server) {
            ConnectionChoice before = store.load();
            return new ConnectionChoice(false, before.host(), before.port(), before.database(), before.user());
        }
        ProblemCollector p = new ProblemCollector();
        String h = ProblemCollector.blankToNull(host);
        if (p.requireText(h, ConnectionField.HOST, "connection.problem.hostMissing")) {
            p.require(HOST.matcher(h).matches(), ConnectionField.HOST, "connection.problem.hostForm", h);
        }
        int portNumber = -1;
        String pt = ProblemCollector.blankToNull(port);
        if (p.requireText(pt, ConnectionField.PORT, "connection.problem.portMissing")) {
            try {
                portNumber = Integer.parseInt(pt);
            } catch (NumberFormatException e) {
                portNumber = -1;
            }
            p.require(portNumber >= 1 && portNumber <= 65_535, ConnectionField.PORT, "connection.problem.portForm", pt);
        }
        String d = ProblemCollector.blankToNull(database);
        if (p.requireText(d, ConnectionField.DATABASE, "connection.problem.databaseMissing")) {
            p.require(DATABASE.matcher(d).matches(), ConnectionField.DATABASE, "connection.problem.databaseForm", d);
        }
        p.requireText(ProblemCollector.blankToNull(user), ConnectionField.USER, "connection.problem.userMissing");
        p.throwIfAny();
        return new ConnectionChoice(true, h, portNumber, d, user);
    }

    /** Tries the server with the password (nothing is migrated or written); returns the server's version text. */
    public String test(ConnectionChoice choice, char[] password) {
        return Database.probe(settings(choice, password));
    }

    /** Remembers the choice for the next start (never the password). */
    public void remember(ConnectionChoice choice) {
        store.save(choice);
    }

    /** The server's password from {@code TDKT_DB_PASSWORD}, when set: then the start does not ask it. */
    public Optional<char[]> passwordFromEnvironment() {
        String p = environment.apply(PASSWORD_VARIABLE);
        return p == null ? Optional.empty() : Optional.of(p.toCharArray());
    }

    /** The address and credentials a start opens the server store with. */
    public ServerSettings settings(ConnectionChoice choice, char[] password) {
        return new ServerSettings(choice.url(), choice.user(), password == null ? "" : new String(password)).checked();
    }
}
