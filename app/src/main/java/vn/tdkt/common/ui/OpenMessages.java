package vn.tdkt.common.ui;

import java.util.HashSet;
import java.util.Set;

/**
 * The texts of the error dialogs open now, so the same text is not shown twice at once: when the connection to the
 * server drops, every background read of the page fails with the same "Mất kết nối…" message, and the clerk reads it
 * once (issue #14). A text may be shown again once its dialog is closed.
 */
final class OpenMessages {

    private final Set<String> open = new HashSet<>();

    /** True when the text is not shown now (then it counts as open until {@link #closed}); false: skip it. */
    synchronized boolean open(String text) {
        return open.add(text);
    }

    synchronized void closed(String text) {
        open.remove(text);
    }
}
