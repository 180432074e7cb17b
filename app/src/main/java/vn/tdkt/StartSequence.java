package vn.tdkt;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.data.DataDirectory;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.connection.domain.ConnectionChoice;
import vn.tdkt.connection.service.ConnectionService;

/**
 * How the window's start opens its data, without the toolkit (the window gives its dialogs and background runner):
 * {@code --db} or the embedded store as before; or the server remembered on Kết nối dữ liệu, with the password of
 * {@code TDKT_DB_PASSWORD} or asked now (never stored, decision 103). When the remembered server cannot be opened
 * (unreachable, password refused, no database) the clerk reads why and chooses: try again (the password asked again
 * when the server refused it), the data of this computer for this start (the choice stays remembered), or stop.
 */
public final class StartSequence {

    private static final Logger LOGGER = LoggerFactory.getLogger(StartSequence.class);

    /** What the clerk chose after a failed open. */
    public enum AfterFailure { RETRY, EMBEDDED, QUIT }

    /** The questions a start asks (dialogs in the window, answers given by the tests). */
    public interface Prompts {
        /** The server's password, or empty when the clerk stops. */
        Optional<char[]> password(ConnectionChoice choice);

        /**
         * Tells the failure (its message in words) and asks what now; {@code remembered} is true when the store that
         * failed is the remembered server, so the embedded store is one of the answers. Otherwise only RETRY or QUIT.
         */
        AfterFailure afterFailure(Throwable error, boolean remembered);
    }

    private final boolean remembered;
    private final ConnectionService connections;
    private final Supplier<AppContext> embedded;
    private final Function<ServerSettings, AppContext> server;
    private final TaskExecutor tasks;
    private final String title;
    private final Prompts prompts;

    /**
     * @param remembered true when the start opens the remembered server (no {@code --db} and the choice is a server)
     * @param embedded how the start's store opens otherwise ({@code --db} or the data folder)
     * @param server how a server store opens with the remembered address and the password
     */
    public StartSequence(boolean remembered, ConnectionService connections, Supplier<AppContext> embedded,
                         Function<ServerSettings, AppContext> server, TaskExecutor tasks, String title, Prompts prompts) {
        this.remembered = remembered;
        this.connections = connections;
        this.embedded = embedded;
        this.server = server;
        this.tasks = tasks;
        this.title = title;
        this.prompts = prompts;
    }

    /** The window's start: {@code -Dtdkt.db} ({@code --db}), the remembered choice, the default data folder. */
    public static StartSequence forWindow(TaskExecutor tasks, String title, Prompts prompts) {
        Path dataDir = DataDirectory.defaultDir();
        return new StartSequence(AppContext.startsOnRememberedServer(), AppContext.connections(), AppContext::openedOrOpen,
                s -> AppContext.open(dataDir, s), tasks, title, prompts);
    }

    /** Opens the data in the background; then exactly one of {@code opened} (on the runner's thread) or {@code quit}. */
    public void start(Consumer<AppContext> opened, Runnable quit) {
        if (!remembered) {
            openOther(opened, quit);
            return;
        }
        ConnectionChoice choice = connections.remembered();
        Optional<char[]> fromEnvironment = connections.passwordFromEnvironment();
        Optional<char[]> password = fromEnvironment.or(() -> prompts.password(choice));
        if (password.isEmpty()) {
            quit.run();
            return;
        }
        openServer(choice, password.get(), fromEnvironment.isPresent(), opened, quit);
    }

    private void openServer(ConnectionChoice choice, char[] password, boolean fromEnvironment, Consumer<AppContext> opened,
                            Runnable quit) {
        tasks.run(title, p -> server.apply(connections.settings(choice, password)), ctx -> {
            Arrays.fill(password, '\0');
            opened.accept(ctx);
        }, error -> {
            LOGGER.warn("The remembered server {} could not be opened", choice.display(), error);
            switch (prompts.afterFailure(error, true)) {
                case RETRY -> {
                    if (!fromEnvironment && refusedPassword(error)) {
                        Arrays.fill(password, '\0');
                        Optional<char[]> again = prompts.password(choice);
                        again.ifPresentOrElse(pw -> openServer(choice, pw, false, opened, quit), quit);
                    } else {
                        openServer(choice, password, fromEnvironment, opened, quit);
                    }
                }
                case EMBEDDED -> {
                    Arrays.fill(password, '\0');
                    openOther(opened, quit);
                }
                default -> {
                    Arrays.fill(password, '\0');
                    quit.run();
                }
            }
        });
    }

    /** The embedded store (or {@code --db}); a failure is told, then the clerk tries again or stops. */
    private void openOther(Consumer<AppContext> opened, Runnable quit) {
        tasks.run(title, p -> embedded.get(), opened, error -> {
            if (prompts.afterFailure(error, false) == AfterFailure.RETRY) {
                openOther(opened, quit);
            } else {
                quit.run();
            }
        });
    }

    /** True when the server refused the user or password: trying again needs the password typed again. */
    static boolean refusedPassword(Throwable error) {
        return error instanceof AppException a && "db.server.authFailed".equals(a.text().key());
    }
}
