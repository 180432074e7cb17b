package vn.tdkt.common.data;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the store's connection to its server is lost now: from the first failure of a connection during work until
 * a statement works again (the pool reconnected). One per {@link Database}, so every page of the window shares it and
 * the clerk is told of one loss once (issue #14, record 0132).
 */
final class ConnectionLoss {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConnectionLoss.class);

    private final AtomicBoolean lost = new AtomicBoolean();
    private final String display;

    ConnectionLoss(String display) {
        this.display = display;
    }

    /** A connection failed: true when the loss was already met (the clerk was told), false for the first failure. */
    boolean lost() {
        return lost.getAndSet(true);
    }

    /** A statement worked: the next failure is a new loss. */
    void worked() {
        if (lost.compareAndSet(true, false)) {
            LOGGER.info("The connection to {} works again", display);
        }
    }

    /** True between a failure and the next statement that works. */
    boolean isLost() {
        return lost.get();
    }
}
