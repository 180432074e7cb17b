package vn.tdkt.connection.data;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.connection.domain.ConnectionChoice;

/**
 * The connection choice remembered per user with {@link Preferences} (node {@code vn/tdkt/connection}): the kind,
 * host, port, database and user. No password is ever written here (decision record 0084).
 */
public final class ConnectionStore {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConnectionStore.class);
    static final String KIND = "kind";
    static final String HOST = "host";
    static final String PORT = "port";
    static final String DATABASE = "database";
    static final String USER = "user";
    private static final String SERVER = "postgresql";

    private final Preferences node;

    public ConnectionStore(Preferences node) {
        this.node = node;
    }

    /** The user's node of the application. */
    public static ConnectionStore forUser() {
        return new ConnectionStore(Preferences.userRoot().node("vn/tdkt/connection"));
    }

    /** The remembered choice, or the embedded store when nothing (or nothing readable) is remembered. */
    public ConnectionChoice load() {
        boolean server = SERVER.equals(node.get(KIND, ""));
        int port = node.getInt(PORT, ConnectionChoice.DEFAULT_PORT);
        return new ConnectionChoice(server, node.get(HOST, ""), port, node.get(DATABASE, ConnectionChoice.DEFAULT_DATABASE),
                node.get(USER, ""));
    }

    public void save(ConnectionChoice choice) {
        node.put(KIND, choice.server() ? SERVER : "embedded");
        node.put(HOST, choice.host());
        node.putInt(PORT, choice.port());
        node.put(DATABASE, choice.database());
        node.put(USER, choice.user());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the choice still holds for this session; the next start falls back to the embedded store
            LOGGER.warn("Could not store the connection choice", e);
        }
    }
}
