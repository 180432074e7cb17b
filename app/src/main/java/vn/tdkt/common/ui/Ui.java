package vn.tdkt.common.ui;

/** What every screen needs from the shell: texts, dialogs and the background runner. */
public record Ui(Messages messages, DialogService dialogs, TaskRunner tasks) {

    public String text(String key) {
        return messages.get(key);
    }

    public String format(String key, Object... args) {
        return messages.format(key, args);
    }
}
