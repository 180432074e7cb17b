package vn.tdkt.shell;

import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;
import vn.tdkt.common.ui.Ui;

/** The window's ControlsFX status bar, bound to the task running in the background: its message, progress and Cancel. */
final class TaskStatusBar {

    private final Ui ui;
    private final StatusBar bar = new StatusBar();
    private final Button cancel;
    private final ChangeListener<Task<?>> listener = (obs, before, task) -> show(task);

    TaskStatusBar(Ui ui) {
        this.ui = ui;
        bar.setId("statusBar");
        cancel = new Button(ui.text("status.cancel"));
        cancel.setId("cancelTaskButton");
        cancel.setVisible(false);
        bar.getRightItems().add(cancel);
        bar.setText(ui.text("status.ready"));
        ui.tasks().currentProperty().addListener(listener);
    }

    StatusBar view() {
        return bar;
    }

    /** Stops following the background runner (the window is being replaced). */
    void detach() {
        ui.tasks().currentProperty().removeListener(listener);
    }

    private void show(Task<?> task) {
        bar.textProperty().unbind();
        bar.progressProperty().unbind();
        if (task == null) {
            bar.setText(ui.text("status.ready"));
            bar.setProgress(0);
            cancel.setVisible(false);
        } else {
            bar.textProperty().bind(task.messageProperty());
            bar.progressProperty().bind(task.progressProperty());
            cancel.setVisible(true);
            cancel.setOnAction(e -> task.cancel());
        }
    }
}
