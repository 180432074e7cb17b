package vn.tdkt.connection.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.connection.domain.ConnectionChoice;
import vn.tdkt.connection.service.ConnectionService;

/**
 * Kết nối dữ liệu: the embedded store or a PostgreSQL server (host, port, database, user); Kiểm tra kết nối tries it
 * off the JavaFX thread and says in words what is wrong (unreachable, refused password, missing database); Lưu
 * remembers the choice for the next start without {@code --db}. The password typed here is used for the test only
 * and never stored.
 */
public final class ConnectionModel {

    private final ConnectionService connections;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final BooleanProperty server = new SimpleBooleanProperty();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ConnectionModel(ConnectionService connections, TaskExecutor tasks, Messages messages) {
        this.connections = connections;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Fills the fields with the remembered choice. */
    public void load() {
        ConnectionChoice c = connections.remembered();
        server.set(c.server());
        host.set(c.host());
        port.set(String.valueOf(c.port()));
        database.set(c.database());
        user.set(c.user());
        password.set("");
        say("", false);
    }

    /** Tries the server with the typed password (the embedded store needs no test). */
    public void test() {
        ConnectionChoice c = checked();
        if (c == null) {
            return;
        }
        if (!c.server()) {
            say(messages.get("connection.test.embedded"), false);
            return;
        }
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        busy.set(true);
        say(messages.format("connection.test.running", c.display()), false);
        tasks.run(messages.format("connection.test.running", c.display()), p -> connections.test(c, secret), version -> {
            java.util.Arrays.fill(secret, '\0');
            busy.set(false);
            say(messages.format("connection.test.ok", c.display(), version), false);
        }, error -> {
            java.util.Arrays.fill(secret, '\0');
            busy.set(false);
            say(messages.failure(error), true);
        });
    }

    /** Remembers the choice (never the password) for the next start. */
    public void save() {
        ConnectionChoice c = checked();
        if (c == null) {
            return;
        }
        connections.remember(c);
        say(c.server() ? messages.format("connection.saved.server", c.display()) : messages.get("connection.saved.embedded"),
                false);
    }

    private ConnectionChoice checked() {
        try {
            return connections.check(server.get(), host.get(), port.get(), database.get(), user.get());
        } catch (ValidationException e) {
            say(String.join("\n", e.problems().stream().map(p -> p.describeInForm(messages.locale())).toList()), true);
            return null;
        }
    }

    private void say(String text, boolean error) {
        failed.set(error);
        message.set(text);
    }

    public BooleanProperty serverProperty() {
        return server;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What the last test or save found (every problem of the fields at once). */
    public StringProperty messageProperty() {
        return message;
    }

    /** True when {@link #messageProperty()} tells a problem. */
    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
