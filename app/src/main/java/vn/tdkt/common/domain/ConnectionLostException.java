package vn.tdkt.common.domain;

/**
 * The connection to the database server was lost during work (issue #14): nothing of the operation was written. The
 * store marks every such failure after the first of one loss as {@link #repeated()} until a statement succeeds again
 * (the reconnect), so the window says the loss once, whatever page meets it next (decision 150, record 0132).
 */
public final class ConnectionLostException extends AppException {
    private static final long serialVersionUID = 1L;

    private final String display;
    private final boolean repeated;

    public ConnectionLostException(String display, boolean repeated, Throwable cause) {
        super(Msg.of("db.server.connectionLost", display), cause);
        this.display = display;
        this.repeated = repeated;
    }

    /** The server as the clerk reads it: HOST:PORT/NAME. */
    public String display() {
        return display;
    }

    /** True when the clerk was already told of this loss (no successful statement since the first failure). */
    public boolean repeated() {
        return repeated;
    }

    /** The short line a page shows for a repeated loss: what it could not read, not the whole message again. */
    public Msg stillLost() {
        return Msg.of("db.server.stillLost", display);
    }

    /** True for a lost connection the clerk was already told of. */
    public static boolean alreadySaid(Throwable error) {
        return error instanceof ConnectionLostException c && c.repeated();
    }
}
