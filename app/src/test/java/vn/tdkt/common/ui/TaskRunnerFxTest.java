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
import vn.tdkt.common.domain.Msg;

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

    /** A service reports its steps as bundle texts; the status bar shows them in the window's language. */
    @Test
    void progressMessagesFollowTheLanguage() throws Exception {
        TaskRunner runner = new TaskRunner();
        for (String lang : List.of("en", "vi")) {
            new Ui(Messages.of(lang), new DialogService(Messages.of(lang)), runner);
            CountDownLatch done = new CountDownLatch(1);
            List<String> seen = new CopyOnWriteArrayList<>();
            WaitForAsyncUtils.asyncFx(() -> {
                TaskExecutor.Running r = runner.run("…", p -> {
                    p.step(Msg.of("workbook.progress.checkingSheet", "Cán bộ"), 5000, -1);
                    return null;
                }, ok -> done.countDown(), e -> done.countDown());
                ((javafx.concurrent.Task<?>) r).messageProperty().addListener((obs, o, m) -> seen.add(m));
            }).get();
            assertTrue(done.await(10, TimeUnit.SECONDS));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(seen.contains("en".equals(lang) ? "Checking sheet 'Cán bộ'" : "Đang kiểm tra trang tính 'Cán bộ'"),
                    seen.toString());
        }
        WaitForAsyncUtils.asyncFx(runner::close).get();
    }

    /** JavaFX's own OK/Cancel speak English: every dialog shown puts its buttons into the user's language. */
    @Test
    void standardDialogButtonsAreInTheUsersLanguage() throws Exception {
        for (String lang : List.of("vi", "en")) {
            Messages m = Messages.of(lang);
            List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.ChoiceDialog<Integer> d = new javafx.scene.control.ChoiceDialog<>(1, List.of(1, 2));
                new DialogService(m).prepare(d);
                javafx.scene.control.Alert info = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
                DialogService.localizeButtons(info, m);
                List<String> out = new java.util.ArrayList<>();
                for (javafx.scene.control.Dialog<?> x : List.of(d, info)) {
                    x.getDialogPane().getButtonTypes().forEach(t -> out.add(
                            ((javafx.scene.control.Button) x.getDialogPane().lookupButton(t)).getText()));
                }
                return out;
            }).get();
            assertEquals("vi".equals(lang) ? List.of("Đồng ý", "Hủy", "Đồng ý") : List.of("OK", "Cancel", "OK"), texts);
        }
    }
}
