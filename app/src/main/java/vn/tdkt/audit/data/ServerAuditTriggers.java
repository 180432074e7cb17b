package vn.tdkt.audit.data;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit trigger of a PostgreSQL store: the PL/pgSQL function {@code tdkt_audit_row} (migration V166, record 0078)
 * put on every table by one row trigger {@code audit_row} whose arguments are the table's columns in order with their
 * kind, its key, and its person and dossier columns. Run at every open, in one transaction holding an advisory lock
 * (two workstations starting at once do it one after the other): a table without the trigger gets it, a table whose
 * columns changed since gets it anew, the others are left alone.
 */
final class ServerAuditTriggers {

    static final String TRIGGER = "audit_row";
    private static final long LOCK = 0x7D4B_0000_A0D1L;
    private static final Set<String> NUMBERS = Set.of("int2", "int4", "int8", "numeric");

    private ServerAuditTriggers() {
    }

    /** Installs or renews the triggers; returns the tables that got one now. */
    static List<String> install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        }
        Map<String, List<String[]>> columns = columns(c);
        Map<String, List<String>> keys = keys(c);
        Map<String, List<String>> existing = existing(c);
        List<String> installed = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, List<String[]>> t : columns.entrySet()) {
                String table = t.getKey();
                if (AuditTriggers.UNAUDITED.contains(table)) {
                    continue;
                }
                List<String> args = arguments(t.getValue(), keys.getOrDefault(table, List.of()));
                if (args.equals(existing.get(table))) {
                    continue;
                }
                String on = " ON \"" + table.replace("\"", "\"\"") + "\"";
                if (existing.containsKey(table)) {
                    s.execute("DROP TRIGGER " + TRIGGER + on);
                }
                StringBuilder sql = new StringBuilder("CREATE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE" + on
                        + " FOR EACH ROW EXECUTE FUNCTION tdkt_audit_row(");
                for (int i = 0; i < args.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append('\'').append(args.get(i).replace("'", "''")).append('\'');
                }
                s.execute(sql.append(')').toString());
                installed.add(table);
            }
        }
        return installed;
    }

    /**
     * The trigger's arguments: the key columns (the whole row without a primary key), the person and dossier columns
     * (as the Java trigger finds them), then every column as its kind letter and name.
     */
    static List<String> arguments(List<String[]> columns, List<String> key) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (String[] c : columns) {
            types.put(c[0], c[1]);
            kinds.put(c[0], kind(c[1]));
        }
        List<String> keyColumns = key.isEmpty() ? List.copyOf(kinds.keySet()) : key;
        StringBuilder k = new StringBuilder();
        for (String name : keyColumns) {
            k.append(k.length() == 0 ? "" : ",").append(kinds.get(name)).append(name);
        }
        String table = columns.isEmpty() ? "" : columns.get(0)[2];
        List<String> args = new ArrayList<>();
        args.add(k.toString());
        args.add(reference(types, "person".equals(table) ? "id" : "person_id"));
        args.add(reference(types, "dossier".equals(table) ? "id" : "dossier_id"));
        for (Map.Entry<String, String> c : kinds.entrySet()) {
            args.add((AuditTrigger.isSecret(c.getKey()) ? "x" : c.getValue()) + c.getKey());
        }
        return args;
    }

    private static String reference(Map<String, String> types, String column) {
        String type = types.get(column);
        return type != null && NUMBERS.contains(type) ? column : "";
    }

    /** The kind letter of a column type: how the Java trigger writes the value H2 hands it. */
    private static String kind(String type) {
        return switch (type) {
            case "timestamp" -> "s";
            case "time" -> "t";
            case "clob" -> "l";
            case "bytea" -> "b";
            default -> "v";
        };
    }

    /** Each table's columns in order: name, type name (a domain's own name: clob), table. */
    private static Map<String, List<String[]>> columns(Connection c) throws SQLException {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.relname, a.attname, y.typname FROM pg_class t "
                + "JOIN pg_namespace s ON s.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid "
                + "JOIN pg_type y ON y.oid = a.atttypid WHERE s.nspname = current_schema() AND t.relkind = 'r' "
                + "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY t.relname, a.attnum"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), x -> new ArrayList<>())
                        .add(new String[] {r.getString(2), r.getString(3), r.getString(1)});
            }
        }
        return out;
    }

    /** Each table's primary key columns in key order. */
    private static Map<String, List<String>> keys(Connection c) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.relname, a.attname FROM pg_index i "
                + "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace "
                + "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                + "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                + "WHERE i.indisprimary AND s.nspname = current_schema() ORDER BY t.relname, k.ord");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), x -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return out;
    }

    /** The arguments of each table's audit trigger now. */
    private static Map<String, List<String>> existing(Connection c) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.relname, g.tgargs FROM pg_trigger g "
                + "JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace s ON s.oid = t.relnamespace "
                + "WHERE g.tgname = ? AND s.nspname = current_schema()")) {
            ps.setString(1, TRIGGER);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), split(r.getBytes(2)));
                }
            }
        }
        return out;
    }

    /** pg_trigger.tgargs: each argument followed by a zero byte. */
    private static List<String> split(byte[] bytes) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                args.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return args;
    }
}
