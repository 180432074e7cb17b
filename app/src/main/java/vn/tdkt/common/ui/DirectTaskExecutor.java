package vn.tdkt.common.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import vn.tdkt.common.domain.Progress;

/**
 * Runs each piece of work at once on the calling thread and calls its callback before returning. For view-model
 * tests (no JavaFX toolkit needed) and for the command line. It records the titles and messages it was given,
 * so a test can check what the status bar would have shown.
 */
public final class DirectTaskExecutor implements TaskExecutor {

    private final List<String> messages = new ArrayList<>();

    @Override
    public <T> Running run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        messages.add(title);
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        Running handle = new Running() {
            @Override
            public boolean cancel() {
                return false; // already finished when the caller gets the handle
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }
        };
        T result;
        try {
            result = work.apply(new Progress() {
                @Override
                public void update(String message, long done, long total) {
                    if (message != null) {
                        messages.add(message);
                    }
                    progress.set(total > 0 ? (double) done / total : -1);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    /** Every title and progress message reported so far, in order. */
    public List<String> messages() {
        return List.copyOf(messages);
    }
}
