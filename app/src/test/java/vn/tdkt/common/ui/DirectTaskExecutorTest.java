package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.AppException;

class DirectTaskExecutorTest {

    @Test
    void runsTheWorkAndItsCallbackOnTheCallingThread() {
        DirectTaskExecutor tasks = new DirectTaskExecutor();
        AtomicReference<String> got = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        tasks.run("Đang tính", p -> {
            p.update("Bước 1", 1, 2);
            return Thread.currentThread() == caller ? "ok" : "other thread";
        }, got::set, e -> got.set("failed"));
        assertEquals("ok", got.get());
        assertEquals(java.util.List.of("Đang tính", "Bước 1"), tasks.messages());
    }

    @Test
    void aFailureReachesOnlyTheFailureCallback() {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        new DirectTaskExecutor().run("x", p -> {
            throw new AppException("Không được");
        }, r -> failed.set(new AssertionError("success called")), failed::set);
        assertTrue(failed.get() instanceof AppException);
    }
}
