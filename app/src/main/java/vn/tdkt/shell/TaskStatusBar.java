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
    /** A lost connection already told (record 0132): said here in one line until the next action starts. */
    private final javafx.scene.control.Label notice = new javafx.scene.control.Label();
    private final ChangeListener<Task<?>> listener = (obs, before, task) -> show(task);

    TaskStatusBar(Ui ui) {
        this.ui = ui;
        bar.setId("statusBar");
        cancel = new Button(ui.text("status.cancel"));
        cancel.setId("cancelTaskButton");
        cancel.setVisible(false);
        notice.setId("statusNotice");
        notice.getStyleClass().add("error-text");
        notice.setManaged(false);
        notice.setVisible(false);
        notice.setPadding(new javafx.geometry.Insets(0, 16, 0, 0));
        bar.getLeftItems().add(notice);
        bar.getRightItems().add(cancel);
        bar.setText(ui.text("status.ready"));
        ui.tasks().currentProperty().addListener(listener);
    }

    /** Notes a failure already told in a dialog; cleared when the next background action starts. */
    void notice(String text) {
        notice.setText(text);
        notice.setManaged(true);
        notice.setVisible(true);
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
            notice.setManaged(false);
            notice.setVisible(false);
            bar.textProperty().bind(task.messageProperty());
            bar.progressProperty().bind(task.progressProperty());
            cancel.setVisible(true);
            cancel.setOnAction(e -> task.cancel());
        }
    }
}
