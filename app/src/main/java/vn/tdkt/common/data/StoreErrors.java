package vn.tdkt.common.data;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ConnectionLostException;
import vn.tdkt.common.domain.Msg;

/**
 * Puts the failures of a database server into words a clerk can act on: the server cannot be reached, it refuses the
 * user or password, the database does not exist, the connection dropped while working (then the transaction was
 * not committed: nothing is half-written). By SQLSTATE, so it holds for every driver message language.
 */
final class StoreErrors {

    private StoreErrors() {
    }

    /** The message for a failure to open the server store. */
    static AppException atConnect(Throwable failure, ServerSettings server) {
        String state = sqlState(failure).orElse("");
        Msg text;
        // 28xxx: the user or password refused; 08004: the server asked a password and none was given (pgJDBC)
        if (state.startsWith("28") || "08004".equals(state)) {
            text = Msg.of("db.server.authFailed", server.display(), server.user());
        } else if ("3D000".equals(state)) {
            text = Msg.of("db.server.noDatabase", server.display(), server.databaseName());
        } else if (isConnectionFailure(failure)) {
            text = Msg.of("db.server.unreachable", server.display());
        } else {
            text = Msg.of("db.server.unusable", server.display());
        }
        return new AppException(text, failure);
    }

    /**
     * The message when the connection to the server failed during work, or empty for any other failure; marked
     * repeated when the loss was already met and no statement has worked since ({@link ConnectionLoss}).
     */
    static Optional<AppException> duringWork(Throwable failure, String display, ConnectionLoss loss) {
        if (failure instanceof AppException) {
            return Optional.empty();
        }
        return isConnectionFailure(failure)
                ? Optional.of(new ConnectionLostException(display, loss.lost(), failure)) : Optional.empty();
    }

    /** A connection class SQLSTATE (08), the server shutting the session down (57P0x), or the pool timing out. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                return Optional.of(e.getSQLState());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
