package vn.tdkt.audit.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns of a row an entry records, as a flat JSON object of texts ({@code {"full_name":"Nguyễn Văn A",
 * "unit_id":"3"}}; null for an empty cell): written by the audit trigger, read back for the history panes and the
 * export.
 */
public final class RowData {

    private RowData() {
    }

    /** The JSON text of the columns (in their order), or null when there are none. */
    public static String write(Map<String, String> columns) {
        if (columns.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(columns.size() * 24);
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, String> c : columns.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            quote(b, c.getKey());
            b.append(':');
            if (c.getValue() == null) {
                b.append("null");
            } else {
                quote(b, c.getValue());
            }
        }
        return b.append('}').toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append('"');
    }

    /** The columns of a text {@link #write} made (empty for null). */
    public static Map<String, String> read(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        int[] pos = {json.indexOf('{') + 1};
        while (pos[0] < json.length()) {
            skipSpaces(json, pos);
            char c = json.charAt(pos[0]);
            if (c == '}') {
                break;
            }
            if (c == ',') {
                pos[0]++;
                continue;
            }
            String name = string(json, pos);
            skipSpaces(json, pos);
            pos[0]++; // ':'
            skipSpaces(json, pos);
            String value;
            if (json.startsWith("null", pos[0])) {
                pos[0] += 4;
                value = null;
            } else {
                value = string(json, pos);
            }
            out.put(name, value);
        }
        return out;
    }

    private static void skipSpaces(String s, int[] pos) {
        while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static String string(String s, int[] pos) {
        StringBuilder b = new StringBuilder();
        int i = pos[0] + 1; // opening quote
        while (i < s.length()) {
            char ch = s.charAt(i++);
            if (ch == '"') {
                break;
            }
            if (ch == '\\') {
                char esc = s.charAt(i++);
                switch (esc) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(esc);
                }
            } else {
                b.append(ch);
            }
        }
        pos[0] = i;
        return b.toString();
    }
}
