package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.common.domain.CancelledException;

@ExtendWith(ApplicationExtension.class)
class TaskRunnerFxTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void closingWhileWorkRunsCancelsEveryTaskAndReportsIt() throws Exception {
        TaskRunner runner = new TaskRunner();
        CountDownLatch started = new CountDownLatch(2);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 2; i++) {
                runner.run("Việc dài", p -> {
                    started.countDown();
                    while (!p.isCancelled()) {
                        Thread.onSpinWait();
                    }
                    return null;
                }, ok -> { }, failures::add);
            }
        }).get();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.asyncFx(runner::close).get(); // threw ConcurrentModificationException before the fix
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, failures.size());
        assertTrue(failures.stream().allMatch(f -> f instanceof CancelledException));
    }
}
