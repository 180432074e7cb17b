package vn.tdkt.common.domain;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who works in this process and from where: the signed-in account (none in single-user mode) and the screen or command
 * a write comes from. A desktop process has one person at a time, so this is process-wide; the screen or command can
 * be set per thread ({@link #from(String, Supplier)}) for background work. The audit log reads it for every row it
 * records; {@link Permission} reads it for every check.
 */
public final class Session {

    /** A signed-in account. */
    public record User(long id, String login, String fullName, Role role) {
    }

    private static volatile boolean accountsExist;
    private static volatile User user;
    private static volatile String defaultSource = "app";
    private static final ThreadLocal<String> SOURCE = new ThreadLocal<>();

    private Session() {
    }

    /** Set when a database opens and when its first account is created: true turns login on. */
    public static void accountsExist(boolean exist) {
        accountsExist = exist;
        if (!exist) {
            user = null;
        }
    }

    /** True when the store has accounts: then nothing is allowed without a signed-in account. */
    public static boolean loginRequired() {
        return accountsExist;
    }

    public static void signIn(User signedIn) {
        user = signedIn;
    }

    public static void signOut() {
        user = null;
    }

    public static Optional<User> user() {
        return Optional.ofNullable(user);
    }

    /** The name the audit log records: the account's login, or {@code os:<name>} of the computer's user without login. */
    public static String actor() {
        User u = user;
        return u != null ? u.login() : "os:" + System.getProperty("user.name", "?");
    }

    /**
     * The name a record keeps as its author (who proposed, attached, moved, drafted, changed): the signed-in account's
     * login when login is on, whatever the caller passed; without accounts the name given, or the computer's user name.
     */
    public static String author(String given) {
        User u = user;
        if (u != null) {
            return u.login();
        }
        return given != null && !given.isBlank() ? given : computerUser();
    }

    /** {@link #author(String)} with nothing given: the signed-in login, or the computer's user name. */
    public static String author() {
        return author(null);
    }

    private static String computerUser() {
        return System.getProperty("user.name", "");
    }

    /** The screen or command writes come from ({@code window:people}, {@code cli:import}). */
    public static String source() {
        String s = SOURCE.get();
        return s != null ? s : defaultSource;
    }

    /** The screen or command of this process from now on (the command line's command, the window's page). */
    public static void source(String source) {
        defaultSource = source;
    }

    /** Runs work with another source on this thread (a background task keeps the screen that started it). */
    public static <T> T from(String source, Supplier<T> work) {
        String before = SOURCE.get();
        SOURCE.set(source);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SOURCE.remove();
            } else {
                SOURCE.set(before);
            }
        }
    }
}
