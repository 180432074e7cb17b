package vn.tdkt.common.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * Where a shared PostgreSQL store is and who connects to it: {@code jdbc:postgresql://HOST:PORT/NAME}, a user and a
 * password. The password is held only for this start (never written anywhere, never in {@link #toString()}).
 *
 * @param url the JDBC address, {@code jdbc:postgresql://HOST[:PORT]/NAME} (query parameters allowed)
 * @param user the database user
 * @param password the password (may be empty for trust or peer authentication)
 */
public record ServerSettings(String url, String user, String password) {

    public static final String PREFIX = "jdbc:postgresql://";
    public static final String USER_VARIABLE = "TDKT_DB_USER";
    public static final String PASSWORD_VARIABLE = "TDKT_DB_PASSWORD";
    private static final int DEFAULT_PORT = 5432;

    public ServerSettings {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
    }

    /** True when the text is a PostgreSQL address this app can use (host and database name present). */
    public static boolean isServerUrl(String text) {
        if (text == null || !text.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return false;
        }
        try {
            URI uri = new URI(text.strip().substring("jdbc:".length()));
            String path = uri.getPath();
            return uri.getHost() != null && !uri.getHost().isBlank() && path != null && path.length() > 1
                    && path.indexOf('/', 1) < 0;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The address checked, with the user and password of {@code TDKT_DB_USER} / {@code TDKT_DB_PASSWORD}. */
    public static ServerSettings fromEnvironment(String url, Map<String, String> env) {
        return fromEnvironment(url, env::get);
    }

    /** The address checked, with the user and password the variables {@code TDKT_DB_USER} / {@code TDKT_DB_PASSWORD} give. */
    public static ServerSettings fromEnvironment(String url, java.util.function.UnaryOperator<String> env) {
        ServerSettings s = new ServerSettings(url, env.apply(USER_VARIABLE), env.apply(PASSWORD_VARIABLE)).checked();
        if (s.user().isBlank()) {
            throw new AppException(Msg.of("db.server.noUser", s.display()));
        }
        return s;
    }

    /** This, or a Vietnamese refusal naming the address when it is not {@code jdbc:postgresql://HOST:PORT/NAME}. */
    public ServerSettings checked() {
        if (!isServerUrl(url)) {
            throw new AppException(Msg.of("db.server.badUrl", url));
        }
        return this;
    }

    /** The same address with another user and password. */
    public ServerSettings withCredentials(String newUser, String newPassword) {
        return new ServerSettings(url, newUser, newPassword);
    }

    /** HOST:PORT/NAME, what a clerk reads in messages and the status bar. */
    public String display() {
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
            return uri.getHost() + ":" + port + uri.getPath();
        } catch (URISyntaxException | IndexOutOfBoundsException e) {
            return url;
        }
    }

    /** The database name of the address. */
    public String databaseName() {
        String d = display();
        return d.substring(d.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + display() + ", user=" + user + "]";
    }
}
