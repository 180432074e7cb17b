package vn.tdkt.account.cli;

import java.io.Console;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.tdkt.account.service.AccountService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Texts;

/**
 * Where the command line takes names and passwords: the environment ({@code TDKT_USER}, {@code TDKT_PASSWORD},
 * {@code TDKT_NEW_PASSWORD} for {@code user add|reset-password}) or, when a variable is not set, a question on the
 * console (the password not echoed). Without either the command is refused with a message saying what to set.
 */
public final class Secrets {

    public static final String USER = "TDKT_USER";
    public static final String PASSWORD = "TDKT_PASSWORD";
    public static final String NEW_PASSWORD = "TDKT_NEW_PASSWORD";

    /** The environment (tests give their own). */
    private static volatile UnaryOperator<String> environment = System::getenv;

    private Secrets() {
    }

    /** Tests: read variables from here instead of the process environment; null puts the process's back. */
    public static void environment(UnaryOperator<String> env) {
        environment = env == null ? System::getenv : env;
    }

    /**
     * A variable of the environment, or of the tests' own ({@link #environment}): also where a server store's
     * {@code TDKT_DB_USER} / {@code TDKT_DB_PASSWORD} are read, for the commands and the window.
     */
    public static String variable(String name) {
        return environment.apply(name);
    }

    /** Signs the command in when the store has accounts (nothing to do in single-user mode). */
    public static void signIn(AccountService accounts, Locale locale) {
        if (!accounts.loginRequired() || accounts.current().isPresent()) {
            return;
        }
        String login = environment.apply(USER);
        if (login == null || login.isBlank()) {
            login = ask(locale, "account.cli.askLogin", USER, PASSWORD);
        }
        char[] password = secret(PASSWORD, locale, "account.cli.askPassword", USER, PASSWORD);
        accounts.signIn(login, password);
    }

    /** A new password: {@code TDKT_NEW_PASSWORD}, or asked twice on the console. Returns {password, confirmation}. */
    public static char[][] newPassword(Locale locale) {
        String env = environment.apply(NEW_PASSWORD);
        if (env != null) {
            return new char[][] {env.toCharArray(), env.toCharArray()};
        }
        char[] first = secret(null, locale, "account.cli.askNewPassword", NEW_PASSWORD, NEW_PASSWORD);
        char[] again = secret(null, locale, "account.cli.askConfirm", NEW_PASSWORD, NEW_PASSWORD);
        return new char[][] {first, again};
    }

    private static char[] secret(String variable, Locale locale, String promptKey, String userVar, String passVar) {
        String env = variable == null ? null : environment.apply(variable);
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new AppException(Msg.of("account.cli.noConsole", userVar, passVar));
        }
        char[] read = console.readPassword("%s", Texts.format(locale, promptKey));
        if (read == null) {
            throw new AppException(Msg.of("account.cli.noConsole", userVar, passVar));
        }
        return read;
    }

    private static String ask(Locale locale, String promptKey, String userVar, String passVar) {
        Console console = System.console();
        if (console == null) {
            throw new AppException(Msg.of("account.cli.noConsole", userVar, passVar));
        }
        String read = console.readLine("%s", Texts.format(locale, promptKey));
        if (read == null) {
            throw new AppException(Msg.of("account.cli.noConsole", userVar, passVar));
        }
        return read;
    }
}
