package vn.tdkt.connection.domain;

/**
 * Where the window keeps its data when it starts without {@code --db}: the embedded store of the data folder (the
 * default), or a PostgreSQL server named by host, port, database and user. The password is not part of it: it is
 * asked at each start (or read from {@code TDKT_DB_PASSWORD}), never stored (decision record 0084).
 *
 * @param server true for a PostgreSQL server, false for the embedded store
 * @param host the server's name or address
 * @param port the server's port (5432 by default)
 * @param database the database's name on the server
 * @param user the database user
 */
public record ConnectionChoice(boolean server, String host, int port, String database, String user) {

    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_DATABASE = "tdkt";

    public ConnectionChoice {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
    }

    /** The embedded store (what a new installation uses). */
    public static ConnectionChoice embedded() {
        return new ConnectionChoice(false, "", DEFAULT_PORT, DEFAULT_DATABASE, "");
    }

    /** {@code jdbc:postgresql://HOST:PORT/DATABASE}. */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // an IPv6 address
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** HOST:PORT/DATABASE, as messages and the status bar show a server. */
    public String display() {
        return host + ":" + port + "/" + database;
    }
}
