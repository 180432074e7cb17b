package vn.tdkt.audit.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A column an entry changed: its value before and after (null for an empty cell or no such side). */
public record Change(String column, String before, String after) {

    /** The changes of an entry, in column order. */
    public static List<Change> of(AuditEntry e) {
        Map<String, String> b = RowData.read(e.before());
        Map<String, String> a = RowData.read(e.after());
        Set<String> names = new LinkedHashSet<>(b.keySet());
        names.addAll(a.keySet());
        List<Change> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(new Change(n, b.get(n), a.get(n)));
        }
        return out;
    }

    /** {@code column: before → after}, joined by "; " ("∅" for an empty side). */
    public static String describe(AuditEntry e) {
        StringBuilder s = new StringBuilder();
        for (Change c : of(e)) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(c.column()).append(": ");
            switch (e.operation()) {
                case "I" -> s.append(show(c.after()));
                case "D" -> s.append(show(c.before()));
                default -> s.append(show(c.before())).append(" → ").append(show(c.after()));
            }
        }
        return s.toString();
    }

    /** The bundle key of an operation's word (Thêm / Sửa / Xoá). */
    public static String operationKey(String operation) {
        return switch (operation) {
            case "I" -> "audit.op.I";
            case "D" -> "audit.op.D";
            default -> "audit.op.U";
        };
    }

    private static String show(String v) {
        return v == null ? "∅" : v;
    }
}
