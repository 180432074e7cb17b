package vn.tdkt.common.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.ConversionsNotAccepted;
import vn.tdkt.common.domain.LegacyConverter.Conversion;

/**
 * A screen model's half of the conversion preview (decision 10) for an import that refuses a file whose TCVN3 / VNI
 * cells were converted until the clerk accepts them: the refusal's cells are held here for the view to show (sheet,
 * row, column, before → after); accepting runs the import again with the conversions accepted, declining runs the
 * model's own step (nothing was written). No toolkit needed: view models are tested with it directly.
 */
public final class ConversionReview {

    private final ObservableList<Conversion> cells = FXCollections.observableArrayList();
    private Runnable onAccept;
    private Runnable onDecline;

    /** The cells waiting for the clerk's answer; empty when nothing waits. */
    public ObservableList<Conversion> cells() {
        return cells;
    }

    /**
     * Takes a failed import's error: when it is the refusal for conversions not accepted, keeps its cells and the two
     * answers and returns true; any other failure is left to the caller (false).
     */
    public boolean offer(Throwable failure, Runnable acceptAndImport, Runnable declined) {
        if (!(failure instanceof ConversionsNotAccepted refusal)) {
            return false;
        }
        onAccept = acceptAndImport;
        onDecline = declined;
        List<Conversion> list = refusal.conversions();
        cells.setAll(list);
        return true;
    }

    /** The clerk accepts the conversions shown: the import runs again, written this time. */
    public void accept() {
        Runnable r = onAccept;
        clear();
        if (r != null) {
            r.run();
        }
    }

    /** The clerk declines: nothing is written. */
    public void decline() {
        Runnable r = onDecline;
        clear();
        if (r != null) {
            r.run();
        }
    }

    private void clear() {
        onAccept = null;
        onDecline = null;
        cells.clear();
    }
}
