package vn.tdkt.account.ui;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.account.service.AccountService;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;

/**
 * The Tài khoản screen: the accounts (for the quản trị), adding one, turning one off and on, and a new password asked
 * twice. Every problem of a form is shown at once; a person who may not manage accounts sees the service's refusal.
 * Creating the first account (single-user mode until then) signs its maker in with it, as the service describes.
 */
public final class AccountsModel {

    private final AccountService accounts;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Runnable onSessionChanged;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty refusal = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty singleUser = new SimpleBooleanProperty();

    /** @param onSessionChanged called after the first account was created and its maker signed in with it */
    public AccountsModel(AccountService accounts, TaskExecutor tasks, Messages messages, Runnable onSessionChanged) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.onSessionChanged = onSessionChanged;
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    /** The problems of the last add or new password, each naming its field. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The refusal when the person may not manage accounts (empty otherwise). */
    public StringProperty refusalProperty() {
        return refusal;
    }

    /** What the last action did. */
    public StringProperty infoProperty() {
        return info;
    }

    /** True while the store has no account (the window asks no sign-in). */
    public BooleanProperty singleUserProperty() {
        return singleUser;
    }

    /** The five roles, the administrator first. */
    public List<Role> roles() {
        return List.of(Role.values());
    }

    /** Loads the accounts in the background; a refusal replaces the table. */
    public void refresh() {
        singleUser.set(!accounts.loginRequired());
        tasks.run(messages.get("account.window.loading"), p -> accounts.accounts(), list -> {
            LocalDateTime now = LocalDateTime.now();
            refusal.set("");
            rows.setAll(list.stream().map(a -> AccountRow.of(a, messages, now)).toList());
        }, error -> {
            rows.clear();
            refusal.set(messages.failure(error));
        });
    }

    /** Adds an account; returns through the lists: problems, or the info and a reloaded table. */
    public void add(String login, String fullName, Role role, String password, String confirm, Runnable onAdded) {
        boolean first = !accounts.loginRequired();
        char[] pw = chars(password);
        char[] again = chars(confirm);
        run(p -> {
            var created = accounts.add(login, fullName, role, pw, again);
            if (first) {
                accounts.signIn(created.login(), pw);
            }
            return created;
        }, created -> {
            info.set(messages.format("account.window.added", created.login(), created.fullName(), created.role()));
            onAdded.run();
            if (first) {
                onSessionChanged.run(); // its maker is signed in with it: the status bar shows the account
            }
            refresh(); // the new account in the list, and login turned on
        }, pw, again);
    }

    /** Turns the account off (it can no longer sign in). */
    public void disable(AccountRow row) {
        run(p -> {
            accounts.disable(row.login());
            return row;
        }, r -> done("account.window.disabled", r.login()));
    }

    /** Turns a disabled account on again. */
    public void enable(AccountRow row) {
        run(p -> {
            accounts.enable(row.login());
            return row;
        }, r -> done("account.window.enabled", r.login()));
    }

    /** A new password (typed twice) for the account; it is unlocked too. */
    public void resetPassword(AccountRow row, String password, String confirm) {
        char[] pw = chars(password);
        char[] again = chars(confirm);
        run(p -> {
            accounts.resetPassword(row.login(), pw, again);
            return row;
        }, r -> done("account.window.passwordReset", r.login()), pw, again);
    }

    private void done(String key, String login) {
        info.set(messages.format(key, login));
        refresh();
    }

    private <T> void run(Function<Progress, T> work, java.util.function.Consumer<T> onDone, char[]... secrets) {
        problems.clear();
        info.set("");
        tasks.run(messages.get("account.window.saving"), work, result -> {
            wipe(secrets);
            onDone.accept(result);
        }, error -> {
            wipe(secrets);
            if (error instanceof ValidationException v) {
                problems.setAll(v.problems().stream().map(pr -> pr.describeInForm(messages.locale())).toList());
            } else {
                problems.setAll(messages.failure(error));
            }
        });
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    private static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            Arrays.fill(s, '\0');
        }
    }
}
