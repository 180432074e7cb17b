package vn.tdkt.common.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the moment the window first becomes usable (the people list is on screen) and logs how long after the JVM
 * started that was. With {@code -Dtdkt.exitWhenReady=true} the app then exits, which is how the committed benchmark
 * measures cold start.
 */
public final class StartupProbe {

    private static final Logger LOGGER = LoggerFactory.getLogger(StartupProbe.class);
    private static final AtomicBoolean FIRED = new AtomicBoolean();
    private static final List<Runnable> WAITING = new ArrayList<>();
    public static final String READY_MARK = "Window usable";
    /** Follows the readiness mark: the CPU time of the process (all threads) until then, the fairer figure on a loaded machine. */
    public static final String CPU_MARK = "process CPU";

    private StartupProbe() {
    }

    /** Runs the action (on the FX thread) once the window is usable, or now when it already is. */
    public static void whenUsable(Runnable action) {
        if (FIRED.get()) {
            action.run();
        } else {
            WAITING.add(action);
        }
    }

    /** The CPU time this process has used so far (all threads), in ms; -1 when the system does not say. */
    public static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    public static void usable() {
        if (FIRED.compareAndSet(false, true)) {
            List<Runnable> actions = new ArrayList<>(WAITING);
            WAITING.clear();
            actions.forEach(Runnable::run);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOGGER.info("{} {} ms after JVM start, {} {} ms", READY_MARK, ms, CPU_MARK, cpuMillis());
            if (Boolean.getBoolean("tdkt.exitWhenReady")) {
                Platform.exit();
            }
        }
    }
}
