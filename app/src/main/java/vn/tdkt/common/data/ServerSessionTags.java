package vn.tdkt.common.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import vn.tdkt.common.domain.Session;

/**
 * Tells a PostgreSQL connection who works and from which screen or command ({@link Session#actor()},
 * {@link Session#source()}) each time the app takes it from the pool, as the settings {@code tdkt.actor} and
 * {@code tdkt.source} that the server's audit trigger records (record 0078; the embedded store's Java trigger reads
 * {@link Session} itself). A connection that already holds the same two values is not asked again.
 */
final class ServerSessionTags implements ConnectionProvider {

    private final ConnectionProvider delegate;
    /** What each physical connection was last told (weak: the pool retires connections). */
    private final Map<Connection, String> told = Collections.synchronizedMap(new WeakHashMap<>());

    ServerSessionTags(ConnectionProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Connection acquire() {
        Connection c = delegate.acquire();
        try {
            String actor = Session.actor();
            String source = Session.source();
            String tag = actor + '\n' + source;
            Connection physical = c.unwrap(Connection.class);
            if (!tag.equals(told.get(physical))) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT set_config('tdkt.actor', ?, false), set_config('tdkt.source', ?, false)")) {
                    ps.setString(1, actor);
                    ps.setString(2, source);
                    ps.execute();
                }
                // a setting made inside a transaction that rolls back is undone: remembered only when it was committed
                if (c.getAutoCommit()) {
                    told.put(physical, tag);
                } else {
                    told.remove(physical);
                }
            }
            return c;
        } catch (SQLException e) {
            delegate.release(c);
            throw new DataAccessException("Could not tag the connection with the session's user and screen", e);
        }
    }

    @Override
    public void release(Connection connection) {
        delegate.release(connection);
    }
}
