package vn.tdkt.account.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.account.service.AccountService;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;

/**
 * The sign-in dialog's state: login and password typed, the refusal shown (wrong password, locked until a time,
 * disabled account: the service's own words), and whether a check is running. The check (an Argon2id hash, tens of
 * milliseconds) runs off the JavaFX thread; a success leaves the account in {@link Session}, where
 * {@code Permission.require} reads it, exactly as the command line's {@code TDKT_USER} / {@code TDKT_PASSWORD} do.
 */
public final class SignInModel {

    private final AccountService accounts;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SignInModel(AccountService accounts, TaskExecutor tasks, Messages messages) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last try was refused (empty before the first try and after a success). */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Checks login and password; calls {@code onSignedIn} with the account, or shows the refusal and clears the password. */
    public void signIn(java.util.function.Consumer<Session.User> onSignedIn) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        String name = login.get();
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        tasks.run(messages.get("account.window.signingIn"), p -> accounts.signIn(name, secret), user -> {
            java.util.Arrays.fill(secret, '\0');
            busy.set(false);
            message.set("");
            password.set("");
            onSignedIn.accept(user);
        }, error -> {
            java.util.Arrays.fill(secret, '\0');
            busy.set(false);
            password.set("");
            message.set(messages.failure(error));
        });
    }
}
