package vn.tdkt.common.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Texts;

/**
 * The window's {@link TaskExecutor}: runs service calls off the FX thread: each job becomes a {@link Task} on a small
 * bounded pool, its message and
 * progress feed the status bar, and the callbacks come back on the FX thread. Cancelling the task makes
 * {@link Progress#isCancelled()} true for the service doing the work.
 */
public final class TaskRunner implements TaskExecutor, AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(TaskRunner.class);

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** The language of the progress messages services report as bundle texts ({@link Progress#step}). */
    private volatile Locale locale = Texts.VIETNAMESE;

    public TaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "tdkt-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        running.addListener((javafx.collections.ListChangeListener<Task<?>>) c -> {
            current.set(running.isEmpty() ? null : running.get(running.size() - 1));
        });
    }

    /** Progress messages of the tasks started from now on are put into words in this language. */
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    /** The task the status bar shows (the newest still running), or null when idle. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * Runs the work in the background. Must be called on the FX thread.
     *
     * @param title     shown in the status bar until the work reports its own message
     * @param work      the service call; receives the task's {@link Progress}
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the error (also when cancelled: a {@code CancelledException})
     */
    @Override
    public <T> Running run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job<T> job = new Job<>(title, work, locale);
        job.setOnSucceeded(e -> finish(job, () -> onSuccess.accept(job.getValue())));
        job.setOnFailed(e -> finish(job, () -> onFailure.accept(job.getException())));
        job.setOnCancelled(e -> finish(job, () -> onFailure.accept(new vn.tdkt.common.domain.CancelledException())));
        running.add(job);
        executor.execute(job);
        return job;
    }

    private void finish(Task<?> job, Runnable callback) {
        running.remove(job);
        callback.run();
    }

    @Override
    public void close() {
        // cancelling fires the tasks' callbacks, which remove them from the running list: cancel a copy
        List.copyOf(running).forEach(Task::cancel);
        executor.shutdownNow();
    }

    /** A task that is also the {@link Progress} its work reports to. */
    private static final class Job<T> extends Task<T> implements Progress, Running {
        private final Function<Progress, T> work;
        private final Locale locale;

        Job(String title, Function<Progress, T> work, Locale locale) {
            this.work = work;
            this.locale = locale;
            updateTitle(title);
            updateMessage(title);
            updateProgress(-1, 1);
        }

        @Override
        protected T call() {
            try {
                return work.apply(this);
            } catch (RuntimeException e) {
                if (!(e instanceof vn.tdkt.common.domain.AppException)) {
                    LOGGER.error("Background work '{}' failed", getTitle(), e);
                }
                throw e;
            }
        }

        @Override
        public void step(Localizable message, long done, long total) {
            update(message == null ? null : message.in(locale), done, total);
        }

        @Override
        public void update(String message, long done, long total) {
            if (message != null) {
                updateMessage(message);
            }
            if (total > 0) {
                updateProgress(done, total);
            } else {
                updateProgress(-1, 1);
            }
        }
    }
}
