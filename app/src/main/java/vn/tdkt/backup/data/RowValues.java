package vn.tdkt.backup.data;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;

/**
 * The values of a row as the copy and the dump carry them, the same on both engines: text, whole numbers (Long),
 * decimals (BigDecimal), floating numbers (Double), booleans, LocalDate, LocalDateTime, LocalTime, bytes; and
 * their text in the dump (PostgreSQL's COPY text conventions: {@code \N} for null, backslash escapes for tab, line
 * breaks and the backslash; ISO dates and times; plain decimals; Base64 bytes).
 */
public final class RowValues {

    /** A null in the dump's text. */
    static final String NULL = "\\N";

    private RowValues() {
    }

    /** The value of a column of a result row, by the column's JDBC type. */
    public static Object read(ResultSet r, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.NCLOB,
                 Types.LONGNVARCHAR -> r.getString(i);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> r.getLong(i);
            case Types.DECIMAL, Types.NUMERIC -> r.getBigDecimal(i);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> r.getDouble(i);
            case Types.BOOLEAN, Types.BIT -> r.getBoolean(i);
            case Types.DATE -> r.getObject(i, LocalDate.class);
            case Types.TIMESTAMP -> r.getObject(i, LocalDateTime.class);
            case Types.TIME -> r.getObject(i, LocalTime.class);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> r.getBytes(i);
            default -> r.getObject(i);
        };
        return r.wasNull() ? null : v;
    }

    /** Binds a value to a parameter of a column of that JDBC type. */
    public static void bind(PreparedStatement ps, int i, int type, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else if (v instanceof Long n && (type == Types.INTEGER || type == Types.SMALLINT || type == Types.TINYINT)) {
            ps.setInt(i, Math.toIntExact(n));
        } else if (v instanceof Double d && type == Types.REAL) {
            ps.setFloat(i, d.floatValue());
        } else if (v instanceof byte[] b) {
            ps.setBytes(i, b);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else {
            ps.setObject(i, v);
        }
    }

    /** The dump's text of a value. */
    static String text(Object v) {
        if (v == null) {
            return NULL;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof String s) {
            StringBuilder b = new StringBuilder(s.length() + 8);
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
            return b.toString();
        }
        return v.toString();
    }

    /** The text of a value in PostgreSQL's COPY text format: the dump's, with bytes in bytea's hex form. */
    static String copyText(Object v) {
        if (v instanceof byte[] b) {
            return "\\\\x" + java.util.HexFormat.of().formatHex(b);
        }
        return text(v);
    }

    /** A value read back from the dump's text, for a column of that JDBC type. */
    static Object parse(String text, int type) {
        if (NULL.equals(text)) {
            return null;
        }
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Long.valueOf(text);
            case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(text);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Double.valueOf(text);
            case Types.BOOLEAN, Types.BIT -> bool(text);
            case Types.DATE -> LocalDate.parse(text);
            case Types.TIMESTAMP -> LocalDateTime.parse(text);
            case Types.TIME -> LocalTime.parse(text);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Base64.getDecoder().decode(text);
            default -> unescape(text);
        };
    }

    private static Boolean bool(String text) {
        if ("true".equals(text)) {
            return Boolean.TRUE;
        }
        if ("false".equals(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("Not a boolean: " + text);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length()) {
                char n = s.charAt(++k);
                switch (n) {
                    case 't' -> b.append('\t');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case '\\' -> b.append('\\');
                    default -> throw new IllegalArgumentException("Bad escape \\" + n);
                }
            } else if (c == '\\') {
                throw new IllegalArgumentException("Lone backslash");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
