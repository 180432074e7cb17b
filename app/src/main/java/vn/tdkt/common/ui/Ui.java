package vn.tdkt.common.ui;

/** What every screen needs from the shell: texts, dialogs and the background runner. */
public record Ui(Messages messages, DialogService dialogs, TaskRunner tasks) {

    /** The background runner reports the services' progress in the language of the texts. */
    public Ui {
        tasks.setLocale(messages.locale());
    }

    public String text(String key) {
        return messages.get(key);
    }

    public String format(String key, Object... args) {
        return messages.format(key, args);
    }

    /** The same dialogs' owner and background runner, with texts in another language. */
    public Ui withMessages(Messages other) {
        DialogService d = new DialogService(other);
        d.setOwner(dialogs.owner());
        return new Ui(other, d, tasks);
    }
}
