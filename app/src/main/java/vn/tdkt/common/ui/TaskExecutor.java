package vn.tdkt.common.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import vn.tdkt.common.domain.Progress;

/**
 * Where a view model sends work that must not run on the JavaFX thread. The window uses {@link TaskRunner}
 * (a small background pool, callbacks on the FX thread); view-model tests use {@link DirectTaskExecutor}
 * (everything on the calling thread, no toolkit), so a model's commands are tested without JavaFX running.
 */
public interface TaskExecutor {

    /**
     * Runs the work, then calls exactly one of the callbacks.
     *
     * @param title     shown in the status bar until the work reports its own message
     * @param work      the service call; receives the task's {@link Progress}
     * @param onSuccess called with the result (on the FX thread in the window)
     * @param onFailure called with the error; a cancelled task fails with {@code CancelledException}
     */
    <T> Running run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A submitted piece of work: its progress (−1 while unknown) and a way to cancel it. */
    interface Running {
        boolean cancel();

        ReadOnlyDoubleProperty progressProperty();
    }
}
